using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calendar;

namespace SubsidyPortal.Application.Calendar;

/// <summary>One entered day: a public holiday (放假) or a make-up working day (调休上班).</summary>
public sealed record CalendarDayRow(DateOnly Date, CalendarDayKind Kind, string NameZh, string Source);

/// <summary>
/// A year of the working-day calendar as the administrator's page shows it: whether it is maintained (and from
/// which notice, by whom, when), its entered days in date order, and the years worth offering in the chooser.
/// </summary>
public sealed record CalendarYearView(
    int Year,
    bool Maintained,
    string? Source,
    string? MaintainedBy,
    DateTimeOffset? MaintainedAt,
    IReadOnlyList<CalendarDayRow> Days,
    IReadOnlyList<int> YearChoices)
{
    /// <summary>The citation to offer when the year is marked: the year's own, else the one its days were entered from.</summary>
    public string? SuggestedSource => Source ?? Days.FirstOrDefault()?.Source;
}

/// <summary>
/// 工作日日历: the administrator enters each year's State Council holidays and make-up working days, removes a slip,
/// and marks the year maintained so working days in it can be counted. Commands refuse anyone but an administrator.
/// </summary>
public interface ICalendarAdministration
{
    /// <summary>The year asked for (this year when it is outside the calendar's range), with the chooser's years:
    /// every year the calendar knows plus last, this and next year.</summary>
    Task<CalendarYearView> YearAsync(int? year, CancellationToken cancellationToken);

    Task<CommandResult> AddDayAsync(AddCalendarDayInput input, Actor actor, CancellationToken cancellationToken);

    Task<CommandResult> RemoveDayAsync(DateOnly date, Actor actor, CancellationToken cancellationToken);

    /// <summary>Marks the year maintained, recording the administrator's sign-in name.</summary>
    Task<CommandResult> MarkYearMaintainedAsync(MarkCalendarYearMaintainedInput input, Actor actor, CancellationToken cancellationToken);
}
