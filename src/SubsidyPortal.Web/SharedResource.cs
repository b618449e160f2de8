namespace SubsidyPortal.Web;

/// <summary>
/// Marker for the UI strings in Resources/SharedResource.resx (Chinese, the neutral language) and
/// SharedResource.en.resx (English).
/// </summary>
public sealed class SharedResource;
