using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Applications;

/// <summary>A clause of an open call the enterprise may apply under, and its application there if it has one.</summary>
public sealed record ClauseOffer(ClauseRef Clause, Guid? ApplicationId, ApplicationStatus? ApplicationStatus);

/// <summary>A call open today, its 受理截止 and its clauses.</summary>
public sealed record CallOffer(CallRef Call, int Year, IReadOnlyList<ClauseOffer> Clauses);

/// <summary>The outcome of starting an application: its id, or why not.</summary>
public sealed record StartOutcome(Guid? ApplicationId, CommandResult Result);

/// <summary>One of the enterprise's applications in its list.</summary>
public sealed record MyApplicationRow(
    Guid Id, string ReferenceNumber, string ProjectName, string ClauseTitle, ApplicationStatus Status,
    DateTimeOffset UpdatedAt, DateOnly? Deadline, int? WorkingDaysLeft);

/// <summary>A question of the clause the enterprise answers (what its profile does not settle) and its saved answer.</summary>
public sealed record Question(FactDefinition Input, string? Answer);

/// <summary>What the filing page shows while the enterprise may edit: the record, its questions and the live rule.</summary>
public sealed record FilingView(ApplicationView Application, IReadOnlyList<Question> Questions, Evaluation? Preview, bool CanWithdraw);

/// <summary>
/// 申报, the enterprise's side: the calls it may apply to, starting, saving draft answers as it goes, uploading the
/// checklist's files, the rule's preview, the 守信承诺 and submission, withdrawal, and its list of applications.
/// Every call checks that the application is the actor's own enterprise's.
/// </summary>
public interface IApplicationFiling
{
    Task<IReadOnlyList<CallOffer>> OpenCallsAsync(Actor applicant, CancellationToken cancellationToken);

    Task<StartOutcome> StartAsync(Guid callId, string clauseId, string? projectName, Actor applicant, CancellationToken cancellationToken);

    Task<PagedResult<MyApplicationRow>> MyApplicationsAsync(Actor applicant, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The application with its questions and, while editable, the rule's preview; null when not the actor's.</summary>
    Task<FilingView?> FilingAsync(Guid applicationId, Actor applicant, CancellationToken cancellationToken);

    /// <summary>Saves the project name and answers; every answer is checked, and on any error nothing is saved.</summary>
    Task<CommandResult> SaveDraftAsync(Guid applicationId, string? projectName, IReadOnlyDictionary<string, string?> answers, Actor applicant, CancellationToken cancellationToken);

    Task<CommandResult> UploadAsync(Guid applicationId, int itemIndex, Stream content, string? fileName, Actor applicant, CancellationToken cancellationToken);

    Task<CommandResult> RemoveMaterialAsync(Guid applicationId, Guid materialId, Actor applicant, CancellationToken cancellationToken);

    /// <summary>守信承诺 + 提交 (or 重新提交 after a return): fixes the facts and the rule's evaluation in the same save.</summary>
    Task<CommandResult> SubmitAsync(Guid applicationId, bool pledged, Actor applicant, CancellationToken cancellationToken);

    Task<CommandResult> WithdrawAsync(Guid applicationId, Actor applicant, CancellationToken cancellationToken);
}
