using FluentValidation;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Committee;

/// <summary>Where a call stands today: not yet open (未开始), taking filings (受理中), or past its 受理截止 (已截止).</summary>
public enum CallPhase
{
    Upcoming,
    Open,
    Closed,
}

/// <summary>
/// Where an application is in the committee's pipeline: its state, with 专家评审 split the way the work is (experts
/// still to draw, scoring under way, scored and waiting to be ranked). The work queue's sections are these stages.
/// </summary>
public enum CommitteeStage
{
    Submitted,
    Preliminary,
    Returned,
    Draw,
    Scoring,
    Ranking,
    Proposed,
    Notice,
    Approved,
    Rejected,
    Withdrawn,
    Revoked,
}

/// <summary>One call in the committee's list, with how many of its filed applications are at each stage.</summary>
public sealed record CallRow(
    Guid Id,
    string Title,
    string PolicyDocument,
    int Year,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    int? WorkingDaysLeft,
    decimal Budget,
    int ExpertsPerApplication,
    string ExpertSpecialty,
    int NoticeWorkingDays,
    CallPhase Phase,
    IReadOnlyDictionary<CommitteeStage, int> Stages)
{
    public int Filed => Stages.Values.Sum();

    public int Count(CommitteeStage stage) => Stages.GetValueOrDefault(stage);
}

/// <summary>The list's filters, all optional: one call, one stage, a search over 申报编号, enterprise and project.</summary>
public sealed record ApplicationListFilter(Guid? CallId = null, CommitteeStage? Stage = null);

/// <summary>One filed application in a committee list: who, what, where it is, since when (and the calendar days
/// since then), its figures.</summary>
public sealed record StaffApplicationRow(
    Guid Id,
    string ReferenceNumber,
    string EnterpriseName,
    string ProjectName,
    string ClauseTitle,
    Guid CallId,
    string CallTitle,
    ApplicationStatus Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset InStageSince,
    int WaitingDays,
    decimal? RuleAmount,
    decimal? Score,
    decimal? ApprovedAmount);

/// <summary>A clause staff may put into a call (never a 免申即享 one), with the period it is in force.</summary>
public sealed record ClauseChoice(string Id, string Title, string Article, DateOnly From, DateOnly? Through);

/// <summary>A policy with its period of validity and the clauses a call may cover.</summary>
public sealed record PolicyChoice(string Id, string DocumentNumber, string Title, DateOnly From, DateOnly? Through, IReadOnlyList<ClauseChoice> Clauses);

/// <summary>What the new-call form offers: the policies and their clauses, and its starting values.</summary>
public sealed record NewCallChoices(IReadOnlyList<PolicyChoice> Policies, int Year, DateOnly Today, string StandardRubric);

public sealed record OpenCallOutcome(Guid? CallId, CommandResult Result);

/// <summary>The committee's short line of totals on its home page.</summary>
public sealed record CommitteeTotals(int OpenCalls, int InReview, int OnNotice, int ApprovedThisYear);

/// <summary>
/// 新建申报批次: what staff type. Field names match the errors the save returns, so each is shown beside its field.
/// </summary>
public sealed class NewCallInput
{
    public string? PolicyId { get; set; }

    public int? Year { get; set; }

    public string? Title { get; set; }

    public List<string> ClauseIds { get; set; } = [];

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    /// <summary>专家评审截止 (optional): shown to every expert drawn for the call.</summary>
    public DateOnly? ReviewDueOn { get; set; }

    public decimal? Budget { get; set; }

    public int? ExpertsPerApplication { get; set; } = 3;

    public string? ExpertSpecialty { get; set; }

    /// <summary>评分细则, one "名称,权重,满分" line per criterion (<see cref="RubricLines"/>).</summary>
    public string? Rubric { get; set; }
}

/// <summary>
/// The new-call form's checks, field by field as each is left, with the messages the save itself gives
/// (<see cref="Call.Open"/> decides; this lets staff see a slip before they press 发布).
/// </summary>
public sealed class NewCallValidator : AbstractValidator<NewCallInput>
{
    public NewCallValidator()
    {
        RuleFor(x => x.PolicyId)
            .Must(id => Policy(id) is not null).WithMessage(_ => ValidationText.Get("call.policy-unknown"));
        RuleFor(x => x.Year)
            .Must(y => y is >= 2000 and <= 2100).WithMessage(_ => ValidationText.Get("call.year-invalid"));
        RuleFor(x => x.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= Call.TitleMaxLength).WithMessage(_ => ValidationText.Get("call.title-required"));
        RuleFor(x => x.ClauseIds).Custom((ids, context) =>
        {
            var policy = Policy(context.InstanceToValidate.PolicyId);
            var clauses = ids.Select(PolicyCatalog.Find).ToList();
            if (clauses.Count == 0)
            {
                context.AddFailure(ValidationText.Get("call.no-clauses"));
            }
            else if (clauses.Any(c => c is null || (policy is not null && c.Policy.Id != policy.Id)))
            {
                context.AddFailure(ValidationText.Get("call.clause-of-other-policy"));
            }
            else if (clauses.Any(c => c!.Claim == ClaimMethod.AutomaticEntitlement))
            {
                context.AddFailure(ValidationText.Get("call.automatic-entitlement-clause"));
            }
        });
        RuleFor(x => x.OpensOn).NotNull().WithMessage(_ => ValidationText.Get("call.date-required"));
        RuleFor(x => x.ClosesOn).Custom((closes, context) =>
        {
            var input = context.InstanceToValidate;
            if (closes is not { } last)
            {
                context.AddFailure(ValidationText.Get("call.date-required"));
            }
            else if (input.OpensOn is { } first && last < first)
            {
                context.AddFailure(ValidationText.Get("call.closes-before-opening"));
            }
            else if (input.OpensOn is { } start && Policy(input.PolicyId) is { } policy
                     && (!policy.Period.Contains(last) || input.ClauseIds.Select(PolicyCatalog.Find).OfType<Clause>()
                         .Any(c => !c.Period.Contains(start) || !c.Period.Contains(last))))
            {
                context.AddFailure(ValidationText.Get("call.outside-policy-period"));
            }
        });
        RuleFor(x => x.ReviewDueOn)
            .Must((input, due) => due is null || input.ClosesOn is null || due > input.ClosesOn)
            .WithMessage(_ => ValidationText.Get("call.review-due-before-closing"));
        RuleFor(x => x.Budget)
            .Must(b => b is > 0 && Money.IsWholeFen(b.Value)).WithMessage(_ => ValidationText.Get("call.budget-invalid"));
        RuleFor(x => x.ExpertsPerApplication)
            .Must(n => n is >= 1 and <= Call.MaxExperts).WithMessage(_ => ValidationText.Get("call.experts-invalid"));
        RuleFor(x => x.ExpertSpecialty)
            .Must(s => !string.IsNullOrWhiteSpace(s) && s.Trim().Length <= Call.SpecialtyMaxLength).WithMessage(_ => ValidationText.Get("call.specialty-required"));
        RuleFor(x => x.Rubric).Custom((text, context) =>
        {
            try
            {
                RubricLines.Parse(text);
            }
            catch (DomainException e)
            {
                context.AddFailure(ValidationText.Has(e.Code) ? ValidationText.Get(e.Code) : e.Message);
            }
        });
    }

    private static PolicyDocument? Policy(string? id) => PolicyCatalog.Policies.SingleOrDefault(p => p.Id == id);
}

/// <summary>
/// 申报批次, the committee's side: the calls with their applications by stage, opening a call, and a call's (or every
/// call's) applications filtered by stage. Only committee staff get anything back.
/// </summary>
public interface ICommitteeCalls
{
    Task<PagedResult<CallRow>> CallsAsync(PageRequest page, CallPhase? phase, Actor staff, CancellationToken cancellationToken);

    Task<CallRow?> CallAsync(Guid callId, Actor staff, CancellationToken cancellationToken);

    /// <summary>The policies (of the staff's authorities) and clauses a new call may cover.</summary>
    Task<NewCallChoices> NewCallChoicesAsync(Actor staff, CancellationToken cancellationToken);

    /// <summary>Opens the call when every field holds; otherwise nothing is saved and each error names its field.</summary>
    Task<OpenCallOutcome> OpenAsync(NewCallInput input, Actor staff, CancellationToken cancellationToken);

    Task<PagedResult<StaffApplicationRow>> ApplicationsAsync(ApplicationListFilter filter, PageRequest page, Actor staff, CancellationToken cancellationToken);

    Task<CommitteeTotals> TotalsAsync(Actor staff, CancellationToken cancellationToken);
}
