using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Files;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's database. The schema is owned by the SQL files in Persistence/Migrations; the model here
/// must match them exactly (tests/SubsidyPortal.IntegrationTests/Persistence checks it).
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Shadow property on aggregates that staff edit, mapped to PostgreSQL's xmin.</summary>
    public const string ConcurrencyToken = "Version";

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<AnnualFigures> AnnualFigures => Set<AnnualFigures>();

    public DbSet<CreditRecord> CreditRecords => Set<CreditRecord>();

    public DbSet<TownOrPark> TownsOrParks => Set<TownOrPark>();

    public DbSet<StoredFileRecord> StoredFiles => Set<StoredFileRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    /// <summary>The concurrency token the entity was read with (round-tripped through forms).</summary>
    public uint VersionOf(object entity) => (uint)Entry(entity).Property(ConcurrencyToken).CurrentValue!;

    /// <summary>Makes the next save fail if the row changed since the form was read.</summary>
    public void ExpectVersion(object entity, uint version) =>
        Entry(entity).Property(ConcurrencyToken).OriginalValue = version;
}
