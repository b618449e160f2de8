using static SubsidyPortal.UnitTests.Calendar.OfficialCalendar;

namespace SubsidyPortal.UnitTests.Calendar;

/// <summary>国庆 2024: off 10-01 to 10-07, worked Sunday 09-29 and Saturday 10-12.</summary>
public sealed class NationalDay2024NoticeTests
{
    [Fact]
    public void A_five_day_notice_published_on_Friday_27_September_2024_counts_the_make_up_Sunday_and_closes_on_9_October()
    {
        var window = Instance.NoticeWindow(D("2024-09-27"), 5);
        Assert.Equal(Ds("2024-09-27", "2024-09-29", "2024-09-30", "2024-10-08", "2024-10-09"), window.WorkingDays);
        Assert.Equal(D("2024-09-27"), window.FirstDay);
        Assert.Equal(D("2024-10-09"), window.LastDay);
    }

    [Fact]
    public void The_notice_stays_open_through_the_holiday_it_spans_until_the_end_of_its_last_day()
    {
        var window = Instance.NoticeWindow(D("2024-09-27"), 5);
        Assert.True(window.IsOpenOn(D("2024-10-03")));
        Assert.True(window.IsOpenOn(D("2024-10-09")));
        Assert.False(window.IsOpenOn(D("2024-10-10")));
    }
}
