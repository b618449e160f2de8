using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Calendar;
using SubsidyPortal.Infrastructure.Calendar;

namespace SubsidyPortal.Infrastructure.Accounts;

/// <summary>The system administrator's use cases: accounts and the working-day calendar.</summary>
public static class AdministrationRegistration
{
    public static IServiceCollection AddAdministrationUseCases(this IServiceCollection services)
    {
        services.AddUseCase<IAccountAdministration, AccountAdministration>();
        services.AddUseCase<ICalendarAdministration, CalendarAdministration>();
        return services;
    }
}
