using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>The enterprise's award pages (我的资助): their use cases, each call in its own scope.</summary>
public static class EnterpriseAwardsRegistration
{
    public static IServiceCollection AddEnterpriseAwardsUseCases(this IServiceCollection services) =>
        services.AddUseCase<IEnterpriseAwards, EnterpriseAwards>();
}
