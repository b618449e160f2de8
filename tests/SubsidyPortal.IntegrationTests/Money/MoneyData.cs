using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>Makes awards through the real domain and services, so money tests start from what the portal itself would hold.</summary>
internal static class MoneyData
{
    public const string Finance = "finance@demo.local";
    public const string Finance2 = "finance2@demo.local";

    private static int _nextYear = 2099;

    /// <summary>
    /// A 免申即享 award for a demo enterprise (by default the Changning applicant's), with its account confirmed by
    /// the enterprise unless told otherwise. Tranches come from <paramref name="ruleTranches"/> (one payment when empty).
    /// </summary>
    public static async Task<Guid> AwardAsync(
        PortalFactory factory, decimal amount, string enterpriseEmail = "applicant@demo.local", string clauseId = "changning-2024/6-high-tech-first",
        int? year = null, bool confirmAccount = true, IReadOnlyList<SubsidyPortal.Domain.Rules.Tranche>? ruleTranches = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var clock = services.GetRequiredService<IClock>();
        var store = services.GetRequiredService<MoneyStore>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == enterpriseEmail);
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == user.EnterpriseId);
        var clause = PolicyCatalog.Find(clauseId) ?? throw new ArgumentException($"No clause {clauseId}.", nameof(clauseId));
        var staff = new Actor(null, "区科委经办人", PortalRoles.CommitteeStaff);
        // Without a year each call gets its own (2100, 2101, …), so the (clause, enterprise, year) key never
        // collides between tests sharing a database; tests about years pass one.
        var awardYear = year ?? Interlocked.Increment(ref _nextYear);
        var award = Award.ForEntitlement(
            await store.NextAwardNumberAsync(awardYear, CancellationToken.None), Guid.NewGuid(), clause.Policy.Id, clauseId,
            awardYear, enterprise.Id, enterprise.TownOrParkId, enterprise.Name, enterprise.Uscc.Value,
            clause.TitleZh, amount, ruleTranches ?? [], staff, clock.Now, clock.Today);
        if (confirmAccount)
        {
            var applicant = new Actor(user.Id, user.DisplayName, PortalRoles.Applicant, enterprise.Id);
            award.ConfirmBankAccount(enterprise.Name, "中国工商银行上海市长宁支行", "6222 0210 0112 3456 789", applicant, clock.Now);
        }

        services.GetRequiredService<AwardMaker>().Stage(award, clock.Now);
        await db.SaveChangesAsync();
        return award.Id;
    }

    public static async Task<T> WithAsync<T>(PortalFactory factory, Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }
}
