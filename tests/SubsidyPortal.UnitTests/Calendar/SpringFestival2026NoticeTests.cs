using static SubsidyPortal.UnitTests.Calendar.OfficialCalendar;

namespace SubsidyPortal.UnitTests.Calendar;

/// <summary>春节 2026: off 02-15 to 02-23, worked Saturdays 02-14 and 02-28.</summary>
public sealed class SpringFestival2026NoticeTests
{
    [Fact]
    public void A_five_day_notice_published_on_Thursday_12_February_2026_counts_the_make_up_Saturday_and_skips_the_festival()
    {
        var window = Instance.NoticeWindow(D("2026-02-12"), 5);
        Assert.Equal(Ds("2026-02-12", "2026-02-13", "2026-02-14", "2026-02-24", "2026-02-25"), window.WorkingDays);
        Assert.Equal(D("2026-02-25"), window.LastDay);
    }

    [Fact]
    public void A_five_day_notice_published_after_the_festival_counts_the_second_make_up_Saturday()
    {
        var window = Instance.NoticeWindow(D("2026-02-24"), 5);
        Assert.Equal(Ds("2026-02-24", "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28"), window.WorkingDays);
    }

    [Fact]
    public void From_Monday_9_February_2026_to_the_end_of_the_festival_only_six_days_are_worked()
    {
        // Five weekdays, the make-up Saturday 02-14, then nothing until Tuesday 02-24.
        Assert.Equal(6, Instance.WorkingDaysBetween(D("2026-02-09"), D("2026-02-22")));
        Assert.Equal(7, Instance.WorkingDaysBetween(D("2026-02-09"), D("2026-02-24")));
    }
}
