namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Browsers ask for /favicon.ico on their own, signed in or not. The portal's icon is an SVG; without this the request
/// fell to the sign-in fallback and answered a redirect to the sign-in page.
/// </summary>
internal static class FaviconEndpoint
{
    public static void MapFavicon(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true))
            .AllowAnonymous()
            .ExcludeFromDescription();
}
