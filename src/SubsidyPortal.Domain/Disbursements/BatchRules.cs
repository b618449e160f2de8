using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Disbursements;

public sealed class BatchMustHaveLines(int count) : IBusinessRule
{
    public string Code => "batch.empty";

    public string Message => "A batch needs at least one payable tranche.";

    public bool IsBroken() => count == 0;
}

/// <summary>Each authority pays from its own fund: one batch holds one administering authority's tranches.</summary>
public sealed class BatchMustPayOneAuthority(IReadOnlyCollection<string> authorityIds) : IBusinessRule
{
    public string Code => "batch.several-authorities";

    public string Message => $"The tranches belong to {authorityIds.Count} administering authorities; a batch pays one authority's money.";

    public bool IsBroken() => authorityIds.Count > 1;
}

/// <summary>Approval and cancellation act on a batch still awaiting its checker.</summary>
public sealed class BatchMustBeAwaitingApproval(DisbursementBatch batch) : IBusinessRule
{
    public string Code => "batch.not-draft";

    public string Message => $"Batch {batch.BatchNumber} is {batch.Status}, not awaiting approval.";

    public bool IsBroken() => batch.Status != BatchStatus.Draft;
}

/// <summary>Payments are recorded only on a batch a second finance user approved.</summary>
public sealed class BatchMustBeApproved(DisbursementBatch batch) : IBusinessRule
{
    public string Code => "batch.not-approved";

    public string Message => $"Batch {batch.BatchNumber} is {batch.Status}, not approved.";

    public bool IsBroken() => batch.Status != BatchStatus.Approved;
}

/// <summary>Maker-checker: the person who built a batch never approves it.</summary>
public sealed class BatchMustBeApprovedByAnotherUser(DisbursementBatch batch, Actor checker) : IBusinessRule
{
    public string Code => "batch.maker-cannot-approve";

    public string Message => $"Batch {batch.BatchNumber} was built by this user; a second finance user approves it.";

    public bool IsBroken() => checker.UserId is null || checker.UserId == batch.MakerUserId;
}

/// <summary>Only an approved (or completed) batch goes to the bank; a draft has not been checked.</summary>
public sealed class BatchMustBeExportable(DisbursementBatch batch) : IBusinessRule
{
    public string Code => "batch.not-approved";

    public string Message => $"Batch {batch.BatchNumber} is {batch.Status}; only approved batches are exported.";

    public bool IsBroken() => batch.Status is not (BatchStatus.Approved or BatchStatus.Completed);
}

/// <summary>A line is paid once: a repeated or racing "mark paid" is refused.</summary>
public sealed class LineMustNotBePaid(DisbursementLine line) : IBusinessRule
{
    public string Code => "batch.line-already-paid";

    public string Message => $"Line {line.LineNumber} is already paid.";

    public bool IsBroken() => line.Status == LineStatus.Paid;
}

/// <summary>A line whose award was revoked is never paid.</summary>
public sealed class LineMustNotBeStopped(DisbursementLine line) : IBusinessRule
{
    public string Code => "batch.line-stopped";

    public string Message => $"Line {line.LineNumber} was stopped by a revocation.";

    public bool IsBroken() => line.Status == LineStatus.Stopped;
}

/// <summary>A payment date is a real day: not before the batch was approved, not in the future.</summary>
public sealed class PaymentDateMustBeReal(DateOnly paidOn, DateTimeOffset approvedAt, DateOnly today) : IBusinessRule
{
    public string Code => "batch.payment-date-invalid";

    public string Message => $"{paidOn:yyyy-MM-dd} is before approval or after today.";

    public bool IsBroken() => paidOn > today || paidOn < DateOnly.FromDateTime(approvedAt.ToOffset(TimeSpan.FromHours(8)).Date);
}
