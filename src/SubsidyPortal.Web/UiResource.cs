namespace SubsidyPortal.Web;

/// <summary>
/// Marker for the work areas' texts (shell, shared components and the pages rebuilt on MudBlazor):
/// Resources/UiResource.resx (Chinese, the neutral language) and UiResource.en.resx (English).
/// </summary>
public sealed class UiResource;
