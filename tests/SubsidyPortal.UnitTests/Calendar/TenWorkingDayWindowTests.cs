using static SubsidyPortal.UnitTests.Calendar.OfficialCalendar;

namespace SubsidyPortal.UnitTests.Calendar;

/// <summary>科技创新奖 notices run 10 working days.</summary>
public sealed class TenWorkingDayWindowTests
{
    [Fact]
    public void A_ten_day_notice_published_on_Friday_26_September_2025_spans_国庆_and_中秋_and_closes_on_15_October()
    {
        var window = Instance.NoticeWindow(D("2025-09-26"), 10);
        Assert.Equal(
            Ds("2025-09-26", "2025-09-28", "2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10", "2025-10-11", "2025-10-13", "2025-10-14", "2025-10-15"),
            window.WorkingDays);
        Assert.Equal(D("2025-10-15"), window.LastDay);
    }

    [Fact]
    public void A_ten_day_notice_in_an_ordinary_fortnight_ends_on_the_second_Friday()
    {
        var window = Instance.NoticeWindow(D("2025-03-03"), 10);
        Assert.Equal(D("2025-03-14"), window.LastDay);
        Assert.Equal(10, window.WorkingDays.Count);
    }

    [Theory]
    [InlineData("2024-09-27", 5)]
    [InlineData("2026-02-12", 10)]
    [InlineData("2025-12-25", 10)] // across the new year into 2026
    [InlineData("2024-05-01", 1)]
    public void Counting_the_working_days_of_a_window_gives_its_length(string published, int length)
    {
        var window = Instance.NoticeWindow(D(published), length);
        Assert.Equal(length, Instance.WorkingDaysBetween(window.FirstDay, window.LastDay));
        Assert.All(window.WorkingDays, d => Assert.True(Instance.IsWorkingDay(d)));
    }

    [Fact]
    public void A_window_of_no_working_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Instance.NoticeWindow(D("2025-03-03"), 0));
}
