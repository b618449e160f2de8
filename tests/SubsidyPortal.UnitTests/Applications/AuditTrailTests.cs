using SubsidyPortal.Domain.Applications;
using static SubsidyPortal.UnitTests.Applications.ApplicationBuilder;

namespace SubsidyPortal.UnitTests.Applications;

/// <summary>Every change leaves one audit line: who, when, from, to, why.</summary>
public class AuditTrailTests
{
    [Fact]
    public void The_whole_journey_is_recorded_in_order_with_who_and_why()
    {
        var application = In(ApplicationStatus.Approved);

        var lines = application.NewHistory;
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Sequence));
        Assert.Equal(
            ["Created", "Submit", "ConfirmByTown", "PassPreliminaryReview", "Propose", "PublishNotice", "Approve"],
            lines.Select(l => l.Action));
        Assert.Null(lines[0].From);
        Assert.Equal(ApplicationStatus.Draft, lines[0].To);
        Assert.All(lines.Skip(1).Zip(lines), pair => Assert.Equal(pair.Second.To, pair.First.From));
        Assert.Equal("新泾镇", lines[2].ActorName);
        Assert.Equal(Actor.SystemRole, lines[^1].ActorRole);
    }

    [Fact]
    public void A_rejection_records_its_reason_for_the_applicant()
    {
        var application = In(ApplicationStatus.PreliminaryReview);
        application.Apply(ApplicationAction.Reject, Staff, Satisfying() with { Reason = "  不符合支持条件  " });

        Assert.Equal("不符合支持条件", application.NewHistory[^1].Reason);
        Assert.Equal("不符合支持条件", application.DecisionReason);
    }

    [Fact]
    public void Each_change_raises_a_status_changed_event()
    {
        var application = In(ApplicationStatus.Submitted);
        var changed = Assert.Single(application.DomainEvents.OfType<ApplicationStatusChanged>());
        Assert.Equal((ApplicationStatus.Draft, ApplicationStatus.Submitted), (changed.From, changed.To));
    }
}
