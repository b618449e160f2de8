using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;

namespace SubsidyPortal.Application.Finance;

/// <summary>
/// 财务: what can be paid now, building a batch from it (制单), the second finance user's approval (复核, never the
/// maker), payments recorded line by line with the bank's reference, and recoveries of revoked awards' money. The
/// rules (maker-checker, no double payment) stay in the domain and the money services; every read and command here
/// is for finance staff only (anyone else reads nothing and is refused).
/// </summary>
public interface IFinanceDesk
{
    Task<PayableFilterOptions> PayableOptionsAsync(Actor reader, CancellationToken cancellationToken);

    /// <summary>One page of the tranches payable now under the filter, sorted in the database ("award", "recipient",
    /// "amount", "due"), with the count and total of all of them.</summary>
    Task<PayableResult> PayableAsync(PayableFilter filter, PageRequest page, Actor reader, CancellationToken cancellationToken);

    /// <summary>Tranches that would be payable but for the enterprise's account, which it has not confirmed yet.</summary>
    Task<PagedResult<PayableRow>> AwaitingAccountAsync(PayableFilter filter, PageRequest page, Actor reader, CancellationToken cancellationToken);

    /// <summary>
    /// 制单: a batch of exactly the tranches the filter shows now. When they are not the <paramref name="expectedCount"/>
    /// lines totalling <paramref name="expectedTotal"/> the reader saw, nothing is built and the reader is told so.
    /// </summary>
    Task<BuildOutcome> BuildBatchAsync(
        PayableFilter filter, string? description, int expectedCount, decimal expectedTotal, Actor maker, CancellationToken cancellationToken);

    /// <summary>Batches, newest first unless sorted otherwise ("number", "created", "total").</summary>
    Task<PagedResult<BatchRow>> BatchesAsync(BatchStatus? status, PageRequest page, Actor reader, CancellationToken cancellationToken);

    Task<BatchView?> BatchAsync(Guid batchId, Actor reader, CancellationToken cancellationToken);

    /// <summary>A batch's lines in line order (or by "amount", "recipient", "status").</summary>
    Task<PagedResult<BatchLineRow>> BatchLinesAsync(Guid batchId, PageRequest page, Actor reader, CancellationToken cancellationToken);

    /// <summary>复核通过, by a finance user other than the maker.</summary>
    Task<CommandResult> ApproveAsync(Guid batchId, Actor checker, CancellationToken cancellationToken);

    /// <summary>作废 a draft with a reason; its tranches become payable again.</summary>
    Task<CommandResult> CancelAsync(Guid batchId, string? reason, Actor actor, CancellationToken cancellationToken);

    /// <summary>登记拨付 of one line, once: a repeat or a racing twin is refused.</summary>
    Task<CommandResult> RecordPaymentAsync(
        Guid batchId, Guid lineId, string? reference, DateOnly? paidOn, Actor actor, CancellationToken cancellationToken);

    /// <summary>Claw-backs, those with money outstanding first (oldest first), then the recovered ones.</summary>
    Task<PagedResult<ClawbackRow>> ClawbacksAsync(PageRequest page, Actor reader, CancellationToken cancellationToken);

    Task<IReadOnlyList<MoneyTrailEntry>> ClawbackTrailAsync(Guid clawbackId, Actor reader, CancellationToken cancellationToken);

    /// <summary>登记缴回: a sum returned, up to what is outstanding; the last fen closes the claw-back.</summary>
    Task<CommandResult> RecordRecoveryAsync(
        Guid clawbackId, decimal? amount, DateOnly? receivedOn, string? reference, Actor actor, CancellationToken cancellationToken);

    /// <summary>分期缴回: instalments summing to what is outstanding; a new plan supersedes the one in force.</summary>
    Task<CommandResult> AgreeInstalmentPlanAsync(
        Guid clawbackId, IReadOnlyList<InstalmentTerm> terms, string? note, Actor actor, CancellationToken cancellationToken);

    /// <summary>申请核销 of what is outstanding, with the reason; a second finance user decides.</summary>
    Task<CommandResult> ProposeWriteOffAsync(Guid clawbackId, string? reason, Actor actor, CancellationToken cancellationToken);

    /// <summary>核销复核: approved by a finance user other than the one who asked; the claw-back closes.</summary>
    Task<CommandResult> ApproveWriteOffAsync(Guid clawbackId, Actor checker, CancellationToken cancellationToken);

    /// <summary>不予核销 (or withdrawn by its maker), with the reason; recovery goes on.</summary>
    Task<CommandResult> RejectWriteOffAsync(Guid clawbackId, string? reason, Actor actor, CancellationToken cancellationToken);
}
