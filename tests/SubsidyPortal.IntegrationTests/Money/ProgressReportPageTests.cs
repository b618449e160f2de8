using FluentValidation;
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
    private ICommitteeAwards Committee => fixture.Factory.Services.GetRequiredService<ICommitteeAwards>();

    [Fact]
    public async Task Schedule_report_and_review_then_a_late_report_is_flagged_overdue()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 300_000m, ruleTranches: AftercareData.ThreeYears);
        await AftercareData.PayFirstTrancheAsync(fixture.Factory, awardId);
        var today = fixture.Factory.Clock.Now.ToOffset(TimeSpan.FromHours(8));
        var first = DateOnly.FromDateTime(today.Date).AddDays(7);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var staffActor = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var staffUrl = $"/committee/awards/{awardId}";

        // The committee's award page calls ICommitteeAwards.
        var scheduled = await Committee.SetReportScheduleAsync(awardId, new ReportSchedulePlan { FirstDueOn = first, IntervalMonths = 6, Count = 4 }, staffActor, CancellationToken.None);
        Assert.True(scheduled.Succeeded, string.Join("; ", scheduled.Errors.Select(e => e.Message)));
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

        var toReview = (await Committee.DetailAsync(awardId, staffActor, CancellationToken.None))!.ToReview;
        Assert.Equal([1], toReview.Select(r => r.Sequence));
        var reviewed = await Committee.ReviewReportAsync(awardId, new ReportReview { ReportId = toReview[0].Id, Note = "已现场核查，进展属实" }, staffActor, CancellationToken.None);
        Assert.True(reviewed.Succeeded, string.Join("; ", reviewed.Errors.Select(e => e.Message)));
        Assert.Equal(ProgressReportStatus.Reviewed, await Demo.WithDbAsync(fixture.Factory, db => db.ProgressReports.Where(r => r.Id == report.Id).Select(r => r.Status).SingleAsync()));

        var actions = await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.AsNoTracking().Where(e => e.SubjectId == awardId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.Equal(["ReportScheduleSet", "ProgressReported", "ProgressReviewed"], actions.TakeLast(3));

        // Half a year and a day later the second report is overdue: red on the award page, counted on the committee's list.
        using var enterprise = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        fixture.Factory.Clock.MoveTo(first.AddMonths(6).AddDays(1));
        try
        {
            var page = await staff.GetPageAsync(staffUrl);
            Assert.NotNull(page.QuerySelector("[data-testid=progress-reports] tr[data-sequence='2'][data-overdue=true]"));
            var list = await Committee.ListAsync(staffActor, new CommitteeAwardFilter(Attention: AwardAttention.ReportOverdue), new PageRequest(Search: "长宁示范"), CancellationToken.None);
            Assert.Equal(1, list.Page.Items.Single(r => r.Id == awardId).OverdueReports);
            Assert.NotEqual(0, list.Totals.OverdueReports);
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
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var plan = new ReportSchedulePlan { FirstDueOn = new DateOnly(2020, 1, 1), IntervalMonths = 6, Count = 4 };
        var response = await Committee.SetReportScheduleAsync(awardId, plan, staff, CancellationToken.None);
        var error = Assert.Single(response.Errors);
        Assert.Equal(nameof(ReportSchedulePlan.FirstDueOn), error.Field);
        Assert.Contains("首次报送日期不早于今天", error.Message, StringComparison.Ordinal);
        // The form says the same beside the date as soon as it is left.
        var onLeave = new ReportSchedulePlanValidator(((SubsidyPortal.Application.Abstractions.IClock)fixture.Factory.Clock).Today).Validate(plan, o => o.IncludeProperties(nameof(ReportSchedulePlan.FirstDueOn)));
        Assert.Equal(error.Message, Assert.Single(onLeave.Errors).ErrorMessage);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.ProgressReports.AnyAsync(r => r.AwardId == awardId)));
    }
}
