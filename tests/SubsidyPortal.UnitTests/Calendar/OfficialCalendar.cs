using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Infrastructure.Seeding;

namespace SubsidyPortal.UnitTests.Calendar;

/// <summary>The calendar the portal seeds: the State Council's 2024–2026 schedules, all three years maintained.</summary>
internal static class OfficialCalendar
{
    public static readonly WorkingDayCalendar Instance = new(
        PublicHolidaySchedule.Arrangements.SelectMany(a => a.ToCalendarDays()),
        PublicHolidaySchedule.Arrangements.Select(a => a.Year).Distinct());

    public static DateOnly D(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd");

    public static DateOnly[] Ds(params string[] isoDates) => isoDates.Select(D).ToArray();
}
