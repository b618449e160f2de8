using Microsoft.AspNetCore.Http;
using Serilog.Events;
using SubsidyPortal.Web.Infrastructure;

namespace SubsidyPortal.UnitTests.Logging;

/// <summary>One line per request that says something: failures and slow answers raised, probes and assets dropped.</summary>
public sealed class RequestLogLevelTests
{
    private static HttpContext Request(string path, int status = 200)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Response.StatusCode = status;
        return http;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/committee/applications")]
    [InlineData("/notices/6f0c0e4b-4c1b-4c53-9d2f-5f7a4f1f2a10")]
    [InlineData("/healthy-enterprises")]
    public void A_page_is_logged_at_information(string path) =>
        Assert.Equal(LogEventLevel.Information, RequestLogLevel.For(Request(path), 12, null));

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_blazor/negotiate")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/css/portal.css")]
    public void Probes_assets_and_the_circuit_are_dropped(string path) =>
        Assert.Equal(LogEventLevel.Verbose, RequestLogLevel.For(Request(path), 3, null));

    [Fact]
    public void A_failure_is_an_error_and_a_probe_that_is_not_ready_a_warning()
    {
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.For(Request("/committee", 500), 3, null));
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.For(Request("/committee"), 3, new InvalidOperationException()));
        Assert.Equal(LogEventLevel.Warning, RequestLogLevel.For(Request("/health/ready", 503), 3, null));
    }

    [Fact]
    public void A_slow_answer_is_a_warning_but_a_circuit_open_for_minutes_is_not()
    {
        Assert.Equal(LogEventLevel.Warning, RequestLogLevel.For(Request("/dashboard"), 1500, null));
        Assert.Equal(LogEventLevel.Verbose, RequestLogLevel.For(Request("/_blazor", 101), 600_000, null));
    }
}
