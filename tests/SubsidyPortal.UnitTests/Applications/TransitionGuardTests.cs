using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Applications.ApplicationBuilder;

namespace SubsidyPortal.UnitTests.Applications;

/// <summary>Each guard of the table refuses with its own code, and a refused change leaves no trace.</summary>
public class TransitionGuardTests
{
    private static void Refused(string code, SubsidyApplication application, ApplicationAction action, Actor actor, TransitionContext context)
    {
        var status = application.Status;
        var history = application.HistoryCount;
        var refused = Assert.Throws<DomainException>(() => application.Apply(action, actor, context));
        Assert.Equal(code, refused.Code);
        Assert.Equal(status, application.Status);
        Assert.Equal(history, application.HistoryCount);
    }

    [Fact]
    public void An_applicant_cannot_act_on_another_enterprises_application()
    {
        var other = new Actor(Guid.NewGuid(), "他人", PortalRoles.Applicant, Guid.NewGuid());
        Refused("application.not-your-enterprise", Draft(), ApplicationAction.Submit, other, Satisfying());
        Refused("application.not-your-enterprise", In(ApplicationStatus.Submitted), ApplicationAction.Withdraw, other, Satisfying());
    }

    [Fact]
    public void A_town_cannot_confirm_another_towns_enterprise()
    {
        var other = new Actor(Guid.NewGuid(), "其他镇", PortalRoles.TownOrPark, TownOrParkId: Guid.NewGuid());
        Refused("application.not-your-town", In(ApplicationStatus.Submitted), ApplicationAction.ConfirmByTown, other, Satisfying());
        var unbound = new Actor(Guid.NewGuid(), "未绑定", PortalRoles.TownOrPark);
        Refused("application.not-your-town", In(ApplicationStatus.Submitted), ApplicationAction.ConfirmByTown, unbound, Satisfying());
    }

    [Fact]
    public void Submission_needs_an_open_call()
    {
        Refused("application.call-closed", Draft(), ApplicationAction.Submit, Applicant, Satisfying() with { CallOpen = false });
    }

    [Fact]
    public void Submission_needs_the_integrity_pledge()
    {
        var application = Draft();
        application.SaveAnswers(new Dictionary<string, string> { ["y"] = "2" }, Now);
        application.RecordEvaluation("{}", "{}", "v", EvaluationOutcome.Eligible, AmountCalculation.UpTo(1m, new Citation("p", "a", "q")), Now);
        Refused("application.pledge-required", application, ApplicationAction.Submit, Applicant, Satisfying());
    }

    [Fact]
    public void Submission_needs_a_file_for_every_checklist_item()
    {
        var application = Draft();
        application.RemoveMaterial(application.Materials[0].Id, Now);
        application.GiveIntegrityPledge(Now);
        var refused = Assert.Throws<DomainException>(() => application.Apply(ApplicationAction.Submit, Applicant, Satisfying()));
        Assert.Equal("application.materials-missing", refused.Code);
        Assert.Contains("营业执照", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EvaluationOutcome.NotEligible)]
    [InlineData(EvaluationOutcome.NeedsInput)]
    [InlineData(EvaluationOutcome.NoRuleInForce)]
    public void Submission_needs_the_rule_to_say_eligible(EvaluationOutcome outcome)
    {
        var application = Draft();
        application.RecordEvaluation("{}", "{}", "v", outcome, null, Now);
        application.GiveIntegrityPledge(Now);
        Refused("application.not-eligible", application, ApplicationAction.Submit, Applicant, Satisfying());
    }

    [Fact]
    public void Changing_the_answers_clears_the_evaluation_and_the_pledge()
    {
        var application = Draft();
        application.SaveAnswers(new Dictionary<string, string> { ["x"] = "2" }, Now);
        Assert.Null(application.EvaluatedOutcome);
        Assert.Null(application.IntegrityPledgedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Returns_rejections_and_declines_need_a_reason(string? reason)
    {
        var context = Satisfying() with { Reason = reason };
        Refused("application.reason-required", In(ApplicationStatus.PreliminaryReview), ApplicationAction.ReturnForCorrection, Staff, context);
        Refused("application.reason-required", In(ApplicationStatus.PreliminaryReview), ApplicationAction.Reject, Staff, context);
        Refused("application.reason-required", In(ApplicationStatus.Submitted), ApplicationAction.DeclineByTown, Town, context);
        Refused("application.reason-required", In(ApplicationStatus.PublicNotice), ApplicationAction.UpholdObjection, Staff, context);
        Refused("application.reason-required", In(ApplicationStatus.Approved), ApplicationAction.Revoke, Staff, context);
    }

    [Fact]
    public void A_reason_longer_than_a_thousand_characters_is_refused()
    {
        var context = Satisfying() with { Reason = new string('理', 1001) };
        Refused("application.reason-required", In(ApplicationStatus.PreliminaryReview), ApplicationAction.Reject, Staff, context);
    }

    [Fact]
    public void A_correction_deadline_must_be_after_today()
    {
        Refused("application.deadline-not-future", In(ApplicationStatus.PreliminaryReview), ApplicationAction.ReturnForCorrection, Staff,
            Satisfying() with { Deadline = Today });
        Refused("application.deadline-not-future", In(ApplicationStatus.PreliminaryReview), ApplicationAction.ReturnForCorrection, Staff,
            Satisfying() with { Deadline = null });
    }

    [Fact]
    public void A_correction_is_accepted_on_the_deadline_and_refused_the_day_after()
    {
        var deadline = Today.AddDays(10);
        var onTime = In(ApplicationStatus.ReturnedForCorrection);
        onTime.Apply(ApplicationAction.Resubmit, Applicant, Satisfying(deadline));
        Assert.Equal(ApplicationStatus.PreliminaryReview, onTime.Status);

        Refused("application.correction-deadline-passed", In(ApplicationStatus.ReturnedForCorrection), ApplicationAction.Resubmit, Applicant,
            Satisfying(deadline.AddDays(1)));
    }

    [Fact]
    public void A_returned_application_must_be_pledged_again_before_resubmission()
    {
        var application = In(ApplicationStatus.PreliminaryReview);
        application.Apply(ApplicationAction.ReturnForCorrection, Staff, Satisfying());
        Refused("application.pledge-required", application, ApplicationAction.Resubmit, Applicant, Satisfying());
    }

    [Fact]
    public void Proposal_needs_the_aggregated_score_and_an_approved_amount()
    {
        Refused("application.score-missing", In(ApplicationStatus.ExpertReview), ApplicationAction.Propose, Staff, Satisfying());
        var scored = In(ApplicationStatus.ExpertReview);
        scored.RecordAggregatedScore(80m, Now);
        Refused("application.amount-invalid", scored, ApplicationAction.Propose, Staff, Satisfying());
    }

    [Theory]
    [InlineData("200000.01")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("100.001")]
    public void An_approved_amount_above_the_ceiling_or_not_positive_fen_is_refused(string amount)
    {
        var application = In(ApplicationStatus.ExpertReview);
        var refused = Assert.Throws<DomainException>(() => application.SetApprovedAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Now));
        Assert.Equal("application.amount-invalid", refused.Code);
        Assert.Null(application.ApprovedAmount);
    }

    [Fact]
    public void An_approved_amount_equal_to_the_ceiling_is_accepted()
    {
        var application = In(ApplicationStatus.ExpertReview);
        application.SetApprovedAmount(200_000m, Now);
        Assert.Equal(200_000m, application.ApprovedAmount);
    }

    [Fact]
    public void Approval_waits_until_the_notice_window_has_ended()
    {
        var application = In(ApplicationStatus.ProposedForApproval);
        application.Apply(ApplicationAction.PublishNotice, Staff, Satisfying() with { NoticeLastDay = Today });
        Refused("application.notice-still-open", application, ApplicationAction.Approve, Actor.System, Satisfying());
        application.Apply(ApplicationAction.Approve, Actor.System, Satisfying(Today.AddDays(1)));
        Assert.Equal(ApplicationStatus.Approved, application.Status);
    }

    [Fact]
    public void Approval_waits_while_an_objection_is_open()
    {
        Refused("application.objection-open", In(ApplicationStatus.PublicNotice), ApplicationAction.Approve, Actor.System,
            Satisfying() with { OpenObjections = 1 });
    }

    [Fact]
    public void Drafts_cannot_be_edited_once_submitted()
    {
        var application = In(ApplicationStatus.Submitted);
        var refused = Assert.Throws<DomainException>(() => application.SaveAnswers(new Dictionary<string, string>(), Now));
        Assert.Equal("application.not-editable", refused.Code);
    }
}
