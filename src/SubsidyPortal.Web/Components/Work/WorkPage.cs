using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Web.Infrastructure;

namespace SubsidyPortal.Web.Components.Work;

/// <summary>
/// What every work-area component needs: the signed-in user as the domain's <see cref="Domain.Applications.Actor"/>,
/// the reader's language, and the shell to tell when the user's work changed.
/// </summary>
public abstract class WorkPage : ComponentBase
{
    private Actor? _actor;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] protected ShellState Shell { get; set; } = default!;

    protected static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

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

    /// <summary>Chinese or English text of a pair the data carries in both.</summary>
    protected static string Pick(string zh, string en) => IsChinese || string.IsNullOrEmpty(en) ? zh : en;
}
