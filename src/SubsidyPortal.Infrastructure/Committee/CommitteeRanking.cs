using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Committee;

/// <summary>
/// <see cref="ICommitteeRanking"/> over <see cref="ReviewService"/> (the call's candidates; amount and proposal in one
/// save), <see cref="ApplicationWorkflow"/> and <see cref="NoticeService"/>, which keep the rules.
/// </summary>
public sealed class CommitteeRanking(
    IClock clock,
    CallService calls,
    ReviewService reviews,
    ApplicationWorkflow workflow,
    NoticeService notices,
    WorkingDayCalendarService calendars) : ICommitteeRanking
{
    public async Task<RankingView?> RankingAsync(Guid callId, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff || await calls.FindAsync(callId, cancellationToken) is not { } call)
        {
            return null;
        }

        var entries = await reviews.RankingEntriesAsync(callId, cancellationToken);
        NoticeWindow? window = null;
        try
        {
            var next = (await calendars.LoadAsync(cancellationToken)).NoticeWindow(clock.Today, call.NoticeWorkingDays);
            window = new NoticeWindow(next.FirstDay, next.LastDay, call.NoticeWorkingDays);
        }
        catch (DomainException)
        {
            // The calendar for those days is not entered yet: the dialog gives the working days alone.
        }

        return new RankingView(call.Id, call.TitleZh, call.Budget, call.NoticeWorkingDays, window, entries)
        {
            LastDecision = await reviews.LastFundingDecisionAsync(callId, cancellationToken),
        };
    }

    public async Task<CommandResult> ProposeAsync(Guid applicationId, decimal? approvedAmount, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed"));
        }

        return approvedAmount is { } amount
            ? await reviews.SetAmountAndProposeAsync(applicationId, amount, staff, cancellationToken)
            : CommandResult.Fail(ReviewService.AmountField, ValidationText.Get("application.amount-required"));
    }

    public Task<CommandResult> WithdrawProposalAsync(Guid applicationId, Actor staff, CancellationToken cancellationToken) =>
        workflow.ApplyAsync(applicationId, ApplicationAction.WithdrawProposal, staff, new TransitionInput(), cancellationToken);

    public async Task<CommandResult> ProposeScenarioAsync(Guid callId, FundingScenarioKind scenario, decimal? percent, Actor staff, CancellationToken cancellationToken)
    {
        if (await RankingAsync(callId, staff, cancellationToken) is not { } view)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get(staff.Role == PortalRoles.CommitteeStaff ? "call.not-found" : "application.role-not-allowed"));
        }

        try
        {
            var ranking = view.Rank();
            var chosen = scenario switch
            {
                FundingScenarioKind.ScoreOrder => BudgetScenarios.ScoreOrder(ranking),
                FundingScenarioKind.ProRata => BudgetScenarios.ProRata(ranking),
                _ => BudgetScenarios.FlatPercent(ranking, percent ?? 0m),
            };
            return await reviews.ProposeScenarioAsync(callId, chosen, staff, cancellationToken);
        }
        catch (DomainException e)
        {
            return e.ToCommandResult();
        }
    }

    public async Task<PublishOutcome> PublishAsync(Guid callId, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return new(null, CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed")));
        }

        var (noticeId, result) = await notices.PublishAsync(callId, staff, cancellationToken);
        return new(noticeId, result);
    }
}
