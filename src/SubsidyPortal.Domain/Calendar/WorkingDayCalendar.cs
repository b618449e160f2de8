using System.Collections.Frozen;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Calendar;

/// <summary>
/// 工作日: a weekday, minus the State Council's public holidays, plus its make-up working days (调休上班).
/// Immutable; built from the calendar days and the years whose schedule has been entered. Every answer that needs
/// a date in a year not maintained throws <see cref="DomainException"/> with code <see cref="YearNotMaintained"/>:
/// a year without its schedule is never guessed to be weekends-only.
/// </summary>
public sealed class WorkingDayCalendar
{
    public const string YearNotMaintained = "calendar.year-not-maintained";

    private readonly FrozenDictionary<DateOnly, CalendarDayKind> _days;
    private readonly FrozenSet<int> _maintainedYears;

    public WorkingDayCalendar(IEnumerable<CalendarDay> days, IEnumerable<int> maintainedYears)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(maintainedYears);
        _days = days.ToFrozenDictionary(d => d.Date, d => d.Kind);
        _maintainedYears = maintainedYears.ToFrozenSet();
    }

    public IReadOnlySet<int> MaintainedYears => _maintainedYears;

    public bool IsMaintained(int year) => _maintainedYears.Contains(year);

    /// <summary>
    /// An entered day decides (a holiday is off even on a weekday; a make-up day is worked even on a weekend);
    /// any other date is a working day when it is Monday to Friday.
    /// </summary>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureMaintained(date.Year);
        return _days.TryGetValue(date, out var kind)
            ? kind == CalendarDayKind.MakeUpWorkingDay
            : !CalendarDay.IsWeekend(date);
    }

    /// <summary>
    /// The 公示 period of <paramref name="workingDays"/> working days for a notice published on
    /// <paramref name="publishedOn"/>. Interpretation: the day of publication counts as day 1 when it is a working
    /// day (公示期自发布之日起计算); published on a weekend or holiday, the period starts on the next working day.
    /// The period closes at the end (24:00, Shanghai time) of <see cref="PublicNoticeWindow.LastDay"/>, so an
    /// objection received on that day is in time.
    /// </summary>
    public PublicNoticeWindow NoticeWindow(DateOnly publishedOn, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var counted = new List<DateOnly>(workingDays);
        // Terminates: every maintained year is finite, and stepping past the last one throws.
        for (var day = publishedOn; counted.Count < workingDays; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                counted.Add(day);
            }
        }

        return new PublicNoticeWindow(publishedOn, counted[0], counted[^1], counted);
    }

    /// <summary>
    /// How many working days lie from <paramref name="from"/> through <paramref name="to"/>, both included, so
    /// that for any notice window <c>WorkingDaysBetween(w.FirstDay, w.LastDay) == w.WorkingDays.Count</c>.
    /// Every year the range touches must be maintained, even when the answer would not depend on it.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"{to:yyyy-MM-dd} is before {from:yyyy-MM-dd}.");
        }

        for (var year = from.Year; year <= to.Year; year++)
        {
            EnsureMaintained(year);
        }

        var count = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private void EnsureMaintained(int year)
    {
        if (!_maintainedYears.Contains(year))
        {
            throw new DomainException(YearNotMaintained,
                $"The State Council holiday schedule for {year} has not been entered in the working-day calendar, so working days in {year} cannot be counted.");
        }
    }
}

/// <summary>
/// A 公示 period: published on <see cref="PublishedOn"/>, open from the start of <see cref="FirstDay"/> to the end of
/// <see cref="LastDay"/>; <see cref="WorkingDays"/> lists the working days counted, in order.
/// </summary>
public sealed record PublicNoticeWindow(DateOnly PublishedOn, DateOnly FirstDay, DateOnly LastDay, IReadOnlyList<DateOnly> WorkingDays)
{
    /// <summary>True on every date from the first day through the last, holidays in between included.</summary>
    public bool IsOpenOn(DateOnly date) => date >= FirstDay && date <= LastDay;
}
