using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Dashboards;
using SubsidyPortal.Application.Enterprises;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Application.Prospects;
using SubsidyPortal.Application.RuleVersions;
using SubsidyPortal.Infrastructure.Enterprises;
using SubsidyPortal.Infrastructure.Entitlements;
using SubsidyPortal.Infrastructure.Prospects;
using SubsidyPortal.Infrastructure.RuleVersions;
using SubsidyPortal.Infrastructure.Money;

// In the root namespace, beside AddUseCase, so DependencyInjection needs one line and no using.
namespace SubsidyPortal.Infrastructure;

/// <summary>The committee's money pages (awards, 免申即享 imports), the dashboard, the staff enterprise directory and 政策找企业.</summary>
public static class CommitteeMoneyRegistration
{
    public static IServiceCollection AddCommitteeMoneyUseCases(this IServiceCollection services) => services
        .AddUseCase<ICommitteeAwards, CommitteeAwards>()
        .AddUseCase<ICommitteeEntitlements, CommitteeEntitlements>()
        .AddUseCase<IDashboard, DashboardReader>()
        .AddUseCase<IStaffEnterprises, StaffEnterprises>()
        .AddUseCase<IClauseProspects, ClauseProspects>()
        .AddSingleton(ClauseAmendments.Catalog)
        .AddUseCase<IRuleVersions, RuleVersionsService>();
}
