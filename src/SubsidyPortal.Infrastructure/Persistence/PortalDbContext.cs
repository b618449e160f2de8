using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Prospects;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Files;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's database. The schema is owned by the SQL files in Persistence/Migrations; the model here
/// must match them exactly (tests/SubsidyPortal.IntegrationTests/Persistence checks it).
/// </summary>
public sealed partial class PortalDbContext(DbContextOptions<PortalDbContext> options, VisibleAuthorities? visible = null)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    private readonly VisibleAuthorities _visible = visible ?? new VisibleAuthorities();

    /// <summary>Shadow property on aggregates that staff edit, mapped to PostgreSQL's xmin.</summary>
    public const string ConcurrencyToken = "Version";

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<AnnualFigures> AnnualFigures => Set<AnnualFigures>();

    public DbSet<CreditRecord> CreditRecords => Set<CreditRecord>();

    public DbSet<TownOrPark> TownsOrParks => Set<TownOrPark>();

    public DbSet<StoredFileRecord> StoredFiles => Set<StoredFileRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<Call> Calls => Set<Call>();

    public DbSet<SubsidyApplication> Applications => Set<SubsidyApplication>();

    public DbSet<ApplicationMaterial> ApplicationMaterials => Set<ApplicationMaterial>();

    public DbSet<ApplicationEvent> ApplicationEvents => Set<ApplicationEvent>();

    public DbSet<DepartmentOpinion> DepartmentOpinions => Set<DepartmentOpinion>();

    public DbSet<Expert> Experts => Set<Expert>();

    public DbSet<ExpertAssignment> ExpertAssignments => Set<ExpertAssignment>();

    public DbSet<ExpertDrawRecord> ExpertDraws => Set<ExpertDrawRecord>();

    public DbSet<PublicNotice> PublicNotices => Set<PublicNotice>();

    public DbSet<PublicNoticeEntry> PublicNoticeEntries => Set<PublicNoticeEntry>();

    public DbSet<FundingDecision> FundingDecisions => Set<FundingDecision>();

    public DbSet<Audit.AuditDigestRow> AuditDigests => Set<Audit.AuditDigestRow>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Mail.MailOutboxMessage> MailOutbox => Set<Mail.MailOutboxMessage>();

    public DbSet<Mail.MailOptOut> MailOptOuts => Set<Mail.MailOptOut>();

    public DbSet<ClauseProspect> ClauseProspects => Set<ClauseProspect>();

    public DbSet<ProspectRequest> ProspectRequests => Set<ProspectRequest>();

    public DbSet<ProspectSweep> ProspectSweeps => Set<ProspectSweep>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();

    public DbSet<Award> Awards => Set<Award>();

    public DbSet<AwardTranche> AwardTranches => Set<AwardTranche>();

    public DbSet<MoneyEvent> MoneyEvents => Set<MoneyEvent>();

    public DbSet<DisbursementBatch> DisbursementBatches => Set<DisbursementBatch>();

    public DbSet<DisbursementLine> DisbursementLines => Set<DisbursementLine>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Clawback> Clawbacks => Set<Clawback>();

    public DbSet<SubsidyPortal.Domain.Entitlements.EntitlementImport> EntitlementImports => Set<SubsidyPortal.Domain.Entitlements.EntitlementImport>();

    public DbSet<SubsidyPortal.Domain.Entitlements.EntitlementImportRow> EntitlementImportRows => Set<SubsidyPortal.Domain.Entitlements.EntitlementImportRow>();

    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();

    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    public DbSet<Domain.Documents.IssuedDocument> IssuedDocuments => Set<Domain.Documents.IssuedDocument>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        ApplyAuthorityFilters(builder);
    }

    /// <summary>The concurrency token the entity was read with (round-tripped through forms).</summary>
    public uint VersionOf(object entity) => (uint)Entry(entity).Property(ConcurrencyToken).CurrentValue!;

    /// <summary>Makes the next save fail if the row changed since the form was read.</summary>
    public void ExpectVersion(object entity, uint version) =>
        Entry(entity).Property(ConcurrencyToken).OriginalValue = version;
}
