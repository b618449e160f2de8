namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Redirects stay on the site the browser asked for. The framework builds absolute redirect URLs from the request's
/// Host header (the cookie handler's sign-in redirect, NavigationManager during static rendering), which the client
/// chooses: "Host: evil.example" would send the answer to evil.example. The portal never redirects elsewhere, so a
/// redirect is always given as a path.
/// </summary>
internal static class LocalRedirects
{
    /// <summary>The path, query and fragment of an absolute http(s) URL; a path as it is; "/" for anything else
    /// (another scheme, or a path a browser would read as another host).</summary>
    public static string Relative(string location)
    {
        var path = Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.PathAndQuery + uri.Fragment
            : location;
        return RoleHome.IsLocalUrl(path) ? path : "/";
    }
}
