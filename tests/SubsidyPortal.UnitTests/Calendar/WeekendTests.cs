using SubsidyPortal.Domain.Calendar;
using static SubsidyPortal.UnitTests.Calendar.OfficialCalendar;

namespace SubsidyPortal.UnitTests.Calendar;

public sealed class WeekendTests
{
    [Theory]
    [InlineData("2025-03-08")] // Saturday
    [InlineData("2025-03-09")] // Sunday
    public void An_ordinary_Saturday_or_Sunday_is_not_a_working_day(string date) =>
        Assert.False(Instance.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2025-03-10")] // Monday
    [InlineData("2025-03-14")] // Friday
    public void An_ordinary_Monday_to_Friday_is_a_working_day(string date) =>
        Assert.True(Instance.IsWorkingDay(D(date)));

    [Fact]
    public void A_maintained_year_with_no_entries_counts_weekdays_only()
    {
        var calendar = new WorkingDayCalendar([], [2030]);
        // 2030-01-01 is a Tuesday: the fortnight from it holds ten weekdays.
        Assert.Equal(10, calendar.WorkingDaysBetween(D("2030-01-01"), D("2030-01-14")));
    }
}
