namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// One per circuit: a page tells the shell that the user's work changed (a filing submitted, a message read), so
/// the navigation's counts are read again without waiting for the next navigation.
/// </summary>
public sealed class ShellState
{
    public event Action? WorkChanged;

    public void NotifyWorkChanged() => WorkChanged?.Invoke();
}
