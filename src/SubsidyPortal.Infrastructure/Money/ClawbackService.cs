using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Notifications;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>
/// 收回已拨付资金: finance lists the claw-backs revocations opened and records what each enterprise returns, up to
/// what is outstanding; the last fen closes it. One save per recovery; a racing second one fails on the row version.
/// </summary>
public sealed class ClawbackService(MoneyStore store, IClock clock)
{
    /// <summary>Open claw-backs first (oldest first), then the recovered ones.</summary>
    public async Task<IReadOnlyList<Clawback>> ListAsync(CancellationToken cancellationToken) =>
        await store.Db.Clawbacks.AsNoTracking()
            .OrderBy(c => c.Status == ClawbackStatus.Open ? 0 : 1).ThenBy(c => c.OpenedAt)
            .ToListAsync(cancellationToken);

    public async Task<CommandResult> RecordRecoveryAsync(
        Guid clawbackId, decimal? amount, DateOnly? receivedOn, string? reference, Actor actor, CancellationToken cancellationToken)
    {
        if (amount is null)
        {
            return CommandResult.Fail("Amount", ValidationText.Get("clawback.amount-invalid"));
        }

        if (receivedOn is null)
        {
            return CommandResult.Fail("ReceivedOn", ValidationText.Get("clawback.date-invalid"));
        }

        return await ChangeAsync(clawbackId, c => c.RecordRecovery(amount.Value, receivedOn.Value, reference ?? string.Empty, actor, clock.Now, clock.Today), cancellationToken);
    }

    /// <summary>分期缴回: the instalments replace any earlier plan; they must sum to what is outstanding.</summary>
    public Task<CommandResult> AgreeInstalmentPlanAsync(
        Guid clawbackId, IReadOnlyList<InstalmentTerm> terms, string? note, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(clawbackId, c => c.AgreeInstalmentPlan(terms, note, actor, clock.Now, clock.Today), cancellationToken, ClawbackNotifications.PlanAgreed);

    public Task<CommandResult> ProposeWriteOffAsync(Guid clawbackId, string? reason, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(clawbackId, c => c.ProposeWriteOff(reason, actor, clock.Now), cancellationToken);

    public Task<CommandResult> ApproveWriteOffAsync(Guid clawbackId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(clawbackId, c => c.ApproveWriteOff(actor, clock.Now), cancellationToken, ClawbackNotifications.WrittenOff);

    public Task<CommandResult> RejectWriteOffAsync(Guid clawbackId, string? reason, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(clawbackId, c => c.RejectWriteOff(reason, actor, clock.Now), cancellationToken);

    // One claw-back, one change, one save with its money-trail line (and the enterprise's message when it concerns it);
    // a domain refusal leaves nothing tracked.
    private async Task<CommandResult> ChangeAsync(
        Guid clawbackId, Action<Clawback> change, CancellationToken cancellationToken, Func<Clawback, DateTimeOffset, Notification>? notify = null)
    {
        var clawback = await store.Db.Clawbacks.SingleOrDefaultAsync(c => c.Id == clawbackId, cancellationToken);
        if (clawback is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("clawback.not-found"));
        }

        try
        {
            change(clawback);
        }
        catch (DomainException e)
        {
            store.Db.ChangeTracker.Clear();
            return e.ToCommandResult(e.Code switch
            {
                "clawback.amount-invalid" => "Amount",
                "clawback.date-invalid" => "ReceivedOn",
                "clawback.reference-required" => "Reference",
                "clawback.plan-total" or "clawback.plan-invalid" => "Instalments",
                "clawback.plan-dates" => "FirstDue",
                "clawback.write-off-reason-required" or "clawback.note-too-long" => "Reason",
                _ => string.Empty,
            });
        }

        store.Stage(clawback);
        if (notify is not null)
        {
            store.Db.Notifications.Add(notify(clawback, clock.Now));
        }

        return await store.SaveAsync(cancellationToken);
    }
}

/// <summary>站内消息 to the enterprise about its claw-back, in both languages.</summary>
public static class ClawbackNotifications
{
    public static Notification PlanAgreed(Clawback clawback, DateTimeOffset now)
    {
        var plan = clawback.PlanInForce;
        return Notification.ForEnterprise(
            clawback.EnterpriseId,
            NotificationKind.Clawback,
            $"资助 {clawback.AwardNumber} 尚未缴回的 {clawback.Outstanding:#,##0.00} 元已约定分 {plan.Count} 期缴回，首期 {plan[0].Amount:#,##0.00} 元于 {plan[0].DueOn:yyyy-MM-dd} 前缴回。",
            $"Award {clawback.AwardNumber}: the CNY {clawback.Outstanding:#,##0.00} outstanding is to be returned in {plan.Count} instalments; the first, CNY {plan[0].Amount:#,##0.00}, by {plan[0].DueOn:yyyy-MM-dd}.",
            $"/enterprise/awards/{clawback.AwardId}",
            now);
    }

    public static Notification WrittenOff(Clawback clawback, DateTimeOffset now) => Notification.ForEnterprise(
        clawback.EnterpriseId,
        NotificationKind.Clawback,
        $"资助 {clawback.AwardNumber} 尚未缴回的 {clawback.AmountWrittenOff:#,##0.00} 元已核销，收回事项结案。",
        $"Award {clawback.AwardNumber}: the CNY {clawback.AmountWrittenOff:#,##0.00} not returned was written off and the claw-back is closed.",
        $"/enterprise/awards/{clawback.AwardId}",
        now);
}
