using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Calendar;

/// <summary>
/// Whether a year's State Council holiday schedule (国务院办公厅关于某年部分节假日安排的通知) has been entered in full.
/// Until it has, the portal refuses to count working days in that year rather than treating it as weekends-only:
/// a notice period computed without 春节 or 国庆 would close days too early.
/// </summary>
public sealed class CalendarYear
{
    public const int EarliestYear = 2000;
    public const int LatestYear = 2099;
    public const int SourceMaxLength = CalendarDay.SourceMaxLength;
    public const int MaintainedByMaxLength = 256;

    private CalendarYear()
    {
    }

    /// <summary>A year whose schedule is being entered: not yet usable for counting.</summary>
    public CalendarYear(int year)
    {
        if (year is < EarliestYear or > LatestYear)
        {
            throw new DomainException("calendar.year-out-of-range", $"Calendar years run from {EarliestYear} to {LatestYear}; {year} is outside.");
        }

        Year = year;
    }

    public int Year { get; private set; }

    /// <summary>True once every holiday and make-up working day of the year's schedule has been entered.</summary>
    public bool Maintained { get; private set; }

    /// <summary>The notice the year's schedule was entered from; set when the year is marked maintained.</summary>
    public string? Source { get; private set; }

    /// <summary>Who marked the year maintained (a user name), when known; seeded years have none.</summary>
    public string? MaintainedBy { get; private set; }

    public DateTimeOffset? MaintainedAt { get; private set; }

    /// <summary>Declares the year's schedule complete, citing the notice; marking again updates the citation.</summary>
    public void MarkMaintained(string source, string? maintainedBy, DateTimeOffset? at)
    {
        Source = Guard.Required(source, "calendar.source-required", SourceMaxLength);
        MaintainedBy = Guard.Optional(maintainedBy, "calendar.maintained-by-too-long", MaintainedByMaxLength);
        MaintainedAt = at;
        Maintained = true;
    }
}
