using SubsidyPortal.Domain.Calendar;

namespace SubsidyPortal.Infrastructure.Calendar;

/// <summary>"还剩 N 个工作日": the working days from today through a deadline, counted on the portal's calendar.</summary>
public static class Deadlines
{
    /// <summary>
    /// Working days from today through the deadline, today included while it lasts; negative (at least one) once the
    /// deadline has passed; null when a year in between has no calendar, so a page shows the date alone rather
    /// than a wrong count.
    /// </summary>
    public static int? WorkingDaysLeft(WorkingDayCalendar calendar, DateOnly today, DateOnly? deadline)
    {
        if (deadline is not { } day)
        {
            return null;
        }

        var (first, last) = day >= today ? (today, day) : (day, today);
        for (var year = first.Year; year <= last.Year; year++)
        {
            if (!calendar.IsMaintained(year))
            {
                return null;
            }
        }

        return day >= today ? calendar.WorkingDaysBetween(today, day) : -Math.Max(1, calendar.WorkingDaysBetween(day.AddDays(1), today));
    }
}
