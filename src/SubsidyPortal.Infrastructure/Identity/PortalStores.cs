using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Identity;

/// <summary>Where the web host's accounts and keys live: PostgreSQL, through the portal's DbContext, so the Web
/// project itself never touches EF Core.</summary>
public static class PortalStores
{
    /// <summary>Identity's users and roles in the portal's tables, and the server-side record of sessions.</summary>
    public static IdentityBuilder AddPortalStores(this IdentityBuilder builder)
    {
        builder.Services.AddScoped<SessionStore>();
        return builder.AddEntityFrameworkStores<PortalDbContext>();
    }

    /// <summary>Data-protection keys in PostgreSQL: every instance can read every other instance's cookies and form tokens.</summary>
    public static IDataProtectionBuilder PersistKeysToPortalDatabase(this IDataProtectionBuilder builder) => builder.PersistKeysToDbContext<PortalDbContext>();

    /// <summary>The CREATE script the EF model implies (for drafting the next hand-written migration).</summary>
    public static async Task<string> ModelCreateScriptAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GenerateCreateScript();
    }
}
