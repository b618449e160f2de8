using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Applications;

/// <summary>The clause an application is made under, as people cite it.</summary>
public sealed record ClauseRef(string Id, string TitleZh, string Article, string PolicyDocument, string Quote);

/// <summary>The call (申报批次) it belongs to, with its 受理截止 and the working days left.</summary>
public sealed record CallRef(Guid Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, int? WorkingDaysLeft);

/// <summary>One fact of the clause with its definition (label, unit, type) and its value as recorded (invariant text).</summary>
public sealed record FactLine(FactDefinition Input, string Value);

/// <summary>One file given for a checklist item.</summary>
public sealed record MaterialFile(Guid Id, string Name, long Length, DateTimeOffset UploadedAt);

/// <summary>One item of the clause's checklist (申报材料) and the files given for it.</summary>
public sealed record MaterialItem(int Index, string Name, IReadOnlyList<MaterialFile> Files)
{
    public bool Provided => Files.Count > 0;
}

/// <summary>
/// One application as every role reads it (the record each signs off on): what is applied for under which clause,
/// the facts of that clause only (never another clause's), the rule's outcome and amount, the materials, the
/// decisions and the audit trail. The enterprise's draft answers and live preview are filled while it may edit.
/// </summary>
public sealed record ApplicationView(
    Guid Id,
    string ReferenceNumber,
    string ProjectName,
    ApplicationStatus Status,
    Guid EnterpriseId,
    string EnterpriseName,
    ClauseRef Clause,
    CallRef Call,
    IReadOnlyList<FactLine> Facts,
    string? RuleSetVersion,
    EvaluationOutcome? Outcome,
    decimal? EvaluatedAmount,
    AmountKind? EvaluatedAmountKind,
    decimal? AggregatedScore,
    decimal? ApprovedAmount,
    IReadOnlyList<MaterialItem> Materials,
    string? CorrectionReason,
    DateOnly? CorrectionDeadline,
    int? CorrectionWorkingDaysLeft,
    string? DecisionReason,
    DateTimeOffset? SubmittedAt,
    DateOnly? NoticeLastDay,
    IReadOnlyList<ApplicationEvent> Timeline)
{
    public bool Editable => Status is ApplicationStatus.Draft or ApplicationStatus.ReturnedForCorrection;

    public bool AllMaterialsProvided => Materials.All(m => m.Provided);
}
