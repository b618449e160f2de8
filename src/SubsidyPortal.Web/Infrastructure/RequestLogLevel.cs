using Serilog.Events;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// The level of a request's one log line. Failures and slow answers are raised; the health probes, static files and
/// the circuit's own traffic are dropped (Verbose is below every configured minimum): they are most requests and say
/// nothing about what people did (docs/operations.md, Logging).
/// </summary>
public static class RequestLogLevel
{
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    private static readonly string[] Quiet = ["/health", "/_framework", "/_content", "/_blazor", "/css", "/js", "/favicon"];

    public static LogEventLevel For(HttpContext http, double elapsedMilliseconds, Exception? exception)
    {
        var quiet = Quiet.Any(prefix => http.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
        if (exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            // A probe's 503 (not ready yet, database away) is worth seeing, not an error of the portal's own.
            return quiet && exception is null ? LogEventLevel.Warning : LogEventLevel.Error;
        }

        if (quiet)
        {
            // Before the slow check: a circuit's WebSocket "request" lasts as long as the page is open.
            return LogEventLevel.Verbose;
        }

        return elapsedMilliseconds >= Slow.TotalMilliseconds ? LogEventLevel.Warning : LogEventLevel.Information;
    }
}
