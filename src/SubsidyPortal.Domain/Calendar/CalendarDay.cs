using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Calendar;

/// <summary>
/// One date on which the State Council's schedule departs from "Monday to Friday": a public holiday (法定节假日及
/// 调休放假) or a make-up working day (调休上班). Every other date is a working day exactly when it is a weekday.
/// </summary>
public sealed class CalendarDay
{
    public const int NameMaxLength = 50;
    public const int SourceMaxLength = 200;

    private CalendarDay()
    {
        NameZh = string.Empty;
        Source = string.Empty;
    }

    /// <param name="nameZh">What the notice calls it, e.g. 春节 or 春节调休上班.</param>
    /// <param name="source">The notice the date comes from, e.g. 国务院办公厅关于2026年部分节假日安排的通知.</param>
    public CalendarDay(DateOnly date, CalendarDayKind kind, string nameZh, string source)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("calendar.kind-required", $"{kind} is not a kind of calendar day.");
        }

        // A holiday entry may fall on a weekend (春节 runs across one): it changes nothing there, but the
        // notice lists it. A make-up working day on a weekday would change nothing and is a typing slip.
        if (kind == CalendarDayKind.MakeUpWorkingDay && !IsWeekend(date))
        {
            throw new DomainException("calendar.make-up-not-weekend", $"{date:yyyy-MM-dd} is a {date.DayOfWeek}; a make-up working day falls on a Saturday or Sunday.");
        }

        Date = date;
        Kind = kind;
        NameZh = Guard.Required(nameZh, "calendar.name-required", NameMaxLength);
        Source = Guard.Required(source, "calendar.source-required", SourceMaxLength);
    }

    public DateOnly Date { get; private set; }

    public CalendarDayKind Kind { get; private set; }

    public string NameZh { get; private set; }

    public string Source { get; private set; }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

public enum CalendarDayKind
{
    /// <summary>放假: no work, whatever the day of the week.</summary>
    PublicHoliday = 1,

    /// <summary>调休上班: a Saturday or Sunday that is worked.</summary>
    MakeUpWorkingDay = 2,
}
