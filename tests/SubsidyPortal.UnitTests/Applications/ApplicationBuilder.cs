using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Applications;

/// <summary>Walks an application along the happy path to the state a test needs, through the real transitions.</summary>
internal static class ApplicationBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 6, 1);
    public static readonly Guid EnterpriseId = Guid.Parse("0196f000-0000-7000-8000-000000000001");
    public static readonly Guid TownId = Guid.Parse("0196f000-0000-7000-8000-000000000002");

    public static Actor Applicant { get; } = new(Guid.NewGuid(), "王芳", PortalRoles.Applicant, EnterpriseId);
    public static Actor Town { get; } = new(Guid.NewGuid(), "新泾镇", PortalRoles.TownOrPark, TownOrParkId: TownId);
    public static Actor Staff { get; } = new(Guid.NewGuid(), "经办人", PortalRoles.CommitteeStaff);

    public static Actor ActorFor(string role) => role switch
    {
        PortalRoles.Applicant => Applicant,
        PortalRoles.TownOrPark => Town,
        Actor.SystemRole => Actor.System,
        _ => new Actor(Guid.NewGuid(), role, role),
    };

    /// <summary>A context in which every guard of every row holds (for an application built here).</summary>
    public static TransitionContext Satisfying(DateOnly? today = null) => new(Now, today ?? Today)
    {
        Reason = "材料不全",
        Deadline = (today ?? Today).AddDays(10),
        CallOpen = true,
        NoticeId = Guid.NewGuid(),
        NoticeLastDay = (today ?? Today).AddDays(-1),
    };

    public static SubsidyApplication Draft()
    {
        var application = SubsidyApplication.Start("CN-2026-000001", Guid.NewGuid(), "changning-2024/6-high-tech-first", ["营业执照", "高企证书"],
            EnterpriseId, TownId, "高企首次认定奖励", Applicant, Now);
        application.SaveAnswers(new Dictionary<string, string> { ["x"] = "1" }, Now);
        application.RecordEvaluation("{}", "{}", "v1@2024-04-03", EvaluationOutcome.Eligible,
            AmountCalculation.UpTo(200_000m, new Citation("changning-2024", "第 6 条", "…")), Now);
        for (var i = 0; i < application.RequiredMaterials.Count; i++)
        {
            application.AttachMaterial(new ApplicationMaterial(application.Id, i, application.RequiredMaterials[i], Guid.NewGuid(), $"{i}.pdf", "application/pdf", 10, new string('a', 64), Now), Now);
        }

        application.GiveIntegrityPledge(Now);
        return application;
    }

    public static SubsidyApplication In(ApplicationStatus status)
    {
        var a = Draft();
        var c = Satisfying();
        switch (status)
        {
            case ApplicationStatus.Draft:
                return a;
            case ApplicationStatus.Withdrawn:
                a.Apply(ApplicationAction.Withdraw, Applicant, c);
                return a;
        }

        a.Apply(ApplicationAction.Submit, Applicant, c);
        if (status == ApplicationStatus.Submitted)
        {
            return a;
        }

        a.Apply(ApplicationAction.ConfirmByTown, Town, c);
        switch (status)
        {
            case ApplicationStatus.PreliminaryReview:
                return a;
            case ApplicationStatus.ReturnedForCorrection:
                a.Apply(ApplicationAction.ReturnForCorrection, Staff, c);
                a.GiveIntegrityPledge(Now);
                return a;
            case ApplicationStatus.Rejected:
                a.Apply(ApplicationAction.Reject, Staff, c);
                return a;
        }

        a.Apply(ApplicationAction.PassPreliminaryReview, Staff, c);
        if (status == ApplicationStatus.ExpertReview)
        {
            return a;
        }

        a.RecordAggregatedScore(85m, Now);
        a.SetApprovedAmount(150_000m, Now);
        a.Apply(ApplicationAction.Propose, Staff, c);
        if (status == ApplicationStatus.ProposedForApproval)
        {
            return a;
        }

        a.Apply(ApplicationAction.PublishNotice, Staff, c);
        if (status == ApplicationStatus.PublicNotice)
        {
            return a;
        }

        a.Apply(ApplicationAction.Approve, Actor.System, c);
        if (status == ApplicationStatus.Approved)
        {
            return a;
        }

        a.Apply(ApplicationAction.Revoke, Staff, c);
        return status == ApplicationStatus.Revoked ? a : throw new ArgumentOutOfRangeException(nameof(status));
    }
}
