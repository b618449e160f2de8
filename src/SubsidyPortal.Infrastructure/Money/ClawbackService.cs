using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;

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
        ChangeAsync(clawbackId, c => c.AgreeInstalmentPlan(terms, note, actor, clock.Now, clock.Today), cancellationToken);

    public Task<CommandResult> ProposeWriteOffAsync(Guid clawbackId, string? reason, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(clawbackId, c => c.ProposeWriteOff(reason, actor, clock.Now), cancellationToken);

    public Task<CommandResult> ApproveWriteOffAsync(Guid clawbackId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(clawbackId, c => c.ApproveWriteOff(actor, clock.Now), cancellationToken);

    public Task<CommandResult> RejectWriteOffAsync(Guid clawbackId, string? reason, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(clawbackId, c => c.RejectWriteOff(reason, actor, clock.Now), cancellationToken);

    // One claw-back, one change, one save with its money-trail line; a domain refusal leaves nothing tracked.
    private async Task<CommandResult> ChangeAsync(Guid clawbackId, Action<Clawback> change, CancellationToken cancellationToken)
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
        return await store.SaveAsync(cancellationToken);
    }
}
