using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Calendar;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Calendar;

/// <summary>
/// The working-day calendar (工作日日历) as stored: loads the <see cref="WorkingDayCalendar"/> that notice periods
/// are counted with, and carries out the Administrator's edits. Each edit is one save: all of it or none of it.
/// </summary>
public sealed class WorkingDayCalendarService(PortalDbContext db, IClock clock)
{
    /// <summary>Every entered day and the maintained years; a few dozen rows a year.</summary>
    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken cancellationToken)
    {
        var years = await db.CalendarYears.AsNoTracking().Where(y => y.Maintained).Select(y => y.Year).ToListAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingDayCalendar(days, years);
    }

    /// <summary>The years the calendar knows (seeded, being entered or maintained), in order.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).Select(y => y.Year).ToListAsync(cancellationToken);

    /// <summary>One year's entered days in date order, with its maintenance status (none when the year is unknown).</summary>
    public async Task<CalendarYearOverview> YearAsync(int year, CancellationToken cancellationToken)
    {
        var (first, last) = Bounds(year);
        var status = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
        var days = await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .ToListAsync(cancellationToken);
        return new CalendarYearOverview(year, status, days);
    }

    /// <summary>Enters one day. A year seen for the first time is recorded as being entered, not maintained.</summary>
    public async Task<CommandResult> AddDayAsync(AddCalendarDayInput input, CancellationToken cancellationToken)
    {
        var validation = new AddCalendarDayValidator().Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var date = input.Date!.Value;
        if (await db.CalendarDays.AnyAsync(d => d.Date == date, cancellationToken))
        {
            return CommandResult.Fail(nameof(input.Date), ValidationText.Get("calendar.day-exists"));
        }

        try
        {
            db.CalendarDays.Add(new CalendarDay(date, input.Kind!.Value, input.NameZh!, input.Source!));
            if (!await db.CalendarYears.AnyAsync(y => y.Year == date.Year, cancellationToken))
            {
                db.CalendarYears.Add(new CalendarYear(date.Year));
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult(FieldOf(e.Code));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation("calendar_days"))
        {
            db.ChangeTracker.Clear();
            return CommandResult.Fail(nameof(input.Date), ValidationText.Get("calendar.day-exists"));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another day of the same new year was entered at the same moment; the form can simply be sent again.
            db.ChangeTracker.Clear();
            return CommandResult.Fail(string.Empty, ValidationText.Get("concurrency.conflict"));
        }
    }

    /// <summary>Removes one entered day, e.g. a slip or a date the State Council moved. The year keeps its status.</summary>
    public async Task<CommandResult> RemoveDayAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var removed = await db.CalendarDays.Where(d => d.Date == date).ExecuteDeleteAsync(cancellationToken);
        return removed == 0
            ? CommandResult.Fail(string.Empty, ValidationText.Get("calendar.day-not-found"))
            : CommandResult.Success;
    }

    /// <summary>
    /// Declares a year's schedule entered in full, so working days in it can be counted. A year with no entered day
    /// is refused: every State Council schedule has holidays, so an empty year is one nobody has entered yet.
    /// </summary>
    public async Task<CommandResult> MarkYearMaintainedAsync(MarkCalendarYearMaintainedInput input, string? maintainedBy, CancellationToken cancellationToken)
    {
        var validation = new MarkCalendarYearMaintainedValidator().Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var year = input.Year!.Value;
        var (first, last) = Bounds(year);
        if (!await db.CalendarDays.AnyAsync(d => d.Date >= first && d.Date <= last, cancellationToken))
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("calendar.year-empty", year));
        }

        try
        {
            var calendarYear = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
            if (calendarYear is null)
            {
                calendarYear = new CalendarYear(year);
                db.CalendarYears.Add(calendarYear);
            }

            calendarYear.MarkMaintained(input.ScheduleSource!, maintainedBy, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult(e.Code == "calendar.source-required" ? nameof(input.ScheduleSource) : string.Empty);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return CommandResult.Fail(string.Empty, ValidationText.Get("concurrency.conflict"));
        }
    }

    private static (DateOnly First, DateOnly Last) Bounds(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The day form's field a refused domain change belongs beside.</summary>
    private static string FieldOf(string code) => code switch
    {
        "calendar.kind-required" or "calendar.make-up-not-weekend" => nameof(AddCalendarDayInput.Kind),
        "calendar.name-required" => nameof(AddCalendarDayInput.NameZh),
        "calendar.source-required" => nameof(AddCalendarDayInput.Source),
        "calendar.year-out-of-range" => nameof(AddCalendarDayInput.Date),
        _ => string.Empty,
    };
}

/// <summary>A year as the calendar page shows it: its status row (null when the year is unknown) and its days.</summary>
public sealed record CalendarYearOverview(int Year, CalendarYear? Status, IReadOnlyList<CalendarDay> Days)
{
    public bool Maintained => Status?.Maintained ?? false;
}
