using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Calendar;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Calendar;

/// <summary>The administrator's calendar page over <see cref="WorkingDayCalendarService"/>, which does the saving.</summary>
public sealed class CalendarAdministration(
    PortalDbContext db, WorkingDayCalendarService calendar, IClock clock, ILogger<CalendarAdministration> logger) : ICalendarAdministration
{
    public async Task<CalendarYearView> YearAsync(int? year, CancellationToken cancellationToken)
    {
        var today = clock.Today.Year;
        var shown = year is >= CalendarYear.EarliestYear and <= CalendarYear.LatestYear ? year.Value : today;
        var overview = await calendar.YearAsync(shown, cancellationToken);
        var known = await calendar.YearsAsync(cancellationToken);
        var choices = known.Concat([today - 1, today, today + 1, shown])
            .Where(y => y is >= CalendarYear.EarliestYear and <= CalendarYear.LatestYear)
            .Distinct()
            .Order()
            .ToList();
        return new CalendarYearView(
            shown,
            overview.Maintained,
            overview.Status?.Source,
            overview.Status?.MaintainedBy,
            overview.Status?.MaintainedAt,
            overview.Days.Select(d => new CalendarDayRow(d.Date, d.Kind, d.NameZh, d.Source)).ToList(),
            choices);
    }

    public async Task<CommandResult> AddDayAsync(AddCalendarDayInput input, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return Refused();
        }

        var result = await calendar.AddDayAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Administrator {Administrator} entered {Date} ({Kind}) in the working-day calendar", actor.Name, input.Date, input.Kind);
        }

        return result;
    }

    public async Task<CommandResult> RemoveDayAsync(DateOnly date, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return Refused();
        }

        var result = await calendar.RemoveDayAsync(date, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Administrator {Administrator} removed {Date} from the working-day calendar", actor.Name, date);
        }

        return result;
    }

    public async Task<CommandResult> MarkYearMaintainedAsync(MarkCalendarYearMaintainedInput input, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return Refused();
        }

        // Recorded by sign-in name (the e-mail), as it always was: a display name can be shared or changed.
        var userName = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken);
        var result = await calendar.MarkYearMaintainedAsync(input, userName ?? actor.Name, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Administrator {Administrator} marked {Year} maintained", actor.Name, input.Year);
        }

        return result;
    }

    private static bool IsAdministrator(Actor actor) => actor.Role == PortalRoles.Administrator && actor.UserId is not null;

    private static CommandResult Refused() => CommandResult.Fail(string.Empty, ValidationText.Get("account.not-allowed"));
}
