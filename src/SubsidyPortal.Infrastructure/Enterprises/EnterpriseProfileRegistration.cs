using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Enterprises;

namespace SubsidyPortal.Infrastructure.Enterprises;

public static class EnterpriseProfileRegistration
{
    /// <summary>The applicant's profile form and the eligibility self-check, each call in its own scope.</summary>
    public static IServiceCollection AddEnterpriseProfileUseCases(this IServiceCollection services)
    {
        services.AddUseCase<IEnterpriseProfileEditor, EnterpriseProfileEditor>();
        services.AddUseCase<IEligibilitySelfCheck, EligibilitySelfCheck>();
        return services;
    }
}
