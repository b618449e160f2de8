using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>Racing confirms and racing workers: every award exists once; the losing confirm gets a message, never an error.</summary>
public sealed class EntitlementConcurrencyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Two_concurrent_confirms_of_the_same_import_make_each_award_once()
    {
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026, "list.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, id);

        // Two staff members' pages, both read before either confirms, confirm at once.
        var version = (await EntitlementSteps.DetailAsync(fixture.Factory, id)).Version;
        var responses = await Task.WhenAll(EntitlementSteps.PostConfirmAsync(fixture.Factory, id, version), EntitlementSteps.PostConfirmAsync(fixture.Factory, id, version));
        var workers = await Task.WhenAll(EntitlementSteps.ProcessAsync(fixture.Factory, id), EntitlementSteps.ProcessAsync(fixture.Factory, id));
        await EntitlementSteps.ProcessAsync(fixture.Factory, id);

        Assert.Single(responses, r => r.Succeeded);
        Assert.All(responses.Where(r => !r.Succeeded), r => Assert.False(string.IsNullOrWhiteSpace(r.Errors[0].Message)));
        Assert.Contains(true, workers);
        Assert.Equal(EntitlementImportStatus.Confirmed, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
        Assert.Equal(1, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026));
    }

    [Fact]
    public async Task Two_lists_confirmed_and_processed_at_the_same_time_make_the_shared_award_once()
    {
        var imports = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2027, $"list{i}.csv", EntitlementSteps.DemoList());
            await EntitlementSteps.PreviewAsync(fixture.Factory, id);
            Assert.True((await EntitlementSteps.PostConfirmAsync(fixture.Factory, id)).Succeeded);
            imports.Add(id);
        }

        await Task.WhenAll(imports.Select(id => EntitlementSteps.ProcessAsync(fixture.Factory, id)));

        Assert.Equal(1, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2027));
        var firstRows = new List<EntitlementRowOutcome>();
        foreach (var id in imports)
        {
            Assert.Equal(EntitlementImportStatus.Confirmed, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
            firstRows.Add((await EntitlementSteps.RowsAsync(fixture.Factory, id))[0].Outcome);
        }

        Assert.Single(firstRows, EntitlementRowOutcome.Granted);
        Assert.Equal(2, firstRows.Count(o => o == EntitlementRowOutcome.AlreadyGranted));
    }

    [Fact]
    public async Task An_import_left_running_by_a_restart_is_resumed_where_it_stopped()
    {
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2028, "list.csv", EntitlementSteps.DemoList());
        Assert.True((await EntitlementSteps.PostMappingAsync(fixture.Factory, id)).Succeeded);

        // Nothing processed it (the job is off, as after a crash); the next round finds and finishes it.
        Assert.Equal(EntitlementImportStatus.Previewing, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
        await fixture.Factory.Services.GetRequiredService<SubsidyPortal.Infrastructure.Entitlements.EntitlementJob>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(EntitlementImportStatus.Previewed, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
        Assert.Equal(6, (await EntitlementSteps.RowsAsync(fixture.Factory, id)).Count);
    }
}
