using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Applications.Rules;

// Each guard of the transition table is one small rule with a stable code; the UI translates the code.

/// <summary>An applicant acts only on their own enterprise's applications.</summary>
public sealed class ActorMustBeTheApplicant(SubsidyApplication application, Actor actor) : IBusinessRule
{
    public string Code => "application.not-your-enterprise";

    public string Message => $"User {actor.UserId} does not act for enterprise {application.EnterpriseId}.";

    public bool IsBroken() => actor.EnterpriseId != application.EnterpriseId;
}

/// <summary>各镇（园区）对辖区企业的申报信息进行确认: a town/park confirms only its own enterprises' filings.</summary>
public sealed class ActorMustBeTheApplicantsTownOrPark(SubsidyApplication application, Actor actor) : IBusinessRule
{
    public string Code => "application.not-your-town";

    public string Message => $"Town/park {actor.TownOrParkId} is not the applicant's ({application.TownOrParkId}).";

    public bool IsBroken() => actor.TownOrParkId is null || actor.TownOrParkId != application.TownOrParkId;
}

/// <summary>Returns, rejections, declines, upheld objections and revocations say why: the applicant reads it.</summary>
public sealed class ReasonMustBeGiven(TransitionContext context) : IBusinessRule
{
    public const int MaxLength = 1000;

    public string Code => "application.reason-required";

    public string Message => $"A reason of 1–{MaxLength} characters is required.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(context.Reason) || context.Reason.Trim().Length > MaxLength;
}

/// <summary>A correction deadline lies after today, or the applicant could never answer.</summary>
public sealed class DeadlineMustBeInTheFuture(TransitionContext context) : IBusinessRule
{
    public string Code => "application.deadline-not-future";

    public string Message => $"The correction deadline {context.Deadline} must be after {context.Today}.";

    public bool IsBroken() => context.Deadline is not { } deadline || deadline <= context.Today;
}

/// <summary>A correction is answered on or before the deadline the committee set.</summary>
public sealed class CorrectionMustBeBeforeDeadline(SubsidyApplication application, TransitionContext context) : IBusinessRule
{
    public string Code => "application.correction-deadline-passed";

    public string Message => $"The correction deadline {application.CorrectionDeadline} has passed ({context.Today}).";

    public bool IsBroken() => application.CorrectionDeadline is not { } deadline || context.Today > deadline;
}

/// <summary>Filings are accepted only while the call is open.</summary>
public sealed class CallMustBeOpen(TransitionContext context) : IBusinessRule
{
    public string Code => "application.call-closed";

    public string Message => "The call is not open for filings today.";

    public bool IsBroken() => !context.CallOpen;
}

/// <summary>守信承诺: the applicant declares the filing truthful before it is submitted.</summary>
public sealed class IntegrityPledgeMustBeGiven(SubsidyApplication application) : IBusinessRule
{
    public string Code => "application.pledge-required";

    public string Message => "The integrity pledge has not been given.";

    public bool IsBroken() => application.IntegrityPledgedAt is null;
}

/// <summary>Every item of the clause's materials checklist has at least one file.</summary>
public sealed class AllMaterialsMustBeProvided(SubsidyApplication application) : IBusinessRule
{
    public string Code => "application.materials-missing";

    public string Message => $"Missing materials: {string.Join("; ", application.MissingMaterials())}.";

    public bool IsBroken() => application.MissingMaterials().Count > 0;
}

/// <summary>The rule evaluated on the submitted facts says the enterprise qualifies.</summary>
public sealed class RuleOutcomeMustBeEligible(SubsidyApplication application) : IBusinessRule
{
    public string Code => "application.not-eligible";

    public string Message => $"The clause's evaluation is {application.EvaluatedOutcome?.ToString() ?? "missing"}.";

    public bool IsBroken() => application.EvaluatedOutcome != EvaluationOutcome.Eligible;
}

/// <summary>Proposing needs the experts' aggregated score.</summary>
public sealed class ScoreMustBeAggregated(SubsidyApplication application) : IBusinessRule
{
    public string Code => "application.score-missing";

    public string Message => "The experts have not all scored this application.";

    public bool IsBroken() => application.AggregatedScore is null;
}

/// <summary>An approved amount is above zero and never above the rule's fixed amount or ceiling.</summary>
public sealed class ApprovedAmountMustBeWithinTheRule(decimal? approved, decimal? ruleFigure) : IBusinessRule
{
    public string Code => "application.amount-invalid";

    public string Message => $"Approved amount {approved} must be above 0, to the fen, and at most the rule's {ruleFigure}.";

    public bool IsBroken() => !Reviews.ApprovedAmountRule.Allows(approved, ruleFigure);
}

/// <summary>公示期满: approval waits until the last working day of the notice has ended.</summary>
public sealed class NoticeWindowMustHaveClosed(SubsidyApplication application, TransitionContext context) : IBusinessRule
{
    public string Code => "application.notice-still-open";

    public string Message => $"The public notice runs until {application.NoticeLastDay}.";

    public bool IsBroken() => application.NoticeLastDay is not { } last || context.Today <= last;
}

/// <summary>公示期内有异议的，调查核实后再定: no approval while an objection is undecided.</summary>
public sealed class NoObjectionMayBeOpen(TransitionContext context) : IBusinessRule
{
    public string Code => "application.objection-open";

    public string Message => $"{context.OpenObjections} objection(s) are still being investigated.";

    public bool IsBroken() => context.OpenObjections > 0;
}
