namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// The cancellation a component's reads take. It ends when the component is disposed (the user went to another page,
/// closed the tab, or the circuit was dropped) and, while the page is prerendered, when its request is aborted: a view
/// nobody will see should not keep a query running on the database. Commands take <see cref="CommandRunsToEnd"/>.
/// </summary>
public sealed class PageLifetime : IDisposable
{
    private CancellationTokenSource? _source;
    private bool _ended;

    /// <summary>
    /// What a command (a write) takes: whoever clicked expects it done even if the tab is closed right after, and its
    /// transaction is all or nothing anyway.
    /// </summary>
    public static CancellationToken CommandRunsToEnd => CancellationToken.None;

    /// <summary>
    /// The token, made on first use. Once the component is gone it is an already cancelled one, so work that wakes
    /// after the disposal (a poll, a late event) stops at once instead of failing on a disposed source.
    /// </summary>
    /// <param name="prerendering">The request the page is prerendered for; null over the circuit.</param>
    public CancellationToken Token(HttpContext? prerendering)
    {
        if (_ended)
        {
            return new CancellationToken(canceled: true);
        }

        _source ??= prerendering is null
            ? new CancellationTokenSource()
            : CancellationTokenSource.CreateLinkedTokenSource(prerendering.RequestAborted);
        return _source.Token;
    }

    /// <summary>Cancels what is still running for the component, then releases the source.</summary>
    public void Dispose()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        using var source = _source;
        _source = null;
        source?.Cancel();
    }
}
