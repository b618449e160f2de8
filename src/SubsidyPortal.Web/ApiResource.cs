namespace SubsidyPortal.Web;

/// <summary>
/// Marker for the public API's problem titles and details: Resources/ApiResource.resx (Chinese, the neutral language)
/// and ApiResource.en.resx (English, for a request with culture=en).
/// </summary>
public sealed class ApiResource;
