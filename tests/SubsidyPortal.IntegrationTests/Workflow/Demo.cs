using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>Finds the seeded demo calls, applications and people the workflow tests start from.</summary>
internal static class Demo
{
    public const string Applicant = "applicant@demo.local";
    public const string OtherApplicant = "applicant2@demo.local";
    public const string Town = "town@demo.local";
    public const string Staff = "staff@demo.local";
    public const string Expert = "expert@demo.local";
    public const string OpenCallTitlePart = "第二批";

    public static async Task<T> WithDbAsync<T>(PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static Task<Call> OpenCallAsync(PortalFactory factory) =>
        WithDbAsync(factory, db => db.Calls.AsNoTracking().SingleAsync(c => c.TitleZh.Contains(OpenCallTitlePart)));

    public static Task<SubsidyApplication> ApplicationInAsync(PortalFactory factory, ApplicationStatus status) =>
        WithDbAsync(factory, db => db.Applications.AsNoTracking().Include(a => a.Materials).FirstAsync(a => a.Status == status));

    public static Task<Guid> EnterpriseOfAsync(PortalFactory factory, string email) =>
        WithDbAsync(factory, async db => (await db.Users.SingleAsync(u => u.Email == email)).EnterpriseId!.Value);

    public static async Task<Actor> ActorAsync(PortalFactory factory, string email)
    {
        return await WithDbAsync(factory, async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var roleId = await db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId).SingleAsync();
            var role = await db.Roles.Where(r => r.Id == roleId).Select(r => r.Name).SingleAsync();
            return new Actor(user.Id, user.DisplayName, role!, user.EnterpriseId, user.TownOrParkId);
        });
    }

    /// <summary>A minimal real PDF header: what the inspector accepts as PDF.</summary>
    public static byte[] Pdf(string text = "demo") => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    public static readonly string[] Roles = [.. PortalRoles.All];
}
