using SubsidyPortal.Domain.Applications.Rules;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;
using static SubsidyPortal.Domain.Applications.ApplicationAction;
using static SubsidyPortal.Domain.Applications.ApplicationStatus;

namespace SubsidyPortal.Domain.Applications;

/// <summary>A guard: builds the rule to check for this application, actor and moment.</summary>
public delegate IBusinessRule TransitionGuard(SubsidyApplication application, Actor actor, TransitionContext context);

/// <summary>One row of the table: an action, the states it starts from, where it leads, who may take it, and its guards.</summary>
public sealed record Transition(
    ApplicationAction Action,
    IReadOnlyList<ApplicationStatus> From,
    ApplicationStatus To,
    IReadOnlyList<string> Roles,
    IReadOnlyList<TransitionGuard> Guards);

/// <summary>
/// The application lifecycle, in one place: 申报 → 初审 (镇园区确认 + 区科委初审) → 专家评审 → 拟立项 → 公示 → 立项, with
/// return for correction, rejection, withdrawal and revocation. Every state change goes through
/// <see cref="SubsidyApplication"/>, which looks its row up here; anything not in the table is refused.
/// </summary>
public static class ApplicationTransitions
{
    private static readonly TransitionGuard IsTheApplicant = (a, actor, _) => new ActorMustBeTheApplicant(a, actor);
    private static readonly TransitionGuard IsTheTownOrPark = (a, actor, _) => new ActorMustBeTheApplicantsTownOrPark(a, actor);
    private static readonly TransitionGuard HasReason = (_, _, c) => new ReasonMustBeGiven(c);

    public static IReadOnlyList<Transition> Table { get; } =
    [
        new(Submit, [Draft], Submitted, [PortalRoles.Applicant],
            [IsTheApplicant, (_, _, c) => new CallMustBeOpen(c), (a, _, _) => new AllMaterialsMustBeProvided(a),
             (a, _, _) => new RuleOutcomeMustBeEligible(a), (a, _, _) => new IntegrityPledgeMustBeGiven(a)]),

        // 撤回: possible until the review starts, i.e. before the town/park confirms.
        new(Withdraw, [Draft, Submitted, ReturnedForCorrection], Withdrawn, [PortalRoles.Applicant], [IsTheApplicant]),

        new(ConfirmByTown, [Submitted], PreliminaryReview, [PortalRoles.TownOrPark], [IsTheTownOrPark]),
        new(DeclineByTown, [Submitted], Rejected, [PortalRoles.TownOrPark], [IsTheTownOrPark, HasReason]),

        new(ReturnForCorrection, [PreliminaryReview], ReturnedForCorrection, [PortalRoles.CommitteeStaff],
            [HasReason, (_, _, c) => new DeadlineMustBeInTheFuture(c)]),

        // The town/park has already confirmed the enterprise, so a corrected filing goes straight back to the committee.
        new(Resubmit, [ReturnedForCorrection], PreliminaryReview, [PortalRoles.Applicant],
            [IsTheApplicant, (a, _, c) => new CorrectionMustBeBeforeDeadline(a, c), (a, _, _) => new AllMaterialsMustBeProvided(a),
             (a, _, _) => new RuleOutcomeMustBeEligible(a), (a, _, _) => new IntegrityPledgeMustBeGiven(a)]),

        new(PassPreliminaryReview, [PreliminaryReview], ExpertReview, [PortalRoles.CommitteeStaff], []),

        new(Reject, [PreliminaryReview, ReturnedForCorrection, ExpertReview, ProposedForApproval], Rejected,
            [PortalRoles.CommitteeStaff], [HasReason]),

        new(Propose, [ExpertReview], ProposedForApproval, [PortalRoles.CommitteeStaff],
            [(a, _, _) => new ScoreMustBeAggregated(a), (a, _, _) => new ApprovedAmountMustBeWithinTheRule(a.ApprovedAmount, a.EvaluatedAmount)]),
        new(WithdrawProposal, [ProposedForApproval], ExpertReview, [PortalRoles.CommitteeStaff], []),

        new(PublishNotice, [ProposedForApproval], PublicNotice, [PortalRoles.CommitteeStaff], []),

        // 异议经调查核实成立: the application leaves the list.
        new(UpholdObjection, [PublicNotice], Rejected, [PortalRoles.CommitteeStaff], [HasReason]),

        // 公示无异议: only the background job approves, once the window has closed with nothing open.
        new(Approve, [PublicNotice], Approved, [Actor.SystemRole],
            [(a, _, c) => new NoticeWindowMustHaveClosed(a, c), (_, _, c) => new NoObjectionMayBeOpen(c)]),

        new(Revoke, [Approved], Revoked, [PortalRoles.CommitteeStaff], [HasReason]),
    ];

    /// <summary>The row for this action from this state, or null when the table has none.</summary>
    public static Transition? Find(ApplicationAction action, ApplicationStatus from)
    {
        foreach (var transition in Table)
        {
            if (transition.Action == action && transition.From.Contains(from))
            {
                return transition;
            }
        }

        return null;
    }

    /// <summary>The actions a role may attempt from a state (guards not yet checked): what buttons to offer.</summary>
    public static IReadOnlyList<ApplicationAction> ActionsFor(ApplicationStatus from, string role) =>
        Table.Where(t => t.From.Contains(from) && t.Roles.Contains(role)).Select(t => t.Action).Distinct().ToList();
}
