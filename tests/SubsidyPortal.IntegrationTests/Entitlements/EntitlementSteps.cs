using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Infrastructure.Entitlements;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>
/// Drives an import through <see cref="ICommitteeEntitlements"/>, what the interactive pages call (the pages themselves
/// are pinned in the browser tests), and runs the background step in the test's own time.
/// </summary>
public static class EntitlementSteps
{
    public const string KeyLaboratory = "jinshan-2025/6-2-key-laboratory";
    public const string JinshanUscc = "91310116MA1JCHAT83";
    public const string ChangningUscc = "91310105MA1FL1XK2R";
    public const string UnknownUscc = "91310116MA1J0000XQ";

    /// <summary>The demo list the docs ship (and the browser test uploads).</summary>
    public static byte[] DemoList()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SubsidyPortal.sln")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllBytes(Path.Combine(directory!.FullName, "docs", "examples", "entitlement-key-laboratory-2026.csv"));
    }

    public static ICommitteeEntitlements Service(PortalFactory factory) => factory.Services.GetRequiredService<ICommitteeEntitlements>();

    public static Task<Actor> StaffAsync(PortalFactory factory) => Workflow.Demo.ActorAsync(factory, Workflow.Demo.Staff);

    /// <summary>The upload as the page sends it: the form's fields and the chosen file, read no further than the limit.</summary>
    public static async Task<EntitlementUploadResult> PostUploadAsync(
        PortalFactory factory, string clauseId, int year, string fileName, byte[] content, string referenceDate = "2026-11-23", long? reportedSize = null) =>
        await Service(factory).UploadAsync(
            new EntitlementUploadInput { ClauseId = clauseId, Year = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ReferenceDate = referenceDate },
            new EntitlementUploadFile(fileName, reportedSize ?? content.Length, _ => new MemoryStream(content)),
            await StaffAsync(factory), CancellationToken.None);

    public static async Task<Guid> UploadAsync(PortalFactory factory, string clauseId, int year, string fileName, byte[] content, string referenceDate = "2026-11-23")
    {
        var uploaded = await PostUploadAsync(factory, clauseId, year, fileName, content, referenceDate);
        Assert.True(uploaded.Result.Succeeded, string.Join("; ", uploaded.Result.Errors.Select(e => e.Message)));
        return uploaded.ImportId!.Value;
    }

    public static async Task<EntitlementImportView> DetailAsync(PortalFactory factory, Guid importId) =>
        (await Service(factory).DetailAsync(importId, await StaffAsync(factory), CancellationToken.None))!;

    /// <summary>Maps the columns as suggested (with overrides; a null removes a target), the way the page sends them.</summary>
    public static async Task<CommandResult> PostMappingAsync(PortalFactory factory, Guid importId, IDictionary<string, int?>? overrides = null)
    {
        var mapping = new Dictionary<string, int>((await DetailAsync(factory, importId)).Mapping);
        foreach (var (target, column) in overrides ?? new Dictionary<string, int?>())
        {
            if (column is { } c)
            {
                mapping[target] = c;
            }
            else
            {
                mapping.Remove(target);
            }
        }

        return await Service(factory).MapAsync(importId, mapping, await StaffAsync(factory), CancellationToken.None);
    }

    /// <summary>Sends the mapping as suggested (with overrides), then runs the preview to its end.</summary>
    public static async Task PreviewAsync(PortalFactory factory, Guid importId, IDictionary<string, int?>? overrides = null)
    {
        var mapped = await PostMappingAsync(factory, importId, overrides);
        Assert.True(mapped.Succeeded, string.Join("; ", mapped.Errors.Select(e => e.Message)));
        Assert.True(await ProcessAsync(factory, importId));
        Assert.Equal(EntitlementImportStatus.Previewed, (await ImportAsync(factory, importId)).Status);
    }

    /// <summary>Confirms with the row version the page last read.</summary>
    public static async Task<CommandResult> PostConfirmAsync(PortalFactory factory, Guid importId, uint? version = null) =>
        await Service(factory).ConfirmAsync(importId, version ?? (await DetailAsync(factory, importId)).Version, await StaffAsync(factory), CancellationToken.None);

    public static async Task ConfirmAsync(PortalFactory factory, Guid importId)
    {
        var confirmed = await PostConfirmAsync(factory, importId);
        Assert.True(confirmed.Succeeded, string.Join("; ", confirmed.Errors.Select(e => e.Message)));
        Assert.True(await ProcessAsync(factory, importId));
        Assert.Equal(EntitlementImportStatus.Confirmed, (await ImportAsync(factory, importId)).Status);
    }

    public static Task<bool> ProcessAsync(PortalFactory factory, Guid importId) =>
        factory.Services.GetRequiredService<EntitlementJob>().ProcessAsync(importId, CancellationToken.None);

    public static Task<EntitlementImport> ImportAsync(PortalFactory factory, Guid importId) =>
        WithDbAsync(factory, db => db.EntitlementImports.AsNoTracking().SingleAsync(i => i.Id == importId));

    public static Task<List<EntitlementImportRow>> RowsAsync(PortalFactory factory, Guid importId) =>
        WithDbAsync(factory, db => db.EntitlementImportRows.AsNoTracking().Where(r => r.ImportId == importId).OrderBy(r => r.RowNumber).ToListAsync());

    public static Task<int> AwardCountAsync(PortalFactory factory, string clauseId, int year) =>
        WithDbAsync(factory, db => db.Awards.CountAsync(a => a.ClauseId == clauseId && a.Year == year));

    public static async Task<T> WithDbAsync<T>(PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
