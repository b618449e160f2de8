using System.Globalization;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Domain.Awards;

/// <summary>
/// After the award (金科〔2025〕25 号 关于项目管理有关要求 二、三): change requests and progress reports. They are their own rows,
/// but every change to them goes through the award, so it lands on the award's money trail and bumps its row version
/// (two racing changes to one award cannot both be saved).
/// </summary>
public sealed partial class Award
{
    /// <summary>三、项目变更: the recipient asks for written approval of a major change.</summary>
    public ChangeRequest FileChange(
        ChangeKind kind, string description, decimal? plannedTotal, decimal? newTotal, decimal? structurePercent,
        IReadOnlyCollection<ChangeRequest> existing, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ChangeMustBeFiledByTheRecipient(this, actor));
        BusinessRules.Check(new ChangeMayBeFiledOnlyOnActiveAward(this));
        BusinessRules.Check(new OnePendingChangePerKind(existing.Where(r => r.AwardId == Id), kind));
        var request = ChangeRequest.File(this, kind, description, plannedTotal, newTotal, structurePercent, actor, now);
        var investment = request.TotalChangePercent is { } pct
            ? string.Create(CultureInfo.InvariantCulture, $"；总投资 {plannedTotal:0.00} → {newTotal:0.00}（{pct:0.##}%），结构变动 {structurePercent:0.##}%")
            : string.Empty;
        Record("ChangeRequested", null, actor, now, Note($"{kind}{investment}：{request.Description}"));
        return request;
    }

    /// <summary>经研究和书面同意: staff approve or refuse, always with the written decision.</summary>
    public void DecideChange(ChangeRequest request, bool approve, string decision, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        Own(request.AwardId);
        BusinessRules.Check(new ApprovalNeedsAnActiveAward(this, approve));
        request.Decide(approve, decision, actor, now);
        Record(approve ? "ChangeApproved" : "ChangeRefused", null, actor, now, Note($"{request.Kind}：{request.Decision}"));
    }

    /// <summary>
    /// 定期报送: staff set when reports are due. Reports not yet submitted are superseded by the new schedule (kept, marked);
    /// submitted ones stay. Returns the new reports to add.
    /// </summary>
    public IReadOnlyList<ProgressReport> SetReportSchedule(
        ReportSchedule schedule, IReadOnlyCollection<ProgressReport> existing, Actor actor, DateTimeOffset now, DateOnly today)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        BusinessRules.Check(new ReportsNeedAnAwardNotRevoked(this));
        BusinessRules.Check(new ReportScheduleMustBeSensible(schedule, today));
        var superseded = 0;
        foreach (var report in existing.Where(r => r.AwardId == Id && r.Status == ProgressReportStatus.Due))
        {
            report.Supersede();
            superseded++;
        }

        var next = existing.Where(r => r.AwardId == Id).Select(r => r.Sequence).DefaultIfEmpty(0).Max();
        var added = schedule.DueDates().Select(due => new ProgressReport(Id, ++next, due)).ToList();
        var replaced = superseded > 0 ? $"（替换未报送的 {superseded} 期）" : string.Empty;
        Record("ReportScheduleSet", null, actor, now, string.Create(
            CultureInfo.InvariantCulture, $"{schedule.FirstDueOn:yyyy-MM-dd} 起每 {schedule.IntervalMonths} 个月 × {schedule.Count}{replaced}"));
        return added;
    }

    /// <summary>The recipient reports progress and how much of the paid money it has used.</summary>
    public void SubmitReport(ProgressReport report, string progress, decimal fundsUsed, int percentComplete, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ChangeMustBeFiledByTheRecipient(this, actor));
        BusinessRules.Check(new ReportsNeedAnAwardNotRevoked(this));
        Own(report.AwardId);
        report.Submit(progress, fundsUsed, percentComplete, PaidAmount, actor, now);
        Record("ProgressReported", fundsUsed, actor, now, string.Create(CultureInfo.InvariantCulture, $"第 {report.Sequence} 期（{report.DueOn:yyyy-MM-dd}）：{percentComplete}%"));
    }

    /// <summary>资料核查: staff record what they made of a submitted report.</summary>
    public void ReviewReport(ProgressReport report, string note, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        Own(report.AwardId);
        report.Review(note, actor, now);
        Record("ProgressReviewed", null, actor, now, Note(string.Create(CultureInfo.InvariantCulture, $"第 {report.Sequence} 期：{report.ReviewNote}")));
    }

    private void Own(Guid awardId)
    {
        if (awardId != Id)
        {
            throw new DomainException("award.not-found", $"The record belongs to another award than {AwardNumber}.");
        }
    }

    // The trail's note column holds 1000 characters; a long description is cut there (the full text stays on its row).
    private static string Note(string text) => text.Length <= NoteMaxLength ? text : text[..(NoteMaxLength - 1)] + "…";
}
