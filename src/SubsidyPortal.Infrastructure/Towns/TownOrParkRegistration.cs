using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Infrastructure.Towns;

// In the root namespace, beside AddUseCase, so DependencyInjection needs one line and no using.
namespace SubsidyPortal.Infrastructure;

/// <summary>The 镇（园区）work area's use cases.</summary>
public static class TownOrParkRegistration
{
    public static IServiceCollection AddTownOrParkUseCases(this IServiceCollection services) =>
        services.AddUseCase<ITownOrParkWork, TownOrParkWork>();
}
