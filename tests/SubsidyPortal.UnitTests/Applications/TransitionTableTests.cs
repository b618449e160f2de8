using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.UnitTests.Applications;

/// <summary>Every (action, state, role) combination: allowed exactly when the transition table has that row.</summary>
public class TransitionTableTests
{
    private static readonly string[] Roles = [.. PortalRoles.All, Actor.SystemRole];

    public static TheoryData<ApplicationAction, ApplicationStatus> EveryActionFromEveryState()
    {
        var data = new TheoryData<ApplicationAction, ApplicationStatus>();
        foreach (var action in Enum.GetValues<ApplicationAction>())
        {
            foreach (var status in Enum.GetValues<ApplicationStatus>())
            {
                data.Add(action, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionFromEveryState))]
    public void An_action_succeeds_for_each_role_in_its_row_and_is_refused_for_every_other_role_and_state(ApplicationAction action, ApplicationStatus from)
    {
        var row = ApplicationTransitions.Find(action, from);
        foreach (var role in Roles)
        {
            var application = ApplicationBuilder.In(from);
            if (from == ApplicationStatus.ExpertReview)
            {
                // Scored and priced, so that only the table decides whether proposing is possible.
                application.RecordAggregatedScore(90m, ApplicationBuilder.Now);
                application.SetApprovedAmount(100_000m, ApplicationBuilder.Now);
            }

            var historyBefore = application.HistoryCount;
            var attempt = () => application.Apply(action, ApplicationBuilder.ActorFor(role), ApplicationBuilder.Satisfying());

            if (row is not null && row.Roles.Contains(role))
            {
                attempt();
                Assert.Equal(row.To, application.Status);
                Assert.Equal(historyBefore + 1, application.HistoryCount);
            }
            else
            {
                var refused = Assert.Throws<DomainException>(attempt);
                Assert.Equal(row is null ? "application.transition-not-allowed" : "application.role-not-allowed", refused.Code);
                Assert.Equal(from, application.Status);
                Assert.Equal(historyBefore, application.HistoryCount);
            }
        }
    }

    [Fact]
    public void Every_state_but_the_final_ones_has_a_way_out()
    {
        var final = new[] { ApplicationStatus.Rejected, ApplicationStatus.Withdrawn, ApplicationStatus.Revoked };
        foreach (var status in Enum.GetValues<ApplicationStatus>().Except(final))
        {
            Assert.Contains(ApplicationTransitions.Table, t => t.From.Contains(status));
        }

        foreach (var status in final)
        {
            Assert.DoesNotContain(ApplicationTransitions.Table, t => t.From.Contains(status));
        }
    }

    [Fact]
    public void No_action_has_two_rows_from_the_same_state()
    {
        var pairs = ApplicationTransitions.Table.SelectMany(t => t.From.Select(f => (t.Action, f))).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }

    [Fact]
    public void Only_the_background_job_approves()
    {
        var approve = Assert.Single(ApplicationTransitions.Table, t => t.Action == ApplicationAction.Approve);
        Assert.Equal([Actor.SystemRole], approve.Roles);
    }

    [Fact]
    public void Actions_offered_to_a_role_are_those_its_rows_allow()
    {
        Assert.Equal([ApplicationAction.ConfirmByTown, ApplicationAction.DeclineByTown],
            ApplicationTransitions.ActionsFor(ApplicationStatus.Submitted, PortalRoles.TownOrPark));
        Assert.Empty(ApplicationTransitions.ActionsFor(ApplicationStatus.PreliminaryReview, PortalRoles.Expert));
    }
}
