using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Awards;

/// <summary>
/// 项目进展和资金使用情况: one report the recipient owes on a date the committee set. Created, submitted and reviewed only
/// through <see cref="Award"/> (SetReportSchedule / SubmitReport / ReviewReport), which writes the audit line.
/// </summary>
/// <remarks>
/// 金科〔2025〕25 号 关于项目管理有关要求 二、项目全过程管理: "各专项资金支持项目执行过程中，项目单位应当定期向所在镇（园区）和
/// 区级主管部门报送项目进展和资金使用情况。区级主管部门加强过程指导和服务，并对项目单位开展资料核查或者现场核查"
/// </remarks>
public sealed class ProgressReport
{
    public const int ProgressMaxLength = 2000;
    public const int ReviewNoteMaxLength = 1000;

    private ProgressReport()
    {
    }

    internal ProgressReport(Guid awardId, int sequence, DateOnly dueOn)
    {
        Id = Guid.CreateVersion7();
        AwardId = awardId;
        Sequence = sequence;
        DueOn = dueOn;
        Status = ProgressReportStatus.Due;
    }

    public Guid Id { get; private set; }

    public Guid AwardId { get; private set; }

    /// <summary>1, 2, 3 … per award, never reused (a superseded report keeps its number).</summary>
    public int Sequence { get; private set; }

    public DateOnly DueOn { get; private set; }

    public ProgressReportStatus Status { get; private set; }

    /// <summary>项目进展: what has been done.</summary>
    public string? Progress { get; private set; }

    /// <summary>资金使用情况: the award money spent so far (yuan), never more than has been paid.</summary>
    public decimal? FundsUsed { get; private set; }

    /// <summary>How far the project is, 0–100.</summary>
    public int? PercentComplete { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedByName { get; private set; }

    public string? ReviewNote { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewedByName { get; private set; }

    /// <summary>逾期: past its due date and not submitted.</summary>
    public bool IsOverdue(DateOnly today) => Status == ProgressReportStatus.Due && DueOn < today;

    internal void Submit(string progress, decimal fundsUsed, int percentComplete, decimal paidSoFar, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ProgressReportMustBeIn(this, ProgressReportStatus.Due));
        var text = Guard.Required(progress, "report.progress-required", ProgressMaxLength);
        BusinessRules.Check(new FundsUsedMustNotExceedPaid(fundsUsed, paidSoFar));
        BusinessRules.Check(new PercentCompleteMustBeAPercent(percentComplete));
        Progress = text;
        FundsUsed = fundsUsed;
        PercentComplete = percentComplete;
        SubmittedAt = now;
        SubmittedByName = actor.Name;
        Status = ProgressReportStatus.Submitted;
    }

    internal void Review(string note, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ProgressReportMustBeIn(this, ProgressReportStatus.Submitted));
        ReviewNote = Guard.Required(note, "report.review-note-required", ReviewNoteMaxLength);
        ReviewedAt = now;
        ReviewedByName = actor.Name;
        Status = ProgressReportStatus.Reviewed;
    }

    internal void Supersede() => Status = ProgressReportStatus.Superseded;
}

/// <summary>报送周期: the first due date, then one report every <see cref="IntervalMonths"/> months, <see cref="Count"/> in all.</summary>
public sealed record ReportSchedule(DateOnly FirstDueOn, int IntervalMonths, int Count)
{
    public const int MaxIntervalMonths = 24;
    public const int MaxCount = 20;

    /// <summary>The due dates; AddMonths keeps month ends sensible (31 Aug + 6 months = 28/29 Feb).</summary>
    public IReadOnlyList<DateOnly> DueDates() =>
        Enumerable.Range(0, Count).Select(i => FirstDueOn.AddMonths(i * IntervalMonths)).ToList();
}
