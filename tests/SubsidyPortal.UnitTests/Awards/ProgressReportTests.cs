using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using static SubsidyPortal.UnitTests.Awards.AftercareBuilder;

namespace SubsidyPortal.UnitTests.Awards;

/// <summary>项目进展和资金使用情况 (金科〔2025〕25 号 关于项目管理有关要求 二): the schedule, the report, the review.</summary>
public sealed class ProgressReportTests
{
    [Fact]
    public void A_half_yearly_schedule_of_four_is_due_every_six_months_from_the_first_date()
    {
        var reports = Award().SetReportSchedule(new ReportSchedule(new DateOnly(2027, 5, 31), 6, 4), [], Staff, Now, Today);
        Assert.Equal(
            [new DateOnly(2027, 5, 31), new DateOnly(2027, 11, 30), new DateOnly(2028, 5, 31), new DateOnly(2028, 11, 30)],
            reports.Select(r => r.DueOn));
        Assert.Equal([1, 2, 3, 4], reports.Select(r => r.Sequence));
        Assert.All(reports, r => Assert.Equal(ProgressReportStatus.Due, r.Status));
    }

    [Fact]
    public void Month_ends_do_not_drift_over_the_schedule()
    {
        var dates = new ReportSchedule(new DateOnly(2027, 8, 31), 6, 3).DueDates();
        Assert.Equal([new DateOnly(2027, 8, 31), new DateOnly(2028, 2, 29), new DateOnly(2028, 8, 31)], dates);
    }

    [Theory]
    [InlineData(2026, 11, 22, 6, 4)]
    [InlineData(2027, 1, 1, 0, 4)]
    [InlineData(2027, 1, 1, 25, 4)]
    [InlineData(2027, 1, 1, 6, 0)]
    [InlineData(2027, 1, 1, 6, 21)]
    public void A_schedule_starts_no_earlier_than_today_with_a_sensible_interval_and_count(int y, int m, int d, int interval, int count)
    {
        var e = Assert.Throws<DomainException>(() => Award().SetReportSchedule(new ReportSchedule(new DateOnly(y, m, d), interval, count), [], Staff, Now, Today));
        Assert.Equal("report.schedule-invalid", e.Code);
    }

    [Fact]
    public void Only_staff_set_the_schedule()
    {
        Assert.Equal("money.role-not-allowed", Assert.Throws<DomainException>(() =>
            Award().SetReportSchedule(new ReportSchedule(Today.AddMonths(6), 6, 4), [], Recipient, Now, Today)).Code);
    }

    [Fact]
    public void A_new_schedule_supersedes_reports_not_yet_submitted_and_keeps_numbering()
    {
        var award = Award();
        var first = award.SetReportSchedule(new ReportSchedule(Today, 6, 3), [], Staff, Now, Today);
        award.SubmitReport(first[0], "已完成设备采购", 0m, 20, Recipient, Now);

        var second = award.SetReportSchedule(new ReportSchedule(Today.AddMonths(3), 3, 2), first, Staff, Now, Today);

        Assert.Equal(ProgressReportStatus.Submitted, first[0].Status);
        Assert.All(first.Skip(1), r => Assert.Equal(ProgressReportStatus.Superseded, r.Status));
        Assert.Equal([4, 5], second.Select(r => r.Sequence));
    }

    [Fact]
    public void Funds_used_may_not_exceed_what_has_been_paid()
    {
        var award = Award();
        PayFirstTranche(award);
        var report = award.SetReportSchedule(new ReportSchedule(Today, 6, 1), [], Staff, Now, Today)[0];

        Assert.Equal("report.funds-used-invalid", Assert.Throws<DomainException>(() =>
            award.SubmitReport(report, "进展", 100_000.01m, 30, Recipient, Now)).Code);
        Assert.Equal("report.funds-used-invalid", Assert.Throws<DomainException>(() =>
            award.SubmitReport(report, "进展", -1m, 30, Recipient, Now)).Code);
        Assert.Equal(ProgressReportStatus.Due, report.Status);

        award.SubmitReport(report, "进展", 100_000m, 30, Recipient, Now);
        Assert.Equal(ProgressReportStatus.Submitted, report.Status);
        Assert.Equal(100_000m, report.FundsUsed);
    }

    [Fact]
    public void Nothing_paid_means_nothing_can_have_been_used()
    {
        var award = Award();
        var report = award.SetReportSchedule(new ReportSchedule(Today, 6, 1), [], Staff, Now, Today)[0];
        Assert.Equal("report.funds-used-invalid", Assert.Throws<DomainException>(() => award.SubmitReport(report, "进展", 0.01m, 0, Recipient, Now)).Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Percent_complete_is_0_to_100(int percent)
    {
        var award = Award();
        var report = award.SetReportSchedule(new ReportSchedule(Today, 6, 1), [], Staff, Now, Today)[0];
        Assert.Equal("report.percent-invalid", Assert.Throws<DomainException>(() => award.SubmitReport(report, "进展", 0m, percent, Recipient, Now)).Code);
    }

    [Fact]
    public void Only_the_recipient_submits_and_only_staff_review_with_a_note()
    {
        var award = Award();
        var report = award.SetReportSchedule(new ReportSchedule(Today, 6, 1), [], Staff, Now, Today)[0];
        Assert.Equal("change.not-the-recipient", Assert.Throws<DomainException>(() => award.SubmitReport(report, "进展", 0m, 10, OtherEnterprise, Now)).Code);
        award.SubmitReport(report, "进展", 0m, 10, Recipient, Now);
        Assert.Equal("report.wrong-state", Assert.Throws<DomainException>(() => award.SubmitReport(report, "再报", 0m, 10, Recipient, Now)).Code);

        Assert.Equal("money.role-not-allowed", Assert.Throws<DomainException>(() => award.ReviewReport(report, "已阅", Recipient, Now)).Code);
        Assert.Equal("report.review-note-required", Assert.Throws<DomainException>(() => award.ReviewReport(report, "", Staff, Now)).Code);
        award.ReviewReport(report, "已核查，进展正常", Staff, Now);
        Assert.Equal(ProgressReportStatus.Reviewed, report.Status);
        Assert.Equal(["ReportScheduleSet", "ProgressReported", "ProgressReviewed"], award.NewHistory.Select(e => e.Action).TakeLast(3));
    }

    [Fact]
    public void A_report_is_overdue_only_after_its_due_date_and_only_while_not_submitted()
    {
        var award = Award();
        var report = award.SetReportSchedule(new ReportSchedule(Today, 6, 1), [], Staff, Now, Today)[0];
        Assert.False(report.IsOverdue(Today));
        Assert.True(report.IsOverdue(Today.AddDays(1)));
        award.SubmitReport(report, "进展", 0m, 10, Recipient, Now);
        Assert.False(report.IsOverdue(Today.AddDays(1)));
    }
}
