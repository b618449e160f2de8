using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>A production start never seeds the demo accounts and their published password.</summary>
public sealed class ProductionStartTests
{
    [Fact]
    public async Task A_production_start_asked_to_seed_demo_data_refuses_to_start()
    {
        var server = await PostgresServer.InstanceAsync();
        await using var factory = new PortalFactory(await server.CreateDatabaseAsync("production"), environment: "Production");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Refusing to seed demo accounts", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_start_without_demo_data_serves_and_has_no_demo_accounts()
    {
        var server = await PostgresServer.InstanceAsync();
        await using var factory = new PortalFactory(
            await server.CreateDatabaseAsync("productionok"), environment: "Production", settings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });
        using var client = PortalClient.For(factory);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);
        var login = await client.SignInAsync("admin@demo.local", PortalSeeder.DemoPassword);
        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.NotEmpty(Infrastructure.Seeding.ReferenceData.TownsOrParks);
        Assert.False(scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.PortalDbContext>().Users.Any());
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
}
