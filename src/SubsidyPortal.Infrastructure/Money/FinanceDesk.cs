using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Finance;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>
/// <see cref="IFinanceDesk"/> over the disbursement and claw-back services, which keep the rules (maker-checker, one
/// payment per tranche, recoveries up to what is outstanding): this class reads what the finance pages show, page by
/// page in the database, and passes commands on unchanged.
/// </summary>
public sealed class FinanceDesk(
    MoneyStore store, DisbursementService disbursements, ClawbackService clawbacks, AwardService awards, IClock clock) : IFinanceDesk
{
    public async Task<PayableFilterOptions> PayableOptionsAsync(Actor reader, CancellationToken cancellationToken) =>
        IsFinance(reader) ? await disbursements.FilterOptionsAsync(cancellationToken) : PayableFilterOptions.None;

    public async Task<PayableResult> PayableAsync(PayableFilter filter, PageRequest page, Actor reader, CancellationToken cancellationToken) =>
        IsFinance(reader) ? await disbursements.PayablePageAsync(filter, accountConfirmed: true, page, cancellationToken) : PayableResult.Empty;

    public async Task<PagedResult<PayableRow>> AwaitingAccountAsync(PayableFilter filter, PageRequest page, Actor reader, CancellationToken cancellationToken)
    {
        if (!IsFinance(reader))
        {
            return PagedResult<PayableRow>.Empty;
        }

        var awaiting = await disbursements.PayablePageAsync(filter, accountConfirmed: false, page, cancellationToken);
        return new PagedResult<PayableRow>(awaiting.Items, awaiting.Count);
    }

    public async Task<BuildOutcome> BuildBatchAsync(
        PayableFilter filter, string? description, int expectedCount, decimal expectedTotal, Actor maker, CancellationToken cancellationToken)
    {
        var (batchId, result) = await disbursements.BuildAsync(filter, description, maker, cancellationToken, expectedCount, expectedTotal);
        return new BuildOutcome(batchId, result);
    }

    public async Task<PagedResult<BatchRow>> BatchesAsync(BatchStatus? status, PageRequest page, Actor reader, CancellationToken cancellationToken) =>
        IsFinance(reader) ? await disbursements.BatchesAsync(status, page, cancellationToken) : PagedResult<BatchRow>.Empty;

    public async Task<BatchView?> BatchAsync(Guid batchId, Actor reader, CancellationToken cancellationToken)
    {
        if (!IsFinance(reader))
        {
            return null;
        }

        var batch = await store.Db.DisbursementBatches.AsNoTracking().IgnoreAutoIncludes()
            .Where(b => b.Id == batchId)
            .Select(b => new
            {
                b.Id, b.BatchNumber, b.Description, b.Status, b.MakerUserId, b.MakerName, b.CreatedAt, b.CheckerName, b.ApprovedAt,
                b.FirstExportedAt,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var lines = await store.Db.DisbursementLines.AsNoTracking().Where(l => l.BatchId == batchId)
            .GroupBy(l => l.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Amount = g.Sum(l => l.Amount) })
            .ToListAsync(cancellationToken);
        int Count(LineStatus status) => lines.Where(l => l.Status == status).Sum(l => l.Count);
        decimal Amount(LineStatus status) => lines.Where(l => l.Status == status).Sum(l => l.Amount);
        var trail = await TrailAsync(batchId, cancellationToken);
        return new BatchView(
            batch.Id, batch.BatchNumber, batch.Description, batch.Status, batch.MakerName, batch.CreatedAt, batch.CheckerName, batch.ApprovedAt,
            batch.FirstExportedAt, lines.Sum(l => l.Count), Count(LineStatus.Pending), Count(LineStatus.Paid), Count(LineStatus.Stopped),
            Amount(LineStatus.Pending) + Amount(LineStatus.Paid), Amount(LineStatus.Paid), batch.MakerUserId == reader.UserId, trail);
    }

    public async Task<PagedResult<BatchLineRow>> BatchLinesAsync(Guid batchId, PageRequest page, Actor reader, CancellationToken cancellationToken)
    {
        if (!IsFinance(reader))
        {
            return PagedResult<BatchLineRow>.Empty;
        }

        var lines = store.Db.DisbursementLines.AsNoTracking().Where(l => l.BatchId == batchId);
        if (page.SearchText is { } text)
        {
            var pattern = $"%{Work.Like.Escape(text)}%";
            lines = lines.Where(l => EF.Functions.ILike(l.RecipientName, pattern, Work.Like.EscapeCharacter)
                                     || EF.Functions.ILike(l.AwardNumber, pattern, Work.Like.EscapeCharacter)
                                     || EF.Functions.ILike(l.Uscc, pattern, Work.Like.EscapeCharacter));
        }

        var count = await lines.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("amount", false) => lines.OrderBy(l => l.Amount).ThenBy(l => l.LineNumber),
            ("amount", true) => lines.OrderByDescending(l => l.Amount).ThenBy(l => l.LineNumber),
            ("recipient", false) => lines.OrderBy(l => l.RecipientName).ThenBy(l => l.LineNumber),
            ("recipient", true) => lines.OrderByDescending(l => l.RecipientName).ThenBy(l => l.LineNumber),
            ("status", false) => lines.OrderBy(l => l.Status).ThenBy(l => l.LineNumber),
            ("status", true) => lines.OrderByDescending(l => l.Status).ThenBy(l => l.LineNumber),
            ("line", true) => lines.OrderByDescending(l => l.LineNumber),
            _ => lines.OrderBy(l => l.LineNumber),
        };
        var items = await sorted.Skip(page.Skip).Take(page.Take)
            .Select(l => new BatchLineRow(
                l.Id, l.LineNumber, l.AwardNumber, l.RecipientName, l.Uscc, l.ProjectName, l.BankAccountName, l.BankName, l.BankAccountNumber,
                l.TrancheLabel, l.Amount, l.Status, l.PaymentReference, l.PaidOn))
            .ToListAsync(cancellationToken);
        return new PagedResult<BatchLineRow>(items, count);
    }

    public Task<CommandResult> ApproveAsync(Guid batchId, Actor checker, CancellationToken cancellationToken) =>
        disbursements.ApproveAsync(batchId, checker, cancellationToken);

    public Task<CommandResult> CancelAsync(Guid batchId, string? reason, Actor actor, CancellationToken cancellationToken) =>
        disbursements.CancelAsync(batchId, reason, actor, cancellationToken);

    public Task<CommandResult> RecordPaymentAsync(
        Guid batchId, Guid lineId, string? reference, DateOnly? paidOn, Actor actor, CancellationToken cancellationToken) =>
        disbursements.RecordPaymentAsync(batchId, lineId, reference, paidOn, actor, cancellationToken);

    public async Task<PagedResult<ClawbackRow>> ClawbacksAsync(PageRequest page, Actor reader, CancellationToken cancellationToken)
    {
        if (!IsFinance(reader))
        {
            return PagedResult<ClawbackRow>.Empty;
        }

        var count = await store.Db.Clawbacks.CountAsync(cancellationToken);
        // A page of claw-backs with their recoveries and instalments: each instalment's standing is the domain's reckoning.
        var rows = await store.Db.Clawbacks.AsNoTracking().AsSplitQuery()
            .OrderBy(c => c.Status == ClawbackStatus.Open ? 0 : 1).ThenBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .Skip(page.Skip).Take(page.Take)
            .ToListAsync(cancellationToken);
        var today = clock.Today;
        return new PagedResult<ClawbackRow>([.. rows.Select(c => ClawbackRow.From(c, today))], count);
    }

    public async Task<IReadOnlyList<MoneyTrailEntry>> ClawbackTrailAsync(Guid clawbackId, Actor reader, CancellationToken cancellationToken) =>
        IsFinance(reader) && await store.Db.Clawbacks.AnyAsync(c => c.Id == clawbackId, cancellationToken)
            ? await TrailAsync(clawbackId, cancellationToken)
            : [];

    public Task<CommandResult> RecordRecoveryAsync(
        Guid clawbackId, decimal? amount, DateOnly? receivedOn, string? reference, Actor actor, CancellationToken cancellationToken) =>
        clawbacks.RecordRecoveryAsync(clawbackId, amount, receivedOn, reference, actor, cancellationToken);

    public Task<CommandResult> AgreeInstalmentPlanAsync(
        Guid clawbackId, IReadOnlyList<InstalmentTerm> terms, string? note, Actor actor, CancellationToken cancellationToken) =>
        clawbacks.AgreeInstalmentPlanAsync(clawbackId, terms, note, actor, cancellationToken);

    public Task<CommandResult> ProposeWriteOffAsync(Guid clawbackId, string? reason, Actor actor, CancellationToken cancellationToken) =>
        clawbacks.ProposeWriteOffAsync(clawbackId, reason, actor, cancellationToken);

    public Task<CommandResult> ApproveWriteOffAsync(Guid clawbackId, Actor checker, CancellationToken cancellationToken) =>
        clawbacks.ApproveWriteOffAsync(clawbackId, checker, cancellationToken);

    public Task<CommandResult> RejectWriteOffAsync(Guid clawbackId, string? reason, Actor actor, CancellationToken cancellationToken) =>
        clawbacks.RejectWriteOffAsync(clawbackId, reason, actor, cancellationToken);

    private async Task<IReadOnlyList<MoneyTrailEntry>> TrailAsync(Guid subjectId, CancellationToken cancellationToken) =>
        [.. (await awards.TrailAsync(subjectId, cancellationToken)).Select(e => new MoneyTrailEntry(e.Action, e.Amount, e.ActorName, e.ActorRole, e.At, e.Note))];

    private static bool IsFinance(Actor actor) => actor.Role == PortalRoles.FinanceStaff;
}
