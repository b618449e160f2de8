using Microsoft.AspNetCore.Http;
using SubsidyPortal.Web.Infrastructure;

namespace SubsidyPortal.UnitTests.Web;

/// <summary>The token a page's reads take: live while the page is, cancelled when it goes, never for commands.</summary>
public sealed class PageLifetimeTests
{
    [Fact]
    public void The_token_is_cancelled_when_the_page_is_disposed()
    {
        var lifetime = new PageLifetime();
        var token = lifetime.Token(prerendering: null);
        Assert.False(token.IsCancellationRequested);

        lifetime.Dispose();

        Assert.True(token.IsCancellationRequested);
    }

    [Fact]
    public void Asked_after_the_page_is_gone_it_is_already_cancelled_rather_than_failing()
    {
        var lifetime = new PageLifetime();
        lifetime.Dispose();

        Assert.True(lifetime.Token(prerendering: null).IsCancellationRequested);
        lifetime.Dispose();
    }

    [Fact]
    public void While_prerendering_an_aborted_request_cancels_it()
    {
        var aborted = new CancellationTokenSource();
        var request = new DefaultHttpContext { RequestAborted = aborted.Token };
        using var lifetime = new PageLifetime();
        var token = lifetime.Token(request);

        aborted.Cancel();

        Assert.True(token.IsCancellationRequested);
    }

    [Fact]
    public void Commands_are_never_cancelled() => Assert.False(PageLifetime.CommandRunsToEnd.CanBeCanceled);
}
