using SubsidyPortal.Application.Applications;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Application.Reviews;

/// <summary>
/// What an expert must know to judge a conflict of interest, and nothing more: whose application (the enterprise),
/// which project, under which clause (and the policy document it is in) and call, and the expert's own organisation
/// as the committee recorded it.
/// The application itself (facts, materials, amounts) is not part of it.
/// </summary>
public sealed record DeclarationSubject(
    string ReferenceNumber, string EnterpriseName, string ProjectName, ClauseRef Clause, string PolicyTitle, string CallTitle, string ExpertOrganisation,
    DateOnly? ReviewDueOn = null);

/// <summary>
/// One expert's assignment as their page shows it, read in one go: the subject of the declaration, the declaration,
/// and only after "no conflict" the application's record and the call's rubric (together, never one without the
/// other), and the scores once submitted.
/// </summary>
public sealed record ExpertAssignmentView(
    Guid Id,
    ConflictDeclaration Declaration,
    DateTimeOffset AssignedAt,
    DateTimeOffset? DeclaredAt,
    string? ConflictNote,
    DeclarationSubject Subject,
    ApplicationView? Application,
    ScoringRubric? Rubric,
    IReadOnlyList<CriterionScore> Scores,
    decimal? WeightedTotal,
    DateTimeOffset? SubmittedAt)
{
    /// <summary>Declared no conflict, not yet scored, and the application is still in expert review.</summary>
    public bool MayScore => Application is { Status: ApplicationStatus.ExpertReview } && Rubric is not null && SubmittedAt is null;
}

/// <summary>One of the expert's finished assignments: scored, recused, or closed before it was scored.</summary>
public sealed record FinishedAssignmentRow(
    Guid Id, string ReferenceNumber, string EnterpriseName, string ProjectName, string CallTitle,
    ConflictDeclaration Declaration, decimal? WeightedTotal, DateTimeOffset? FinishedAt);

/// <summary>One criterion's score as typed on the form (the number as text, read strictly) and its comment.</summary>
public sealed record ScoreEntry(string CriterionCode, string? Score, string? Comment);

/// <summary>
/// 专家评审, the expert's side: the assignments done, one assignment with what the expert may see of it, the
/// conflict-of-interest declaration (a recusal draws a replacement) and the scores. Every call checks that the
/// assignment is the actor's own; another expert's is "not found".
/// </summary>
public interface IExpertReview
{
    /// <summary>The expert's assignments no longer waiting for them, latest first, paged in the database.</summary>
    Task<PagedResult<FinishedAssignmentRow>> FinishedAsync(Actor expert, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The assignment as the expert may see it now, or null when it is not theirs.</summary>
    Task<ExpertAssignmentView?> AssignmentAsync(Guid assignmentId, Actor expert, CancellationToken cancellationToken);

    Task<CommandResult> DeclareNoConflictAsync(Guid assignmentId, Actor expert, CancellationToken cancellationToken);

    /// <summary>申请回避: the note is required ("Note" field); a replacement is drawn in the same save, or nothing is saved.</summary>
    Task<CommandResult> RecuseAsync(Guid assignmentId, string? note, Actor expert, CancellationToken cancellationToken);

    /// <summary>Submits the scores once; each field's problem is returned beside it (<see cref="ScoreEntries"/>) and
    /// nothing is saved. When every drawn expert has scored, the aggregate goes onto the application.</summary>
    Task<CommandResult> ScoreAsync(Guid assignmentId, IReadOnlyList<ScoreEntry> entries, Actor expert, CancellationToken cancellationToken);
}
