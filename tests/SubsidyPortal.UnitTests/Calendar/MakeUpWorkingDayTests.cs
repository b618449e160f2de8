using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Common;
using static SubsidyPortal.UnitTests.Calendar.OfficialCalendar;

namespace SubsidyPortal.UnitTests.Calendar;

public sealed class MakeUpWorkingDayTests
{
    [Theory]
    [InlineData("2024-09-29")] // 国庆节调休上班, Sunday
    [InlineData("2024-10-12")] // 国庆节调休上班, Saturday
    [InlineData("2026-02-14")] // 春节调休上班, Saturday
    [InlineData("2026-02-28")] // 春节调休上班, Saturday
    [InlineData("2026-01-04")] // 元旦调休上班, Sunday
    public void A_make_up_weekend_day_is_a_working_day(string date) =>
        Assert.True(Instance.IsWorkingDay(D(date)));

    [Fact]
    public void A_make_up_working_day_on_a_weekday_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            new CalendarDay(D("2026-02-13"), CalendarDayKind.MakeUpWorkingDay, "春节调休上班", "国务院办公厅关于2026年部分节假日安排的通知"));
        Assert.Equal("calendar.make-up-not-weekend", error.Code);
    }

    [Fact]
    public void Entered_days_decide_over_the_day_of_the_week_in_either_direction()
    {
        var source = "测试通知";
        var calendar = new WorkingDayCalendar(
            [
                new CalendarDay(D("2030-01-05"), CalendarDayKind.MakeUpWorkingDay, "测试调休上班", source), // Saturday
                new CalendarDay(D("2030-01-07"), CalendarDayKind.PublicHoliday, "测试", source), // Monday
            ],
            [2030]);
        Assert.True(calendar.IsWorkingDay(D("2030-01-05")));
        Assert.False(calendar.IsWorkingDay(D("2030-01-06")));
        Assert.False(calendar.IsWorkingDay(D("2030-01-07")));
    }
}
