using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Calls;

/// <summary>
/// 申报通知 / 申报批次: a yearly round of one policy, opened by the committee for some of its clauses, with open and
/// close dates, a budget and how experts review it. 免申即享 clauses have no call: they are granted from data.
/// </summary>
public sealed class Call : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int SpecialtyMaxLength = 50;
    public const int MaxExperts = 15;

    private List<string> _clauseIds = [];

    private Call()
    {
        PolicyId = string.Empty;
        TitleZh = string.Empty;
        ExpertSpecialty = string.Empty;
    }

    public string PolicyId { get; private set; }

    public int Year { get; private set; }

    public string TitleZh { get; private set; }

    public IReadOnlyList<string> ClauseIds => _clauseIds;

    /// <summary>First day filings are accepted (Shanghai date).</summary>
    public DateOnly OpensOn { get; private set; }

    /// <summary>Last day filings are accepted, inclusive.</summary>
    public DateOnly ClosesOn { get; private set; }

    /// <summary>专家评审截止: the last day experts are asked to finish scoring (after the call closes); none on calls
    /// opened before the portal asked for it.</summary>
    public DateOnly? ReviewDueOn { get; private set; }

    /// <summary>The call's budget in yuan; ranking (择优) works within it.</summary>
    public decimal Budget { get; private set; }

    /// <summary>How many experts are drawn for each application.</summary>
    public int ExpertsPerApplication { get; private set; }

    /// <summary>The specialty experts are drawn by.</summary>
    public string ExpertSpecialty { get; private set; }

    /// <summary>公示期限: the longest of its clauses' notice periods (10 working days for the Jinshan 科技创新奖).</summary>
    public int NoticeWorkingDays { get; private set; }

    /// <summary>The rubric experts score with: criteria, weights (summing to 100) and maximum scores, as JSON.</summary>
    public string RubricJson { get; private set; } = "[]";

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public static Call Open(
        PolicyDocument policy, int year, string titleZh, IReadOnlyList<Clause> clauses, DateOnly opensOn, DateOnly closesOn,
        decimal budget, int expertsPerApplication, string expertSpecialty, string rubricJson, Guid? createdBy, DateTimeOffset now,
        DateOnly? reviewDueOn = null)
    {
        if (clauses.Count == 0)
        {
            throw new DomainException("call.no-clauses", "A call covers at least one clause.");
        }

        if (clauses.FirstOrDefault(c => c.Policy.Id != policy.Id) is { } foreign)
        {
            throw new DomainException("call.clause-of-other-policy", $"{foreign.Id} is not a clause of {policy.Id}.");
        }

        if (clauses.FirstOrDefault(c => c.Claim == ClaimMethod.AutomaticEntitlement) is { } automatic)
        {
            throw new DomainException("call.automatic-entitlement-clause", $"{automatic.Id} is 免申即享 and has no call.");
        }

        if (closesOn < opensOn)
        {
            throw new DomainException("call.closes-before-opening", $"The call closes on {closesOn}, before it opens on {opensOn}.");
        }

        if (reviewDueOn is { } due && due <= closesOn)
        {
            throw new DomainException("call.review-due-before-closing", $"Reviews are due on {due}, not after the call closes on {closesOn}.");
        }

        if (clauses.FirstOrDefault(c => !c.Period.Contains(opensOn) || !c.Period.Contains(closesOn) || !policy.Period.Contains(closesOn)) is { } lapsed)
        {
            throw new DomainException("call.outside-policy-period", $"{lapsed.Id} is not in force for the whole of {opensOn}–{closesOn}.");
        }

        if (budget <= 0m || !Money.IsWholeFen(budget))
        {
            throw new DomainException("call.budget-invalid", "The budget is an amount in yuan above zero, to the fen.");
        }

        if (expertsPerApplication is < 1 or > MaxExperts)
        {
            throw new DomainException("call.experts-invalid", $"Between 1 and {MaxExperts} experts per application.");
        }

        if (year < 2000 || year > 2100)
        {
            throw new DomainException("call.year-invalid", $"{year} is not a plausible year.");
        }

        return new Call
        {
            PolicyId = policy.Id,
            Year = year,
            TitleZh = Guard.Required(titleZh, "call.title-required", TitleMaxLength),
            _clauseIds = clauses.Select(c => c.Id).Distinct().ToList(),
            OpensOn = opensOn,
            ClosesOn = closesOn,
            ReviewDueOn = reviewDueOn,
            Budget = budget,
            ExpertsPerApplication = expertsPerApplication,
            ExpertSpecialty = Guard.Required(expertSpecialty, "call.specialty-required", SpecialtyMaxLength),
            NoticeWorkingDays = clauses.Max(c => c.PublicNoticeWorkingDays),
            RubricJson = rubricJson,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }

    public bool IsOpenOn(DateOnly day) => OpensOn <= day && day <= ClosesOn;

    public bool Includes(string clauseId) => _clauseIds.Contains(clauseId);
}
