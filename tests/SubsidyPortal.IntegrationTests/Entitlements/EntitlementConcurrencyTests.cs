using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>Racing confirms and racing workers: every award exists once, and nobody sees a server error.</summary>
public sealed class EntitlementConcurrencyTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Two_concurrent_confirms_of_the_same_import_make_each_award_once()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        using var other = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var id = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2026, "list.csv", EntitlementSteps.DemoList());
        await EntitlementSteps.PreviewAsync(fixture.Factory, staff, id);

        var responses = await Task.WhenAll(EntitlementSteps.PostConfirmAsync(staff, id), EntitlementSteps.PostConfirmAsync(other, id));
        var workers = await Task.WhenAll(EntitlementSteps.ProcessAsync(fixture.Factory, id), EntitlementSteps.ProcessAsync(fixture.Factory, id));
        await EntitlementSteps.ProcessAsync(fixture.Factory, id);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"got {(int)r.StatusCode}"));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Contains(true, workers);
        Assert.Equal(EntitlementImportStatus.Confirmed, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
        Assert.Equal(1, await EntitlementSteps.AwardCountAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026));
    }

    [Fact]
    public async Task Two_lists_confirmed_and_processed_at_the_same_time_make_the_shared_award_once()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var imports = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2027, $"list{i}.csv", EntitlementSteps.DemoList());
            await EntitlementSteps.PreviewAsync(fixture.Factory, staff, id);
            Assert.Equal(HttpStatusCode.Redirect, (await EntitlementSteps.PostConfirmAsync(staff, id)).StatusCode);
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
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var id = await EntitlementSteps.UploadAsync(staff, EntitlementSteps.KeyLaboratory, 2028, "list.csv", EntitlementSteps.DemoList());
        await staff.SubmitAsync($"/committee/entitlements/{id}", "map-columns", new Dictionary<string, string>());

        // Nothing processed it (the job is off, as after a crash); the next round finds and finishes it.
        Assert.Equal(EntitlementImportStatus.Previewing, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
        await fixture.Factory.Services.GetRequiredService<SubsidyPortal.Infrastructure.Entitlements.EntitlementJob>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(EntitlementImportStatus.Previewed, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
        Assert.Equal(6, (await EntitlementSteps.RowsAsync(fixture.Factory, id)).Count);
    }
}
