using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace SubsidyPortal.Benchmarks;

/// <summary>
/// The web server's own ceiling on this machine: Kestrel answering a constant string, no middleware, no logging.
/// The web benchmark runs wrk against it in the same run as the portal, so the pages' rates read against it.
/// Usage: ... -- hello URL
/// </summary>
public static class HelloServer
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(args.Length > 0 ? args[0] : "http://127.0.0.1:5091");
        var app = builder.Build();
        app.MapGet("/", () => "Hello, world");
        await app.RunAsync();
    }
}
