using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Awards.Rules;

/// <summary>A plan or a write-off is for a claw-back with money still outstanding.</summary>
public sealed class ClawbackMustBeOpen(Clawback clawback) : IBusinessRule
{
    public string Code => "clawback.closed";

    public string Message => $"The claw-back for {clawback.AwardNumber} is {clawback.Status}; nothing is outstanding.";

    public bool IsBroken() => clawback.Status != ClawbackStatus.Open;
}

/// <summary>分期: the instalments are positive sums to the fen that add up to exactly what is outstanding.</summary>
public sealed class InstalmentPlanMustCoverTheOutstanding(IReadOnlyList<InstalmentTerm> terms, decimal outstanding) : IBusinessRule
{
    public string Code => "clawback.plan-total";

    public string Message => $"The {terms.Count} instalments must be positive sums to the fen adding up to {outstanding:0.00}.";

    public bool IsBroken() =>
        terms.Count is 0 or > ClawbackInstalment.MaxInstalments
        || terms.Any(t => t.Amount <= 0 || !Money.IsWholeFen(t.Amount))
        || terms.Sum(t => t.Amount) != outstanding;
}

/// <summary>Instalments fall due on different days in order, none before today.</summary>
public sealed class InstalmentsMustFallDueInOrderFromToday(IReadOnlyList<InstalmentTerm> terms, DateOnly today) : IBusinessRule
{
    public string Code => "clawback.plan-dates";

    public string Message => "Instalments fall due on ascending days, the first today or later.";

    public bool IsBroken() => terms.Count == 0 || terms[0].DueOn < today || terms.Zip(terms.Skip(1)).Any(p => p.Second.DueOn <= p.First.DueOn);
}

/// <summary>核销 needs two people: the finance user who asked cannot approve it.</summary>
public sealed class WriteOffMustBeApprovedByAnotherUser(WriteOffRequest request, Actor approver) : IBusinessRule
{
    public string Code => "clawback.write-off-same-user";

    public string Message => "A write-off is approved by a finance user other than the one who asked for it.";

    public bool IsBroken() => approver.UserId is null || approver.UserId == request.ProposedByUserId;
}

/// <summary>Money recovered after the request changes what is outstanding: the request must be made again.</summary>
public sealed class WriteOffMustStillMatchTheOutstanding(WriteOffRequest request, decimal outstanding) : IBusinessRule
{
    public string Code => "clawback.write-off-stale";

    public string Message => $"The write-off asked for {request.Amount:0.00} but {outstanding:0.00} is outstanding now.";

    public bool IsBroken() => request.Amount != outstanding;
}
