using SubsidyPortal.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Infrastructure.Accounts;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Enterprises;
using SubsidyPortal.Infrastructure.Entitlements;
using SubsidyPortal.Infrastructure.Files;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Infrastructure.Work;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Application.Applications;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Infrastructure.Prospects;
using SubsidyPortal.Infrastructure.Reference;
using SubsidyPortal.Infrastructure.Mail;

namespace SubsidyPortal.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Portal";

    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set. Start the portal with scripts/run.sh, which provides a local PostgreSQL, or set ConnectionStrings__{ConnectionStringName}.");

        // Which administering authorities this scope may see; the DbContext filters every authority's object by it.
        services.AddScoped<VisibleAuthorities>();
        // Profile changes queue the enterprise for matching in the same save (ProspectingTrigger).
        services.AddSingleton<ProspectingSignal>();
        services.AddSingleton<ProspectingTrigger>();
        // Notifications queue their mails in the same save (Mail.MailOutboxTrigger).
        services.AddPortalMail(configuration);
        services.AddDbContext<PortalDbContext>((sp, options) => options.UseNpgsql(connectionString)
            .AddInterceptors(sp.GetRequiredService<ProspectingTrigger>(), sp.GetRequiredService<Mail.MailOutboxTrigger>()));
        services.AddSingleton(sp => new DatabaseMigrator(connectionString, sp.GetRequiredService<ILogger<DatabaseMigrator>>()));
        services.AddSingleton<IClock, SystemClock>();
        services.AddMemoryCache();
        services.AddScoped<IFileStore, PostgresFileStore>();
        services.AddScoped<PortalSeeder>();
        services.AddScoped<ScaleSeeder>();
        services.AddScoped<EnterpriseRegistrationService>();
        services.AddScoped<StaffAccountService>();
        services.AddScoped<EnterpriseProfileService>();
        services.AddScoped<ApplicationWorkflow>();
        services.AddScoped<ApplicationFilingService>();
        services.AddScoped<ApplicationQueries>();
        services.AddScoped<CallService>();
        services.AddScoped<ApplicationMaterialsService>();
        services.AddScoped<AutomaticFindings>();
        services.AddScoped<NoticeService>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ExpertDrawReplays>();
        services.AddScoped<ExpertPoolService>();
        services.AddSingleton<NoticeApprovalJob>();
        services.AddScoped<WorkingDayCalendarService>();
        services.AddScoped<MoneyStore>();
        services.AddScoped<AwardMaker>();
        services.AddScoped<AwardService>();
        services.AddScoped<DisbursementService>();
        services.AddScoped<ClawbackService>();
        services.AddScoped<DashboardQueries>();
        services.AddScoped<EntitlementImportService>();
        services.AddSingleton<EntitlementQueue>();
        services.AddSingleton<EntitlementJob>();
        if (configuration.GetValue("Jobs:Entitlements", true))
        {
            // Hosted after StartupTasks (inserted first), so it first runs once the schema is migrated.
            services.AddHostedService(sp => sp.GetRequiredService<EntitlementJob>());
        }

        services.AddSingleton<ProspectingJob>();
        if (configuration.GetValue("Jobs:Prospecting", true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<ProspectingJob>());
        }

        services.AddScoped<Audit.AuditChains>();
        services.AddScoped<Application.Audit.IAuditDigests>(sp => sp.GetRequiredService<Audit.AuditChains>());
        if (configuration.GetValue("Jobs:AuditDigest", true))
        {
            services.AddHostedService<Audit.AuditDigestJob>();
        }

        services.AddScoped<AftercareService>();
        services.AddScoped<AwardQueries>();

        // Use cases the pages call, each call in its own scope (UseCases).
        services.AddUseCase<IInbox, Inbox>();
        services.AddUseCase<IWorkQueues, WorkQueues>();
        services.AddUseCase<SubsidyPortal.Application.Reviews.IExpertDeclarations, ExpertDeclarations>();
        services.AddUseCase<SubsidyPortal.Application.Committee.IExpertDrawRecords, ExpertDrawRecords>();
        services.AddUseCase<IReferenceData, Reference.ReferenceData>();
        services.AddUseCase<IEnterpriseDirectory, EnterpriseDirectory>();
        services.AddUseCase<Application.Ledger.IFundingLedger, Ledger.FundingLedgerService>();
        // Issued documents (申报书, 通知书) as PDF with their 验证码, and the public check (Documents section).
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new Documents.DocumentOptions
        {
            PublicAddress = configuration["Documents:PublicAddress"] ?? string.Empty,
            FontFile = configuration["Documents:FontFile"] is { Length: > 0 } font ? font : Documents.DocumentFont.DefaultFile,
        }));
        services.AddUseCase<Application.Documents.IIssuedDocuments, Documents.IssuedDocumentService>();
        services.AddUseCase<Application.Documents.IDocumentVerification, Documents.IssuedDocumentService>();
        services.AddScoped<ApplicationViews>();
        services.AddUseCase<IApplicationFiling, ApplicationFiling>();
        services.AddTownOrParkUseCases();
        services.AddEnterpriseAwardsUseCases();
        services.AddExpertReviewUseCases();
        services.AddEnterpriseProfileUseCases();
        services.AddAccountCareUseCases();
        services.AddAdministrationUseCases();
        services.AddFinanceUseCases();
        services.AddCommitteeUseCases();
        services.AddCommitteeMoneyUseCases();
        services.AddPublicNoticeUseCases();
        return services;
    }
}
