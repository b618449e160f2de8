using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Domain.Disbursements;

public enum BatchStatus
{
    /// <summary>Built by its maker; lines may still change by cancelling and rebuilding.</summary>
    Draft,

    /// <summary>Approved by a second finance user: exportable and payable.</summary>
    Approved,

    /// <summary>Every line paid or stopped.</summary>
    Completed,

    /// <summary>Cancelled before approval; its tranches are payable again.</summary>
    Cancelled,
}

public enum LineStatus
{
    Pending,
    Paid,

    /// <summary>The award was revoked before this line was paid.</summary>
    Stopped,
}

/// <summary>
/// 拨付批次: tranches finance pays together. The maker builds it, a different finance user approves it
/// (maker-checker), and each line is marked paid once with the bank's reference.
/// </summary>
public sealed class DisbursementBatch : MoneyAggregate
{
    public const int DescriptionMaxLength = 300;
    public const int ReferenceMaxLength = 60;

    private readonly List<DisbursementLine> _lines = [];

    private DisbursementBatch()
    {
        BatchNumber = string.Empty;
        Description = string.Empty;
        MakerName = string.Empty;
        AuthorityId = string.Empty;
    }

    protected override string SubjectType => "DisbursementBatch";

    /// <summary>e.g. BF-2026-0007.</summary>
    public string BatchNumber { get; private set; }

    /// <summary>What it was built from (the filter in words), shown to the checker.</summary>
    public string Description { get; private set; }

    /// <summary>The administering authority whose money this batch pays (<see cref="Policies.AdministeringAuthorities"/>).</summary>
    public string AuthorityId { get; private set; }

    public BatchStatus Status { get; private set; }

    public Guid MakerUserId { get; private set; }

    public string MakerName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? CheckerUserId { get; private set; }

    public string? CheckerName { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateTimeOffset? FirstExportedAt { get; private set; }

    public IReadOnlyList<DisbursementLine> Lines => _lines;

    public decimal Total => _lines.Where(l => l.Status != LineStatus.Stopped).Sum(l => l.Amount);

    public decimal PaidTotal => _lines.Where(l => l.Status == LineStatus.Paid).Sum(l => l.Amount);

    /// <summary>Builds a batch from payable tranches; each goes on it (and off the payable list) at once.</summary>
    public static DisbursementBatch Build(
        string batchNumber, string description, IReadOnlyList<(Award Award, AwardTranche Tranche)> tranches, Actor maker, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(maker, PortalRoles.FinanceStaff));
        BusinessRules.Check(new BatchMustHaveLines(tranches.Count));
        var authorities = tranches.Select(t => Policies.AdministeringAuthorities.Of(t.Award.PolicyId).Id).Distinct().ToList();
        BusinessRules.Check(new BatchMustPayOneAuthority(authorities));
        if (tranches.Select(t => t.Tranche.Id).Distinct().Count() != tranches.Count)
        {
            throw new DomainException("batch.duplicate-tranche", "A tranche can be on a batch once.");
        }

        var batch = new DisbursementBatch
        {
            BatchNumber = Guard.Required(batchNumber, "batch.number-required", 40),
            Description = Guard.Optional(description, "batch.description-too-long", DescriptionMaxLength) ?? string.Empty,
            Status = BatchStatus.Draft,
            AuthorityId = authorities[0],
            MakerUserId = maker.UserId ?? throw new DomainException("money.role-not-allowed", "A batch is built by a signed-in user."),
            MakerName = maker.Name,
            CreatedAt = now,
        };
        var number = 0;
        foreach (var (award, tranche) in tranches)
        {
            award.PutOnBatch(tranche.Id, batch.Id, batch.BatchNumber, maker, now);
            batch._lines.Add(new DisbursementLine(batch.Id, ++number, award, tranche));
        }

        batch.Record("Built", batch.Total, maker, now, batch.Description);
        return batch;
    }

    /// <summary>The checker: a finance user other than the maker.</summary>
    public void Approve(Actor checker, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(checker, PortalRoles.FinanceStaff));
        BusinessRules.Check(new BatchMustBeAwaitingApproval(this));
        BusinessRules.Check(new BatchMustBeApprovedByAnotherUser(this, checker));
        Status = BatchStatus.Approved;
        CheckerUserId = checker.UserId;
        CheckerName = checker.Name;
        ApprovedAt = now;
        Record("Approved", Total, checker, now);
        CompleteIfSettled(checker, now);
    }

    /// <summary>Cancels a draft: its tranches go back to payable.</summary>
    public void Cancel(IReadOnlyDictionary<Guid, Award> awards, string reason, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.FinanceStaff));
        BusinessRules.Check(new BatchMustBeAwaitingApproval(this));
        var text = Guard.Required(reason, "batch.reason-required", DescriptionMaxLength);
        foreach (var line in _lines)
        {
            awards[line.AwardId].TakeOffBatch(line.TrancheId, BatchNumber, actor, now);
        }

        Status = BatchStatus.Cancelled;
        Record("Cancelled", Total, actor, now, text);
    }

    public void RecordExport(string format, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new BatchMustBeExportable(this));
        FirstExportedAt ??= now;
        Record("Exported", Total, actor, now, format);
    }

    /// <summary>
    /// 实际拨付: one line paid, once, with the bank's reference; the award's tranche is marked paid with it, and the
    /// returned ledger row is what the database keeps unique per tranche.
    /// </summary>
    public Payment RecordPayment(Guid lineId, Award award, string reference, DateOnly paidOn, Actor actor, DateTimeOffset now, DateOnly today)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.FinanceStaff));
        var line = Line(lineId);
        // The line's own state first: paying the last line completes the batch, and a repeat must hear
        // "already paid", not "batch not approved".
        BusinessRules.Check(new LineMustNotBePaid(line));
        BusinessRules.Check(new LineMustNotBeStopped(line));
        BusinessRules.Check(new BatchMustBeApproved(this));
        var text = Guard.Required(reference, "batch.payment-reference-required", ReferenceMaxLength);
        BusinessRules.Check(new PaymentDateMustBeReal(paidOn, ApprovedAt!.Value, today));
        if (award.Id != line.AwardId)
        {
            throw new DomainException("batch.line-award-mismatch", "The award does not belong to this line.");
        }

        award.MarkTranchePaid(line.TrancheId, Id, text, paidOn, actor, now);
        line.MarkPaid(text, paidOn, actor, now);
        Record("LinePaid", line.Amount, actor, now, $"{line.LineNumber}；{line.RecipientName}；{text}");
        CompleteIfSettled(actor, now);
        return new Payment(line, Id, text, paidOn, actor, now);
    }

    /// <summary>The award was revoked: its unpaid line stops (the award already stopped the tranche).</summary>
    public void StopLinesOf(Guid awardId, Actor actor, DateTimeOffset now)
    {
        foreach (var line in _lines.Where(l => l.AwardId == awardId && l.Status == LineStatus.Pending))
        {
            line.Stop();
            Record("LineStopped", line.Amount, actor, now, $"{line.LineNumber}；{line.RecipientName}");
        }

        CompleteIfSettled(actor, now);
    }

    private void CompleteIfSettled(Actor actor, DateTimeOffset now)
    {
        if (Status == BatchStatus.Approved && _lines.TrueForAll(l => l.Status != LineStatus.Pending))
        {
            Status = BatchStatus.Completed;
            Record("Completed", PaidTotal, actor, now);
        }
    }

    private DisbursementLine Line(Guid lineId) =>
        _lines.SingleOrDefault(l => l.Id == lineId)
        ?? throw new DomainException("batch.line-not-found", $"Line {lineId} is not on batch {BatchNumber}.");
}
