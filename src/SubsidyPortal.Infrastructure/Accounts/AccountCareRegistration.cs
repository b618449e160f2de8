using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Accounts;

namespace SubsidyPortal.Infrastructure.Accounts;

public static class AccountCareRegistration
{
    /// <summary>Account care the static account pages call: changing one's password, and help for a forgotten one.</summary>
    public static IServiceCollection AddAccountCareUseCases(this IServiceCollection services)
    {
        services.AddUseCase<IAccountPasswords, AccountPasswords>();
        services.AddSingleton<IPasswordHelp, ConfiguredPasswordHelp>();
        return services;
    }
}
