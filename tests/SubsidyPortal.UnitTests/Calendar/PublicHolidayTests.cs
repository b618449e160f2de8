using SubsidyPortal.Domain.Calendar;
using static SubsidyPortal.UnitTests.Calendar.OfficialCalendar;

namespace SubsidyPortal.UnitTests.Calendar;

public sealed class PublicHolidayTests
{
    [Theory]
    [InlineData("2024-10-01")] // 国庆节, Tuesday
    [InlineData("2025-01-28")] // 春节, Tuesday
    [InlineData("2026-06-19")] // 端午节, Friday
    [InlineData("2026-02-23")] // 春节, Monday
    public void A_public_holiday_on_a_weekday_is_not_a_working_day(string date) =>
        Assert.False(Instance.IsWorkingDay(D(date)));

    [Fact]
    public void A_public_holiday_on_a_weekend_stays_a_day_off() =>
        Assert.False(Instance.IsWorkingDay(D("2024-02-10"))); // 春节, Saturday

    [Fact]
    public void A_public_holiday_entry_is_accepted_on_every_day_of_the_week()
    {
        var week = Enumerable.Range(0, 7).Select(i => D("2026-02-16").AddDays(i)).ToList();
        var entries = week.Select(d => new CalendarDay(d, CalendarDayKind.PublicHoliday, "春节", "国务院办公厅关于2026年部分节假日安排的通知")).ToList();
        Assert.Equal(7, entries.Select(e => e.Date.DayOfWeek).Distinct().Count());
    }

    [Fact]
    public void The_day_after_a_holiday_period_is_a_working_day_again() =>
        Assert.True(Instance.IsWorkingDay(D("2024-10-08"))); // Tuesday after 国庆 2024
}
