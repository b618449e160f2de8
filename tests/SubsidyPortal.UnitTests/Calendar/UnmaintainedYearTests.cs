using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Common;
using static SubsidyPortal.UnitTests.Calendar.OfficialCalendar;

namespace SubsidyPortal.UnitTests.Calendar;

/// <summary>A year whose schedule has not been entered is never counted as weekends-only.</summary>
public sealed class UnmaintainedYearTests
{
    [Fact]
    public void A_window_reaching_into_an_unmaintained_year_is_refused_naming_the_year()
    {
        var error = Assert.Throws<DomainException>(() => Instance.NoticeWindow(D("2026-12-24"), 10));
        Assert.Equal(WorkingDayCalendar.YearNotMaintained, error.Code);
        Assert.Contains("2027", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_that_ends_before_the_unmaintained_year_is_still_answered() =>
        Assert.Equal(D("2026-12-31"), Instance.NoticeWindow(D("2026-12-25"), 5).LastDay);

    [Fact]
    public void Asking_about_a_single_day_of_an_unmaintained_year_is_refused() =>
        Assert.Equal(WorkingDayCalendar.YearNotMaintained, Assert.Throws<DomainException>(() => Instance.IsWorkingDay(D("2023-06-01"))).Code);

    [Fact]
    public void Counting_across_an_unmaintained_year_is_refused_even_between_maintained_ones()
    {
        var calendar = new WorkingDayCalendar([], [2030, 2032]);
        var error = Assert.Throws<DomainException>(() => calendar.WorkingDaysBetween(D("2030-12-01"), D("2032-01-31")));
        Assert.Contains("2031", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Days_entered_for_a_year_do_not_make_it_maintained()
    {
        var calendar = new WorkingDayCalendar(
            [new CalendarDay(D("2027-01-01"), CalendarDayKind.PublicHoliday, "元旦", "测试通知")], [2026]);
        Assert.False(calendar.IsMaintained(2027));
        Assert.Throws<DomainException>(() => calendar.IsWorkingDay(D("2027-01-04")));
    }

    [Fact]
    public void A_year_outside_the_supported_range_cannot_be_created() =>
        Assert.Equal("calendar.year-out-of-range", Assert.Throws<DomainException>(() => new CalendarYear(1999)).Code);
}
