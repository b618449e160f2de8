using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;

namespace SubsidyPortal.Domain.Disbursements;

/// <summary>One tranche on a batch, with the payee's details as they stood when the batch was built.</summary>
public sealed class DisbursementLine
{
    private DisbursementLine()
    {
        RecipientName = string.Empty;
        Uscc = string.Empty;
        ProjectName = string.Empty;
        TrancheLabel = string.Empty;
        AwardNumber = string.Empty;
        ClauseId = string.Empty;
        PolicyId = string.Empty;
        BankAccountName = string.Empty;
        BankName = string.Empty;
        BankAccountNumber = string.Empty;
    }

    internal DisbursementLine(Guid batchId, int lineNumber, Award award, AwardTranche tranche)
    {
        Id = Guid.CreateVersion7();
        BatchId = batchId;
        LineNumber = lineNumber;
        AwardId = award.Id;
        AwardNumber = award.AwardNumber;
        TrancheId = tranche.Id;
        TrancheLabel = tranche.Label;
        EnterpriseId = award.EnterpriseId;
        RecipientName = award.RecipientName;
        Uscc = award.Uscc;
        ProjectName = award.ProjectName;
        ClauseId = award.ClauseId;
        PolicyId = award.PolicyId;
        BankAccountName = award.BankAccountName!;
        BankName = award.BankName!;
        BankAccountNumber = award.BankAccountNumber!;
        Amount = tranche.Amount;
        Status = LineStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid BatchId { get; private set; }

    public int LineNumber { get; private set; }

    public Guid AwardId { get; private set; }

    public string AwardNumber { get; private set; }

    public Guid TrancheId { get; private set; }

    public string TrancheLabel { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public string RecipientName { get; private set; }

    public string Uscc { get; private set; }

    public string ProjectName { get; private set; }

    public string ClauseId { get; private set; }

    public string PolicyId { get; private set; }

    public string BankAccountName { get; private set; }

    public string BankName { get; private set; }

    public string BankAccountNumber { get; private set; }

    public decimal Amount { get; private set; }

    public LineStatus Status { get; private set; }

    public string? PaymentReference { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public Guid? PaidByUserId { get; private set; }

    internal void MarkPaid(string reference, DateOnly paidOn, Actor actor, DateTimeOffset now)
    {
        Status = LineStatus.Paid;
        PaymentReference = reference;
        PaidOn = paidOn;
        PaidAt = now;
        PaidByUserId = actor.UserId;
    }

    internal void Stop() => Status = LineStatus.Stopped;
}
