using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Calendar;

/// <summary>The State Council's 2024–2026 schedules are reference data: present after start, in full, once.</summary>
public sealed class CalendarSeedTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Start_up_seeds_every_day_of_the_schedule_file_with_its_kind_name_and_source()
    {
        var expected = PublicHolidaySchedule.Arrangements.SelectMany(a => a.ToCalendarDays())
            .Select(d => (d.Date, d.Kind, d.NameZh, d.Source)).OrderBy(d => d.Date).ToList();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var stored = (await db.CalendarDays.AsNoTracking().OrderBy(d => d.Date).ToListAsync())
            .Select(d => (d.Date, d.Kind, d.NameZh, d.Source)).ToList();
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task Start_up_marks_2024_to_2026_maintained_citing_each_years_notice()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var years = await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Assert.Equal([2024, 2025, 2026], years.Select(y => y.Year));
        Assert.All(years, y => Assert.True(y.Maintained));
        Assert.Contains("国办发明电〔2024〕12号", years[1].Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var before = (await db.CalendarDays.CountAsync(), await db.CalendarYears.CountAsync());
        await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedReferenceDataAsync();
        await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedReferenceDataAsync();
        Assert.Equal(before, (await db.CalendarDays.CountAsync(), await db.CalendarYears.CountAsync()));
    }

    [Fact]
    public async Task The_stored_calendar_times_the_National_Day_2024_notice()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingDayCalendarService>().LoadAsync(CancellationToken.None);
        var window = calendar.NoticeWindow(new DateOnly(2024, 9, 27), 5);
        Assert.Equal(new DateOnly(2024, 10, 9), window.LastDay);
        Assert.Contains(new DateOnly(2024, 9, 29), window.WorkingDays);
    }
}
