using System.Diagnostics;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>One log line per request (Serilog.AspNetCore is not restorable here, so the portal has its own).</summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms for {User}",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed,
                context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "anonymous");
        }
    }
}
