using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Finance;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>Finance's use cases (the finance work area), each call in its own scope.</summary>
public static class FinanceRegistration
{
    public static IServiceCollection AddFinanceUseCases(this IServiceCollection services) =>
        services.AddUseCase<IFinanceDesk, FinanceDesk>();
}
