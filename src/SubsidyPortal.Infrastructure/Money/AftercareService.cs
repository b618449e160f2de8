using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>What an enterprise types to ask for a change (项目变更). Numbers arrive as typed, so a slip gets a message, not a crash.</summary>
public sealed class ChangeRequestInput
{
    public string? Kind { get; set; }

    public string? Description { get; set; }

    public string? PlannedTotal { get; set; }

    public string? NewTotal { get; set; }

    public string? StructurePercent { get; set; }
}

/// <summary>Staff's written decision on a change request: Outcome is "Approved" or "Refused".</summary>
public sealed class ChangeDecisionInput
{
    public string? Outcome { get; set; }

    public string? Decision { get; set; }
}

/// <summary>报送计划 as staff type it: first due date (yyyy-MM-dd), months between reports, number of reports.</summary>
public sealed class ReportScheduleInput
{
    public string? FirstDueOn { get; set; }

    public string? IntervalMonths { get; set; }

    public string? Count { get; set; }
}

/// <summary>One progress report as the enterprise types it.</summary>
public sealed class ProgressReportInput
{
    public string? Progress { get; set; }

    public string? FundsUsed { get; set; }

    public string? PercentComplete { get; set; }
}

/// <summary>
/// After the award (金科〔2025〕25 号 关于项目管理有关要求 二、三): the enterprise files change requests and progress reports,
/// committee staff decide the changes in writing, set the reporting schedule and review reports. Each command loads the
/// award, changes it through its own methods (which write the money trail), tells the enterprise when staff acted, and
/// saves all or nothing.
/// </summary>
public sealed class AftercareService(MoneyStore store, IClock clock)
{
    private PortalDbContext Db => store.Db;

    public async Task<CommandResult> FileChangeAsync(Guid awardId, ChangeRequestInput input, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(awardId, actor, async award =>
        {
            if (!Enum.TryParse<ChangeKind>(input.Kind, out var kind) || !Enum.IsDefined(kind))
            {
                throw new DomainException("change.kind-invalid", "No kind chosen.");
            }

            decimal? planned = null, changed = null, structure = null;
            if (kind == ChangeKind.Investment)
            {
                planned = ParseYuan(input.PlannedTotal, "change.planned-investment-invalid");
                changed = ParseYuan(input.NewTotal, "change.new-investment-invalid");
                structure = ParseYuan(input.StructurePercent, "change.structure-percent-invalid");
            }

            var existing = await Db.ChangeRequests.Where(r => r.AwardId == award.Id && r.Status == ChangeRequestStatus.Pending).ToListAsync(cancellationToken);
            var request = award.FileChange(kind, input.Description ?? string.Empty, planned, changed, structure, existing, actor, clock.Now);
            Db.ChangeRequests.Add(request);
        }, cancellationToken);

    public async Task<CommandResult> DecideChangeAsync(Guid awardId, Guid requestId, ChangeDecisionInput input, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(awardId, actor, async award =>
        {
            var request = await Db.ChangeRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.AwardId == award.Id, cancellationToken)
                ?? throw new DomainException("change.not-found", $"No change request {requestId} on this award.");
            bool approve = input.Outcome switch
            {
                nameof(ChangeRequestStatus.Approved) => true,
                nameof(ChangeRequestStatus.Refused) => false,
                _ => throw new DomainException("change.outcome-required", "Approve or refuse."),
            };
            award.DecideChange(request, approve, input.Decision ?? string.Empty, actor, clock.Now);
            Db.Notifications.Add(AftercareNotifications.ChangeDecided(award, request, clock.Now));
        }, cancellationToken);

    public async Task<CommandResult> SetReportScheduleAsync(Guid awardId, ReportScheduleInput input, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(awardId, actor, async award =>
        {
            if (!DateOnly.TryParseExact(input.FirstDueOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
                || !int.TryParse(input.IntervalMonths, NumberStyles.Integer, CultureInfo.InvariantCulture, out var interval)
                || !int.TryParse(input.Count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                throw new DomainException("report.schedule-invalid", "The schedule could not be read.");
            }

            var existing = await Db.ProgressReports.Where(r => r.AwardId == award.Id).ToListAsync(cancellationToken);
            var added = award.SetReportSchedule(new ReportSchedule(first, interval, count), existing, actor, clock.Now, clock.Today);
            Db.ProgressReports.AddRange(added);
            Db.Notifications.Add(AftercareNotifications.ScheduleSet(award, added, clock.Now));
        }, cancellationToken);

    public async Task<CommandResult> SubmitReportAsync(Guid awardId, Guid reportId, ProgressReportInput input, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(awardId, actor, async award =>
        {
            var report = await ReportAsync(award, reportId, cancellationToken);
            var funds = ParseYuan(input.FundsUsed, "report.funds-used-invalid");
            if (!int.TryParse(input.PercentComplete?.Trim().TrimEnd('%'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent))
            {
                throw new DomainException("report.percent-invalid", "Percent complete could not be read.");
            }

            award.SubmitReport(report, input.Progress ?? string.Empty, funds, percent, actor, clock.Now);
        }, cancellationToken);

    public async Task<CommandResult> ReviewReportAsync(Guid awardId, Guid reportId, string? note, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(awardId, actor, async award =>
        {
            var report = await ReportAsync(award, reportId, cancellationToken);
            award.ReviewReport(report, note ?? string.Empty, actor, clock.Now);
            Db.Notifications.Add(AftercareNotifications.ReportReviewed(award, report, clock.Now));
        }, cancellationToken);

    private async Task<ProgressReport> ReportAsync(Award award, Guid reportId, CancellationToken cancellationToken) =>
        await Db.ProgressReports.SingleOrDefaultAsync(r => r.Id == reportId && r.AwardId == award.Id, cancellationToken)
        ?? throw new DomainException("report.not-found", $"No report {reportId} on this award.");

    /// <summary>A typed amount: digits with optional thousands separators and decimals, in yuan.</summary>
    private static decimal ParseYuan(string? text, string code) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainException(code, $"'{text}' is not a number.");

    private async Task<CommandResult> ChangeAsync(Guid awardId, Actor actor, Func<Award, Task> change, CancellationToken cancellationToken)
    {
        var award = await Db.Awards.SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);
        return await store.ChangeAsync(award is not null && AwardService.MaySee(award, actor) ? award : null, "award.not-found", change, FieldFor, cancellationToken);
    }

    /// <summary>The input field a refusal belongs beside (the property names of the input classes above).</summary>
    public static string FieldFor(string code) => code switch
    {
        "change.kind-invalid" or "change.already-pending" => nameof(ChangeRequestInput.Kind),
        "change.description-required" => nameof(ChangeRequestInput.Description),
        "change.planned-investment-invalid" => nameof(ChangeRequestInput.PlannedTotal),
        "change.new-investment-invalid" or "change.investment-not-major" => nameof(ChangeRequestInput.NewTotal),
        "change.structure-percent-invalid" => nameof(ChangeRequestInput.StructurePercent),
        "change.outcome-required" => nameof(ChangeDecisionInput.Outcome),
        "change.decision-required" => nameof(ChangeDecisionInput.Decision),
        "report.schedule-invalid" => nameof(ReportScheduleInput.FirstDueOn),
        "report.progress-required" => nameof(ProgressReportInput.Progress),
        "report.funds-used-invalid" => nameof(ProgressReportInput.FundsUsed),
        "report.percent-invalid" => nameof(ProgressReportInput.PercentComplete),
        "report.review-note-required" => "Note",
        _ => string.Empty,
    };
}

/// <summary>站内消息 to the enterprise when staff act on its change requests and reports, in both languages.</summary>
public static class AftercareNotifications
{
    public static Notification ChangeDecided(Award award, ChangeRequest request, DateTimeOffset now)
    {
        var approved = request.Status == ChangeRequestStatus.Approved;
        return Notification.ForEnterprise(
            award.EnterpriseId,
            NotificationKind.Award,
            $"资助 {award.AwardNumber}「{award.ProjectName}」的项目变更申请{(approved ? "已获书面同意" : "未获同意")}：{request.Decision}",
            $"Award {award.AwardNumber} ({award.ProjectName}): the change request was {(approved ? "approved" : "refused")}: {request.Decision}",
            $"/enterprise/awards/{award.Id}",
            now);
    }

    public static Notification ScheduleSet(Award award, IReadOnlyList<ProgressReport> reports, DateTimeOffset now) => Notification.ForEnterprise(
        award.EnterpriseId,
        NotificationKind.ReportDue,
        $"资助 {award.AwardNumber}「{award.ProjectName}」须定期报送项目进展和资金使用情况，共 {reports.Count} 期，首期 {reports[0].DueOn:yyyy-MM-dd} 前报送。",
        $"Award {award.AwardNumber} ({award.ProjectName}): {reports.Count} progress reports are due, the first by {reports[0].DueOn:yyyy-MM-dd}.",
        $"/enterprise/awards/{award.Id}",
        now);

    public static Notification ReportReviewed(Award award, ProgressReport report, DateTimeOffset now) => Notification.ForEnterprise(
        award.EnterpriseId,
        NotificationKind.ReportDue,
        $"资助 {award.AwardNumber}「{award.ProjectName}」第 {report.Sequence} 期进展报告已审阅：{report.ReviewNote}",
        $"Award {award.AwardNumber} ({award.ProjectName}): progress report {report.Sequence} was reviewed: {report.ReviewNote}",
        $"/enterprise/awards/{award.Id}",
        now);
}
