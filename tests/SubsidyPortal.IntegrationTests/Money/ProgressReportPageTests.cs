using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>定期报送: the committee sets the schedule, the enterprise reports, staff review; an unsent report turns overdue.</summary>
public sealed class ProgressReportPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Schedule_report_and_review_then_a_late_report_is_flagged_overdue()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 300_000m, ruleTranches: AftercareData.ThreeYears);
        await AftercareData.PayFirstTrancheAsync(fixture.Factory, awardId);
        var today = fixture.Factory.Clock.Now.ToOffset(TimeSpan.FromHours(8));
        var first = DateOnly.FromDateTime(today.Date).AddDays(7);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var staffUrl = $"/committee/awards/{awardId}";

        var scheduled = await staff.SubmitAsync(staffUrl, "report-schedule", new Dictionary<string, string>
        {
            ["Schedule.FirstDueOn"] = first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Schedule.IntervalMonths"] = "6",
            ["Schedule.Count"] = "4",
        });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var reports = await Demo.WithDbAsync(fixture.Factory, db => db.ProgressReports.AsNoTracking().Where(r => r.AwardId == awardId).OrderBy(r => r.Sequence).ToListAsync());
        Assert.Equal([first, first.AddMonths(6), first.AddMonths(12), first.AddMonths(18)], reports.Select(r => r.DueOn));

        // The enterprise reports on its award page, which calls IEnterpriseAwards.
        var awards = fixture.Factory.Services.GetRequiredService<IEnterpriseAwards>();
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        var due = (await awards.DetailAsync(awardId, applicant, CancellationToken.None))!.NextReport!;
        Assert.Equal((1, first), (due.Sequence, due.DueOn));
        var tooMuch = await awards.SubmitReportAsync(awardId, new ReportSubmission
        {
            ReportId = due.Id, Progress = "厂房装修完成，设备已到货", FundsUsed = 100_000.01m, PercentComplete = 40,
        }, applicant, CancellationToken.None);
        var error = Assert.Single(tooMuch.Errors);
        Assert.Equal(nameof(ReportSubmission.FundsUsed), error.Field);
        Assert.Contains("不超过已拨付金额", error.Message, StringComparison.Ordinal);
        Assert.Equal(ProgressReportStatus.Due, await Demo.WithDbAsync(fixture.Factory, db => db.ProgressReports.Where(r => r.Id == due.Id).Select(r => r.Status).SingleAsync()));

        var submitted = await awards.SubmitReportAsync(awardId, new ReportSubmission
        {
            ReportId = due.Id, Progress = "厂房装修完成，设备已到货", FundsUsed = 80_000m, PercentComplete = 40,
        }, applicant, CancellationToken.None);
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors.Select(e => e.Message)));
        var report = await Demo.WithDbAsync(fixture.Factory, db => db.ProgressReports.AsNoTracking().SingleAsync(r => r.AwardId == awardId && r.Sequence == 1));
        Assert.Equal(ProgressReportStatus.Submitted, report.Status);
        Assert.Equal(80_000m, report.FundsUsed);
        Assert.Equal(2, (await awards.DetailAsync(awardId, applicant, CancellationToken.None))!.NextReport!.Sequence);

        var reviewed = await staff.SubmitAsync(staffUrl, "review-report-1", new Dictionary<string, string> { ["Review.Note"] = "已现场核查，进展属实" });
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Equal(ProgressReportStatus.Reviewed, await Demo.WithDbAsync(fixture.Factory, db => db.ProgressReports.Where(r => r.Id == report.Id).Select(r => r.Status).SingleAsync()));

        var actions = await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.AsNoTracking().Where(e => e.SubjectId == awardId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["ReportScheduleSet", "ProgressReported", "ProgressReviewed"], actions.TakeLast(3));

        // Half a year and a day later the second report is overdue: red on the award page, counted on the committee's list.
        using var enterprise = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        fixture.Factory.Clock.MoveTo(first.AddMonths(6).AddDays(1));
        try
        {
            var page = await staff.GetPageAsync(staffUrl);
            Assert.NotNull(page.QuerySelector("[data-testid=progress-reports] tr[data-sequence='2'][data-overdue=true].table-danger"));
            var list = await staff.GetPageAsync("/committee/awards?name=长宁示范");
            Assert.NotNull(list.QuerySelector("[data-flag=overdue-reports]"));
            Assert.DoesNotContain("逾期未报 0 期", list.QuerySelector("[data-testid=total-overdue-reports]")!.TextContent, StringComparison.Ordinal);
            var mine = await enterprise.GetPageAsync($"/enterprise/awards/{awardId}");
            Assert.NotNull(mine.QuerySelector("[data-testid=progress-reports] tr[data-overdue=true]"));
            var row = (await awards.PageAsync(applicant, new PageRequest(PageSize: 100), true, CancellationToken.None)).Items.Single(r => r.Id == awardId);
            Assert.Equal(1, row.OverdueReports);
            Assert.True(row.NextReport!.WorkingDaysLeft is null or < 0);
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date));
        }
    }

    [Fact]
    public async Task A_schedule_that_starts_in_the_past_is_refused_beside_the_date()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 30_000m);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var response = await staff.SubmitAsync($"/committee/awards/{awardId}", "report-schedule", new Dictionary<string, string>
        {
            ["Schedule.FirstDueOn"] = "2020-01-01",
            ["Schedule.IntervalMonths"] = "6",
            ["Schedule.Count"] = "4",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("首次报送日期不早于今天", (await PortalClient.ParseAsync(response)).QuerySelector("#f-report-schedule-Schedule-FirstDueOn-error")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.ProgressReports.AnyAsync(r => r.AwardId == awardId)));
    }
}
