using SubsidyPortal.Application.Committee;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Committee;

/// <summary>
/// The committee's stages, in one place for its work queue, its lists and its pages: a state, with 专家评审 split into
/// experts still to draw (no expert on the panel who has not recused), scoring under way, and scored (waiting to be
/// ranked). Also the work-queue sections an application can be worked from.
/// </summary>
public static class CommitteeStages
{
    public const string PreliminaryQueue = "committee.preliminary";
    public const string DrawQueue = "committee.draw";
    public const string ScoringQueue = "committee.scoring";
    public const string RankingQueue = "committee.ranking";
    public const string ObjectionsQueue = "committee.objections";

    /// <summary>The applications of <paramref name="applications"/> at <paramref name="stage"/>.</summary>
    public static IQueryable<SubsidyApplication> In(PortalDbContext db, IQueryable<SubsidyApplication> applications, CommitteeStage stage)
    {
        return stage switch
        {
            CommitteeStage.Draw => applications.Where(a => a.Status == ApplicationStatus.ExpertReview
                                                         && !db.ExpertAssignments.Any(x => x.ApplicationId == a.Id && x.Declaration != ConflictDeclaration.Recused)),
            CommitteeStage.Scoring => applications.Where(a => a.Status == ApplicationStatus.ExpertReview && a.AggregatedScore == null
                                                            && db.ExpertAssignments.Any(x => x.ApplicationId == a.Id && x.Declaration != ConflictDeclaration.Recused)),
            CommitteeStage.Ranking => applications.Where(a => a.Status == ApplicationStatus.ExpertReview && a.AggregatedScore != null),
            _ => applications.Where(a => a.Status == StatusOf(stage)),
        };
    }

    /// <summary>Where one application is, from its state, whether it has a panel and whether it is scored (the
    /// same split as <see cref="In"/>, for rows already read).</summary>
    public static CommitteeStage Of(ApplicationStatus status, bool hasPanel, bool scored) => status switch
    {
        ApplicationStatus.ExpertReview when scored => CommitteeStage.Ranking,
        ApplicationStatus.ExpertReview when hasPanel => CommitteeStage.Scoring,
        ApplicationStatus.ExpertReview => CommitteeStage.Draw,
        ApplicationStatus.Submitted => CommitteeStage.Submitted,
        ApplicationStatus.PreliminaryReview => CommitteeStage.Preliminary,
        ApplicationStatus.ReturnedForCorrection => CommitteeStage.Returned,
        ApplicationStatus.ProposedForApproval => CommitteeStage.Proposed,
        ApplicationStatus.PublicNotice => CommitteeStage.Notice,
        ApplicationStatus.Approved => CommitteeStage.Approved,
        ApplicationStatus.Rejected => CommitteeStage.Rejected,
        ApplicationStatus.Withdrawn => CommitteeStage.Withdrawn,
        ApplicationStatus.Revoked => CommitteeStage.Revoked,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A draft is the enterprise's own and has no committee stage."),
    };

    /// <summary>The work-queue section a stage is worked from, when it is one.</summary>
    public static string? QueueOf(CommitteeStage stage) => stage switch
    {
        CommitteeStage.Preliminary => PreliminaryQueue,
        CommitteeStage.Draw => DrawQueue,
        CommitteeStage.Scoring => ScoringQueue,
        _ => null,
    };

    /// <summary>The stage a work-queue section lists, for the sections that list applications by stage.</summary>
    public static CommitteeStage? StageOfQueue(string? queue) => queue switch
    {
        PreliminaryQueue => CommitteeStage.Preliminary,
        DrawQueue => CommitteeStage.Draw,
        ScoringQueue => CommitteeStage.Scoring,
        RankingQueue => CommitteeStage.Ranking,
        _ => null,
    };

    /// <summary>Each application with the moment it got where it is: its last state change (a score or an amount
    /// set since does not restart the wait). Ordered and paged in the database.</summary>
    public static IQueryable<Waiting> WithSince(IQueryable<SubsidyApplication> applications) =>
        applications.Select(a => new Waiting
        {
            Application = a,
            Since = a.StatusChangedAt,
        });

    private static ApplicationStatus StatusOf(CommitteeStage stage) => stage switch
    {
        CommitteeStage.Submitted => ApplicationStatus.Submitted,
        CommitteeStage.Preliminary => ApplicationStatus.PreliminaryReview,
        CommitteeStage.Returned => ApplicationStatus.ReturnedForCorrection,
        CommitteeStage.Proposed => ApplicationStatus.ProposedForApproval,
        CommitteeStage.Notice => ApplicationStatus.PublicNotice,
        CommitteeStage.Approved => ApplicationStatus.Approved,
        CommitteeStage.Rejected => ApplicationStatus.Rejected,
        CommitteeStage.Withdrawn => ApplicationStatus.Withdrawn,
        CommitteeStage.Revoked => ApplicationStatus.Revoked,
        _ => ApplicationStatus.ExpertReview,
    };
}

/// <summary>An application and since when it has been at its stage.</summary>
public sealed class Waiting
{
    public SubsidyApplication Application { get; init; } = default!;

    public DateTimeOffset Since { get; init; }
}
