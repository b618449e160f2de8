using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Calendar;

/// <summary>Once seeded, a year is the Administrator's: the next start does not undo their corrections.</summary>
public sealed class CalendarReseedTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_seeded_day_the_administrator_removed_is_not_brought_back_by_the_next_seed()
    {
        var removed = new DateOnly(2025, 10, 8);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<WorkingDayCalendarService>().RemoveDayAsync(removed, CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalSeeder>().SeedReferenceDataAsync();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == removed));
        }
    }
}
