using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Web;

namespace SubsidyPortal.Testing;

/// <summary>
/// The real portal (same Program, same pipeline) against its own PostgreSQL database, migrated and seeded with
/// demo data at start exactly as scripts/run.sh does. With <see cref="UseRealServer"/> it listens on a loopback
/// port so a browser can reach it.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public PortalFactory(string connectionString, string environment = "Testing", IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        ConnectionString = connectionString;
        Environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = connectionString,
            ["Seed:DemoData"] = "true",
            // Tests run approval rounds themselves (or switch the job on), so nothing happens behind their back.
            ["Jobs:NoticeApproval"] = "false",
            // Likewise 免申即享 imports: tests process them with EntitlementJob.ProcessAsync.
            ["Jobs:Entitlements"] = "false",
            ["Jobs:Prospecting"] = "false",
            // The day's audit digest is recorded by the tests that look at it.
            ["Jobs:AuditDigest"] = "false",
            // Tests read what they just changed; the dashboard's sharing is tested on its own.
            ["Dashboard:CacheSeconds"] = "0",
            // Tests log warnings and errors only, to the console.
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:WriteTo:1:Name"] = "Console",
        };
        // Tests sign in and post from one address (the in-process server has none at all) far more often than
        // anyone would; the limits are tested by RateLimitTests with small ones passed in settings.
        foreach (var policy in new[] { "SignIn", "Register", "Password", "Objection", "Evaluate" })
        {
            _settings[$"RateLimits:{policy}:PerAddress"] = "1000000";
            _settings[$"RateLimits:{policy}:PerAccount"] = "1000000";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string ConnectionString { get; }

    public string Environment { get; }

    /// <summary>
    /// The portal's clock. It starts on a fixed day inside every policy's period (the demo data and the tests were
    /// written for it), so a run in a later year sees the same calls open and the same notice windows.
    /// </summary>
    public AdjustableClock Clock { get; } = new(TestDay);

    public static readonly DateTimeOffset TestDay = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    /// <param name="services">Replacements registered after the portal's own (an amendment not yet in the catalog, say).</param>
    public static async Task<PortalFactory> CreateAsync(string purpose, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var server = await PostgresServer.InstanceAsync();
        return new PortalFactory(await server.CreateDatabaseAsync(purpose), settings: settings, services: services);
    }

    /// <summary>Serves on a free loopback port with Kestrel, returning the base address.</summary>
    public Uri UseRealServer()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // After the portal's own registrations, so this clock replaces the system one.
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<SubsidyPortal.Application.Abstractions.IClock>(Clock);
            _services?.Invoke(services);
        });
    }
}
