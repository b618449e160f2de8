using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure;

namespace SubsidyPortal.UnitTests.Architecture;

/// <summary>
/// A use case runs in its own DI scope, which learns the caller's administering authorities from the <see cref="Actor"/>
/// it is given (<c>PerCallScope</c>). So every use-case method takes an Actor, except those that read nothing an
/// authority owns; a new method without one would read every authority's objects.
/// </summary>
public sealed class UseCasesCarryTheActorTests
{
    /// <summary>Methods that read no authority's objects, and why.</summary>
    private static readonly HashSet<string> NoAuthorityData =
    [
        "IPublicNotices.NoticesAsync", "IPublicNotices.NoticeAsync", "IPublicNotices.LineAsync", "IPublicNotices.LodgeObjectionAsync", // 公示 is public
        "IReferenceData.TownsOrParksAsync", "IReferenceData.EnterpriseNameAsync", // reference data
        "IEnterpriseDirectory.CountAsync", "IEnterpriseDirectory.ListAsync", "IEnterpriseDirectory.PageAsync", // enterprises belong to no authority
        "ICalendarAdministration.YearAsync", // the working-day calendar
        "IAccountPasswords.ChangeAsync", // one's own password
        "IDocumentVerification.VerifyAsync", // 核验 is public: an issued document's public summary only
        "IPasswordResetByMail.RequestAsync", "IPasswordResetByMail.ResetAsync", // a signed-out person's own account, by mail
    ];

    private static IReadOnlyList<Type> UseCaseInterfaces()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = "Host=unused" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddPortalInfrastructure(configuration);
        return services
            .Where(d => d.Lifetime == ServiceLifetime.Singleton && d.ServiceType.IsInterface && d.ImplementationFactory is not null
                        && d.ServiceType.Assembly == typeof(SubsidyPortal.Application.Common.PageRequest).Assembly)
            .Select(d => d.ServiceType)
            .Distinct()
            .ToList();
    }

    [Fact]
    public void Every_use_case_method_that_reads_an_authoritys_objects_takes_an_actor()
    {
        var interfaces = UseCaseInterfaces();
        Assert.Contains(typeof(SubsidyPortal.Application.Committee.ICommitteeCalls), interfaces);
        Assert.Contains(typeof(SubsidyPortal.Application.Finance.IFinanceDesk), interfaces);
        var missing = interfaces
            .SelectMany(i => i.GetMethods().Select(m => (Name: $"{i.Name}.{m.Name}", Method: m)))
            .Where(x => !NoAuthorityData.Contains(x.Name) && x.Method.GetParameters().All(p => p.ParameterType != typeof(Actor)))
            .Select(x => x.Name)
            .ToList();
        Assert.True(missing.Count == 0, "These use-case methods take no Actor: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_exemptions_name_methods_that_exist()
    {
        var names = UseCaseInterfaces().SelectMany(i => i.GetMethods().Select(m => $"{i.Name}.{m.Name}")).ToHashSet();
        Assert.DoesNotContain(NoAuthorityData, n => !names.Contains(n));
    }
}
