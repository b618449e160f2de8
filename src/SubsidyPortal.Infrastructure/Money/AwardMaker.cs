using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>
/// Turns an approved application into its award (立项 → 资助), in the same unit of work as the approval, and tells
/// the enterprise to confirm its account. The unique source key means a repeated approval makes no second award.
/// </summary>
public sealed class AwardMaker(PortalDbContext db, MoneyStore store)
{
    public async Task<Award> StageForApplicationAsync(SubsidyApplication application, Actor actor, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking()
            .Where(e => e.Id == application.EnterpriseId)
            .Select(e => new { e.Name, e.Uscc })
            .SingleAsync(cancellationToken);
        var year = await db.Calls.AsNoTracking().Where(c => c.Id == application.CallId).Select(c => c.Year).SingleAsync(cancellationToken);
        var policyId = PolicyCatalog.Find(application.ClauseId)?.Policy.Id
            ?? throw new InvalidOperationException($"Clause {application.ClauseId} is not in the catalog.");
        var award = Award.ForApplication(
            await store.NextAwardNumberAsync(year, cancellationToken), application, policyId, year, enterprise.Name, enterprise.Uscc.Value,
            MoneyStore.TranchesFromSnapshot(application.EvaluationSnapshot), actor, now, today);
        Stage(award, now);
        return award;
    }

    /// <summary>Adds a new award, its audit line and the enterprise's notice to the unit of work.</summary>
    public void Stage(Award award, DateTimeOffset now)
    {
        db.Awards.Add(award);
        store.Stage(award);
        db.Notifications.Add(AwardNotifications.Made(award, now));
    }
}

/// <summary>站内消息 about an award, in both languages.</summary>
public static class AwardNotifications
{
    public static Notification Made(Award award, DateTimeOffset now) => Notification.ForEnterprise(
        award.EnterpriseId,
        NotificationKind.Award,
        $"「{award.ProjectName}」获得资助 {award.Amount:#,##0.00} 元（{award.AwardNumber}），请确认收款账户以便拨付。",
        $"{award.ProjectName} was awarded CNY {award.Amount:#,##0.00} ({award.AwardNumber}); please confirm the account to pay it into.",
        $"/enterprise/awards/{award.Id}",
        now);

    public static Notification Revoked(Award award, decimal paid, DateTimeOffset now) => Notification.ForEnterprise(
        award.EnterpriseId,
        NotificationKind.Clawback,
        paid > 0
            ? $"资助 {award.AwardNumber}「{award.ProjectName}」已撤销，不再拨付；已拨付的 {paid:#,##0.00} 元须缴回：{award.RevocationNote}"
            : $"资助 {award.AwardNumber}「{award.ProjectName}」已撤销，不再拨付：{award.RevocationNote}",
        paid > 0
            ? $"Award {award.AwardNumber} ({award.ProjectName}) was revoked; nothing more is paid and CNY {paid:#,##0.00} already paid must be returned: {award.RevocationNote}"
            : $"Award {award.AwardNumber} ({award.ProjectName}) was revoked; nothing more is paid: {award.RevocationNote}",
        $"/enterprise/awards/{award.Id}",
        now);

    public static Notification Paid(Award award, AwardTranche tranche, DateTimeOffset now) => Notification.ForEnterprise(
        award.EnterpriseId,
        NotificationKind.Payment,
        $"资助 {award.AwardNumber}「{award.ProjectName}」{tranche.Label} {tranche.Amount:#,##0.00} 元已拨付（{tranche.PaidOn:yyyy-MM-dd}）。",
        $"Award {award.AwardNumber} ({award.ProjectName}): {tranche.Label}, CNY {tranche.Amount:#,##0.00}, was paid on {tranche.PaidOn:yyyy-MM-dd}.",
        $"/enterprise/awards/{award.Id}",
        now);
}
