using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Infrastructure.Entitlements;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>Drives an import through the real pages, and runs the background step in the test's own time.</summary>
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

    public static async Task<HttpResponseMessage> PostUploadAsync(PortalClient client, string clauseId, int year, string fileName, byte[] content, string referenceDate = "2026-11-23") =>
        await client.UploadAsync("/committee/entitlements", "upload-list", new Dictionary<string, string>
        {
            ["Input.ClauseId"] = clauseId,
            ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ReferenceDate"] = referenceDate,
        }, "File", fileName, content);

    public static async Task<Guid> UploadAsync(PortalClient client, string clauseId, int year, string fileName, byte[] content, string referenceDate = "2026-11-23")
    {
        var response = await PostUploadAsync(client, clauseId, year, fileName, content, referenceDate);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.LocationPath().Split('/').Last());
    }

    /// <summary>Posts the mapping form as suggested (with overrides), then runs the preview to its end.</summary>
    public static async Task PreviewAsync(PortalFactory factory, PortalClient client, Guid importId, IDictionary<string, string>? overrides = null)
    {
        var response = await client.SubmitAsync($"/committee/entitlements/{importId}", "map-columns", overrides ?? new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await ProcessAsync(factory, importId));
        Assert.Equal(EntitlementImportStatus.Previewed, (await ImportAsync(factory, importId)).Status);
    }

    public static async Task<HttpResponseMessage> PostConfirmAsync(PortalClient client, Guid importId) =>
        await client.SubmitAsync($"/committee/entitlements/{importId}", "confirm", new Dictionary<string, string>());

    public static async Task ConfirmAsync(PortalFactory factory, PortalClient client, Guid importId)
    {
        var response = await PostConfirmAsync(client, importId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
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
