using static SubsidyPortal.UnitTests.Calendar.OfficialCalendar;

namespace SubsidyPortal.UnitTests.Calendar;

public sealed class PublicationOnHolidayTests
{
    [Fact]
    public void A_notice_published_on_a_public_holiday_starts_on_the_next_working_day()
    {
        var window = Instance.NoticeWindow(D("2024-10-01"), 5);
        Assert.Equal(D("2024-10-01"), window.PublishedOn);
        Assert.Equal(D("2024-10-08"), window.FirstDay);
        // The fifth working day is the make-up Saturday 10-12.
        Assert.Equal(Ds("2024-10-08", "2024-10-09", "2024-10-10", "2024-10-11", "2024-10-12"), window.WorkingDays);
    }

    [Fact]
    public void A_notice_published_on_an_ordinary_Sunday_starts_on_Monday()
    {
        var window = Instance.NoticeWindow(D("2025-03-09"), 5);
        Assert.Equal(D("2025-03-10"), window.FirstDay);
        Assert.Equal(D("2025-03-14"), window.LastDay);
    }

    [Fact]
    public void A_notice_published_on_a_make_up_Saturday_counts_that_Saturday_as_day_one()
    {
        var window = Instance.NoticeWindow(D("2026-02-14"), 5);
        Assert.Equal(D("2026-02-14"), window.FirstDay);
        Assert.Equal(D("2026-02-27"), window.LastDay);
    }
}
