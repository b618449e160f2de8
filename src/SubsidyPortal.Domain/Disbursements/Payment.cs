using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Domain.Disbursements;

/// <summary>
/// The payment ledger: one row per paid tranche. The tranche id is the table's key and the rows are append-only,
/// so the database itself refuses a second payment of the same tranche, whatever the code does.
/// </summary>
public sealed class Payment
{
    private Payment()
    {
        Reference = string.Empty;
        RecordedByName = string.Empty;
    }

    internal Payment(DisbursementLine line, Guid batchId, string reference, DateOnly paidOn, Actor actor, DateTimeOffset now)
    {
        TrancheId = line.TrancheId;
        AwardId = line.AwardId;
        BatchId = batchId;
        LineId = line.Id;
        Amount = line.Amount;
        Reference = reference;
        PaidOn = paidOn;
        RecordedByUserId = actor.UserId;
        RecordedByName = actor.Name;
        RecordedAt = now;
    }

    public Guid TrancheId { get; private set; }

    public Guid AwardId { get; private set; }

    public Guid BatchId { get; private set; }

    public Guid LineId { get; private set; }

    public decimal Amount { get; private set; }

    public string Reference { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public Guid? RecordedByUserId { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
