using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Web.Infrastructure;

namespace SubsidyPortal.Web.Components.Work;

/// <summary>
/// What every work-area component needs: the signed-in user as the domain's <see cref="Domain.Applications.Actor"/>,
/// the reader's language, the shell to tell when the user's work changed, and the tokens its service calls take.
/// </summary>
public abstract class WorkPage : ComponentBase, IDisposable
{
    private readonly PageLifetime _lifetime = new();
    private Actor? _actor;
    private object?[]? _appliedQuery;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    // Only while the page is prerendered: its request, so that an aborted request ends the page's reads too.
    [CascadingParameter] private HttpContext? PrerenderRequest { get; set; }

    [Inject] protected ShellState Shell { get; set; } = default!;

    protected static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>
    /// What reads take (loads, lists, counts, searches, figures): cancelled when the page is left or its tab closed,
    /// so the database stops a query nobody will see. A table's server load takes the token its table passes instead.
    /// </summary>
    protected CancellationToken PageClosing => _lifetime.Token(PrerenderRequest);

    /// <summary>What commands take: never cancelled, see <see cref="PageLifetime.CommandRunsToEnd"/>.</summary>
    protected static CancellationToken CommandRunsToEnd => PageLifetime.CommandRunsToEnd;

    /// <summary>The signed-in user; read once per component.</summary>
    protected async Task<Actor> ActorAsync() => _actor ??= (await AuthState).User.ToActor();

    /// <summary>
    /// What a table's server load returns when it also set something the page shows outside the table (a count, a
    /// total, a button's sum): the table re-renders only itself, so the page is asked to render too.
    /// </summary>
    protected TData Loaded<TData>(TData tableData)
    {
        StateHasChanged();
        return tableData;
    }

    /// <summary>
    /// Whether the URL's filter values differ from those the page last applied (true the first time). A page's
    /// parameters are set again for reasons other than its URL; applying the URL then would throw away what the user
    /// has typed or chosen since (a search typed while the list was still loading was lost that way).
    /// </summary>
    protected bool QueryChanged(params object?[] values)
    {
        if (_appliedQuery is not null && _appliedQuery.SequenceEqual(values))
        {
            return false;
        }

        _appliedQuery = values;
        return true;
    }

    /// <summary>Chinese or English text of a pair the data carries in both.</summary>
    protected static string Pick(string zh, string en) => IsChinese || string.IsNullOrEmpty(en) ? zh : en;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A component that holds more overrides this, releases its own and calls the base.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lifetime.Dispose();
        }
    }
}
