using System.Net.Sockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.IntegrationTests.Shell;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Api;

/// <summary>
/// One portal served by Kestrel for the API's tests, so body limits, chunked bodies and cut-off connections are the
/// real server's. Its warnings and errors are kept: an answer to client input must never be logged as a failure.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    public RealServerFixture.LogSink Log { get; } = new();

    public PortalFactory Factory { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        Factory = new LoggingFactory(await server.CreateDatabaseAsync("api"), Log);
        BaseAddress = Factory.UseRealServer();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public PortalClient Client() => PortalClient.Over(BaseAddress);

    /// <summary>Errors logged from now on (the request log writes any 5xx as one).</summary>
    public Func<IReadOnlyList<LogEvent>> ErrorsFromNow()
    {
        var before = Log.Events.Count;
        return () => Log.Events.Skip(before).Where(e => e.Level >= LogEventLevel.Error).ToList();
    }

    /// <summary>The statuses the request log records for a path from now on: what the server answered, even to a
    /// client that left before reading it.</summary>
    public Func<IReadOnlyList<int>> AnswersFromNow(string path)
    {
        var before = Log.Events.Count;
        return () => Log.Events.Skip(before)
            .Where(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString().Trim('"') == path
                        && e.Properties.ContainsKey("StatusCode"))
            .Select(e => int.Parse(e.Properties["StatusCode"].ToString(), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    private sealed class LoggingFactory(string connectionString, ILogEventSink sink) : PortalFactory(connectionString, settings: new Dictionary<string, string?>
    {
        // The request log's line per request reaches the sink; the console stays at warnings.
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Warning",
        ["Serilog:WriteTo:1:Args:restrictedToMinimumLevel"] = "Warning",
    })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Serilog reads sinks from the container (ReadFrom.Services).
            builder.ConfigureTestServices(services => services.AddSingleton(sink));
        }
    }
}

/// <summary>The API's test classes share one server; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ApiServerCollection : ICollectionFixture<ApiServerFixture>
{
    public const string Name = "Evaluation API over Kestrel";
}

internal static class Api
{
    public const string Evaluate = "/api/eligibility/evaluate";

    public const string EngineeringCentre = "jinshan-2025/6-1-district-engineering-centre";

    public static readonly string ValidRequest = """
        {
          "referenceDate": "2025-06-01",
          "clauseIds": ["changning-2024/6-high-tech-first"],
          "facts": { "inChangning": true, "operatingNormally": true, "goodCredit": true, "highTechFirstCertifiedOn": "2024-12-04", "highTechLatestCertifiedOn": "2024-12-04", "changningArrival": "set-up" }
        }
        """;

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostAsync(PortalClient client, string body, string? culture = null) =>
        client.Http.PostAsync(culture is null ? Evaluate : $"{Evaluate}?culture={culture}", Json(body));

    /// <summary>The answer is a problem document; its JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>A request that names one clause with the given facts (JSON members, already written).</summary>
    public static string Request(string clauseId, string facts) =>
        $$"""{ "referenceDate": "2025-06-01", "clauseIds": ["{{clauseId}}"], "facts": { {{facts}} } }""";

    /// <summary>
    /// The largest request a real integrator would send: every clause, a value for every input any clause takes, the
    /// matter, and fifty prior awards (more than any enterprise holds), indented.
    /// </summary>
    public static string LargestRealisticRequest()
    {
        var facts = new Dictionary<string, object> { [ClauseEvaluator.MatterKey] = "高新技术成果转化项目-2025-0001" };
        foreach (var input in PolicyCatalog.Clauses.SelectMany(c => c.Inputs))
        {
            facts[input.Key] = input.Type switch
            {
                InputType.Money => "123456789.12",
                InputType.Count => 123456,
                InputType.Integer => 2025,
                InputType.Boolean => true,
                InputType.Choice => input.Options[^1].Code,
                _ => "2024-05-01",
            };
        }

        var awards = Enumerable.Range(0, 50).Select(i => PolicyCatalog.Clauses[i % PolicyCatalog.Clauses.Count]).Select((c, i) => new
        {
            clauseId = c.Id,
            amount = "500000.00",
            awardedOn = "2024-03-01",
            exclusivityGroup = c.ExclusivityGroup,
            matterKey = $"项目-{i:000}",
        });
        return JsonSerializer.Serialize(
            new { referenceDate = "2025-06-01", clauseIds = PolicyCatalog.Clauses.Select(c => c.Id), facts, priorAwards = awards },
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Sends raw bytes over a new connection, optionally closes the sending side, and returns whatever the
    /// server answers before it closes (empty when it answers nothing).</summary>
    public static async Task<string> RawAsync(Uri server, byte[] request, bool closeSending, TimeSpan wait)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Host, server.Port);
        await socket.SendAsync(request, SocketFlags.None);
        if (closeSending)
        {
            socket.Shutdown(SocketShutdown.Send);
        }

        using var timeout = new CancellationTokenSource(wait);
        var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int n;
            while ((n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, n);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
            // The server kept the connection open or reset it: what arrived is the answer.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
