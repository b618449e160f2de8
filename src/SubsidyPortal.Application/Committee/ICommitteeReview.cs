using SubsidyPortal.Application.Applications;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Notices;

namespace SubsidyPortal.Application.Committee;

public enum FindingLevel
{
    Ok,
    Warning,
    Blocking,
}

/// <summary>
/// One automatic check (自动核查) in the reader's two languages; when it is about another application of the same
/// enterprise, that application's 申报编号 and state, so the page names the state in words.
/// </summary>
public sealed record ReviewFinding(string Code, FindingLevel Level, string TextZh, string TextEn, ApplicationStatus? OtherStatus);

/// <summary>A drawn expert as staff see them: name, organisation, declaration and total once scored.</summary>
public sealed record PanelMember(string Name, string Organisation, ConflictDeclaration Declaration, decimal? WeightedTotal, DateTimeOffset? ScoredAt);

/// <summary>综合评分 so far: the mean (once every drawn expert has scored), how many scored, how many extremes dropped.</summary>
public sealed record PanelScore(decimal? Mean, int Count, int Dropped, bool SpreadFlag, decimal? Spread);

public sealed record OpinionLine(string Department, string Opinion, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>An objection lodged against the application during its 公示, and how it was resolved.</summary>
public sealed record ObjectionLine(Guid Id, string Name, string Contact, string Text, DateTimeOffset LodgedAt, ObjectionStatus Status, string? Resolution, DateTimeOffset? ResolvedAt);

/// <summary>The award an approved application became (money is handled there).</summary>
public sealed record AwardLink(Guid Id, string Number);

/// <summary>
/// The review page: the record, the automatic findings, the decisions valid now, the expert panel, the departments'
/// opinions and the objections; its stage, and the work-queue section it waits in now (e.g. "committee.preliminary"), if any.
/// </summary>
public sealed record ReviewView(
    ApplicationView Application,
    IReadOnlyList<ReviewFinding> Findings,
    IReadOnlyList<ApplicationAction> Decisions,
    AwardLink? Award,
    int ExpertsPerApplication,
    string ExpertSpecialty,
    IReadOnlyList<PanelMember> Panel,
    PanelScore Score,
    bool CanDraw,
    bool CanRecordOpinion,
    IReadOnlyList<OpinionLine> Opinions,
    IReadOnlyList<ObjectionLine> Objections,
    CommitteeStage Stage,
    string? QueueKey);

/// <summary>The next item of a work-queue section after the one just handled, and how many are left in it.</summary>
public sealed record QueueNext(Guid ApplicationId, string ReferenceNumber, string EnterpriseName, string ProjectName, int Remaining);

/// <summary>
/// 初审 and 评审, one application at a time: the record with its findings; pass, return for correction (reason and a
/// deadline in the future), reject (reason), revoke an approval that has no award; draw the experts; record other
/// departments' opinions; uphold or dismiss an objection. Each command says in the reader's language why it was
/// refused, e.g. when someone else acted first.
/// </summary>
public interface ICommitteeReview
{
    Task<ReviewView?> ReviewAsync(Guid applicationId, Actor staff, CancellationToken cancellationToken);

    /// <summary>One of <see cref="ReviewView.Decisions"/> with its reason and (for a return) its correction deadline.</summary>
    Task<CommandResult> DecideAsync(Guid applicationId, ApplicationAction decision, string? reason, DateOnly? deadline, Actor staff, CancellationToken cancellationToken);

    Task<CommandResult> DrawExpertsAsync(Guid applicationId, Actor staff, CancellationToken cancellationToken);

    Task<CommandResult> RecordOpinionAsync(Guid applicationId, string? department, string? opinion, Actor staff, CancellationToken cancellationToken);

    Task<CommandResult> ResolveObjectionAsync(Guid applicationId, Guid objectionId, bool upheld, string? resolution, Actor staff, CancellationToken cancellationToken);

    /// <summary>The oldest other application waiting in the work-queue section <paramref name="queueKey"/> (待初审,
    /// 待抽取专家, 评审中, 公示异议), or null when none is left.</summary>
    Task<QueueNext?> NextAsync(string queueKey, Guid after, Actor staff, CancellationToken cancellationToken);
}
