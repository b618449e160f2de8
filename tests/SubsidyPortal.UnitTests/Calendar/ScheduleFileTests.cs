using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Infrastructure.Seeding;

namespace SubsidyPortal.UnitTests.Calendar;

/// <summary>The shipped schedule file: every row becomes calendar days, and a damaged file is refused whole.</summary>
public sealed class ScheduleFileTests
{
    /// <summary>The file as committed, read directly (not through the parser under test).</summary>
    private static readonly Lazy<string[][]> RawRows = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SubsidyPortal.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir!.FullName, "src", "SubsidyPortal.Infrastructure", "Seeding", "Data", "cn-public-holidays-2024-2026.tsv");
        return File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToArray();
    });

    [Fact]
    public void Every_row_of_the_file_is_parsed_in_order()
    {
        var parsed = PublicHolidaySchedule.Arrangements;
        Assert.Equal(RawRows.Value.Length, parsed.Count);
        Assert.Equal(20, parsed.Count);
        Assert.Equal(RawRows.Value.Select(r => (int.Parse(r[0]), r[1])), parsed.Select(a => (a.Year, a.Holiday)));
    }

    [Fact]
    public void Every_day_off_and_every_make_up_day_of_every_row_becomes_a_calendar_day()
    {
        var days = PublicHolidaySchedule.Arrangements.SelectMany(a => a.ToCalendarDays()).ToDictionary(d => d.Date);
        var expected = 0;
        foreach (var row in RawRows.Value)
        {
            for (var d = DateOnly.Parse(row[2]); d <= DateOnly.Parse(row[3]); d = d.AddDays(1), expected++)
            {
                Assert.Equal(CalendarDayKind.PublicHoliday, days[d].Kind);
                Assert.Equal(row[1], days[d].NameZh);
                Assert.Equal(row[5], days[d].Source);
            }

            foreach (var makeUp in row[4].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(DateOnly.Parse))
            {
                expected++;
                Assert.Equal(CalendarDayKind.MakeUpWorkingDay, days[makeUp].Kind);
                Assert.Equal(row[1] + "调休上班", days[makeUp].NameZh);
            }
        }

        Assert.Equal(expected, days.Count);
    }

    [Fact]
    public void The_file_covers_2024_to_2026()
    {
        Assert.Equal([2024, 2025, 2026], PublicHolidaySchedule.Arrangements.Select(a => a.Year).Distinct().Order());
        Assert.Equal(new DateOnly(2024, 2, 4), PublicHolidaySchedule.Arrangements.SelectMany(a => a.MakeUpWorkingDays).Min());
    }

    [Theory]
    [InlineData("2026\t春节\t2026-02-15\t2026-02-23\t2026-02-13\t通知", "Line 2")] // make-up day on a Friday
    [InlineData("2026\t春节\t2026-02-23\t2026-02-15\t\t通知", "Line 2")] // runs backwards
    [InlineData("2026\t春节\t2026-02-15\t2026-02-23\t\t", "Line 2")] // no source
    [InlineData("2026\t春节\t2026/02/15\t2026-02-23\t\t通知", "Line 2")]
    [InlineData("2026\t春节\t2026-02-15\t2026-02-23", "Line 2")]
    public void A_damaged_row_is_refused_with_its_line_number(string row, string expected)
    {
        var text = "year\tholiday\tfirst_day_off\tlast_day_off\tmake_up_working_days\tsource\n" + row + "\n";
        var error = Assert.Throws<FormatException>(() => PublicHolidaySchedule.Parse(new StringReader(text)));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_listed_in_two_rows_is_refused()
    {
        const string text = "year\tholiday\tfirst_day_off\tlast_day_off\tmake_up_working_days\tsource\n"
                            + "2026\t甲\t2026-05-01\t2026-05-03\t\t通知\n"
                            + "2026\t乙\t2026-05-03\t2026-05-04\t\t通知\n";
        Assert.Contains("2026-05-03", Assert.Throws<FormatException>(() => PublicHolidaySchedule.Parse(new StringReader(text))).Message, StringComparison.Ordinal);
    }
}
