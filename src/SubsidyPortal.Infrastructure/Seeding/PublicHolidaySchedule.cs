using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Seeding;

/// <summary>
/// The State Council's published holiday schedules (国务院办公厅关于部分节假日安排的通知) that ship with the portal,
/// from the embedded Data/cn-public-holidays-2024-2026.tsv: one row per holiday with its days off (first to last,
/// inclusive) and its make-up working days. Official public data, so it is seeded in every environment.
/// </summary>
public static class PublicHolidaySchedule
{
    public const string ResourceName = "Seeding.Data.cn-public-holidays-2024-2026.tsv";

    private const string Header = "year\tholiday\tfirst_day_off\tlast_day_off\tmake_up_working_days\tsource";

    /// <summary>The suffix that names a make-up working day after its holiday, e.g. 春节调休上班.</summary>
    public const string MakeUpSuffix = "调休上班";

    private static readonly Lazy<IReadOnlyList<HolidayArrangement>> Embedded = new(() =>
    {
        using var stream = typeof(PublicHolidaySchedule).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    });

    /// <summary>Every row of the embedded file, in file order.</summary>
    public static IReadOnlyList<HolidayArrangement> Arrangements => Embedded.Value;

    /// <summary>
    /// Adds each year of the file that the database does not know yet: all its days, and the year marked maintained,
    /// in one save. A year already in calendar_years belongs to the Administrator from then on, so seeding at the
    /// next start never brings back a day they removed or overrides a correction.
    /// </summary>
    public static async Task SeedAsync(PortalDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var knownYears = await db.CalendarYears.Select(y => y.Year).ToListAsync(cancellationToken);
        var newYears = Arrangements.GroupBy(a => a.Year).Where(g => !knownYears.Contains(g.Key)).ToList();
        if (newYears.Count == 0)
        {
            return;
        }

        var first = new DateOnly(newYears.Min(g => g.Key), 1, 1);
        var last = new DateOnly(newYears.Max(g => g.Key), 12, 31);
        var knownDates = (await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).Select(d => d.Date).ToListAsync(cancellationToken)).ToHashSet();
        var days = 0;
        foreach (var year in newYears)
        {
            var added = year.SelectMany(a => a.ToCalendarDays()).Where(d => !knownDates.Contains(d.Date)).ToList();
            db.CalendarDays.AddRange(added);
            days += added.Count;
            var calendarYear = new CalendarYear(year.Key);
            calendarYear.MarkMaintained(year.First().Source, null, null);
            db.CalendarYears.Add(calendarYear);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the working-day calendar for {Years} ({Days} days)", string.Join(", ", newYears.Select(g => g.Key)), days);
    }

    /// <summary>Reads the tab-separated file; a malformed row stops with its line number rather than seeding half a year.</summary>
    public static IReadOnlyList<HolidayArrangement> Parse(TextReader reader)
    {
        var header = reader.ReadLine()?.TrimEnd('\r');
        if (header != Header)
        {
            throw new FormatException($"Expected the header '{Header}', found '{header}'.");
        }

        var rows = new List<HolidayArrangement>();
        var seen = new HashSet<DateOnly>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var row = ParseRow(line, lineNumber);
            try
            {
                foreach (var day in row.ToCalendarDays())
                {
                    if (!seen.Add(day.Date))
                    {
                        throw new FormatException($"Line {lineNumber}: {day.Date:yyyy-MM-dd} appears in more than one row.");
                    }
                }
            }
            catch (DomainException e)
            {
                throw new FormatException($"Line {lineNumber}: {e.Message}", e);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static HolidayArrangement ParseRow(string line, int lineNumber)
    {
        var cells = line.Split('\t');
        if (cells.Length != 6)
        {
            throw new FormatException($"Line {lineNumber}: expected 6 tab-separated columns, found {cells.Length}.");
        }

        if (!int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new FormatException($"Line {lineNumber}: '{cells[0]}' is not a year.");
        }

        var first = Date(cells[2], lineNumber);
        var last = Date(cells[3], lineNumber);
        if (last < first || first.Year != year)
        {
            throw new FormatException($"Line {lineNumber}: the days off {first:yyyy-MM-dd}–{last:yyyy-MM-dd} do not run forward from within {year}.");
        }

        var makeUps = cells[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => Date(d, lineNumber))
            .ToList();
        if (string.IsNullOrWhiteSpace(cells[1]) || string.IsNullOrWhiteSpace(cells[5]))
        {
            throw new FormatException($"Line {lineNumber}: the holiday name and the source are required.");
        }

        return new HolidayArrangement(year, cells[1].Trim(), first, last, makeUps, cells[5].Trim());
    }

    private static DateOnly Date(string text, int lineNumber) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"Line {lineNumber}: '{text}' is not a date (yyyy-MM-dd).");
}

/// <summary>One holiday of a year's schedule: its days off and the weekend days worked to make up for them.</summary>
public sealed record HolidayArrangement(
    int Year, string Holiday, DateOnly FirstDayOff, DateOnly LastDayOff, IReadOnlyList<DateOnly> MakeUpWorkingDays, string Source)
{
    /// <summary>Each day off as a public holiday named after the holiday, each make-up day as 「holiday」调休上班.</summary>
    public IEnumerable<CalendarDay> ToCalendarDays()
    {
        for (var day = FirstDayOff; day <= LastDayOff; day = day.AddDays(1))
        {
            yield return new CalendarDay(day, CalendarDayKind.PublicHoliday, Holiday, Source);
        }

        foreach (var day in MakeUpWorkingDays)
        {
            yield return new CalendarDay(day, CalendarDayKind.MakeUpWorkingDay, Holiday + PublicHolidaySchedule.MakeUpSuffix, Source);
        }
    }
}
