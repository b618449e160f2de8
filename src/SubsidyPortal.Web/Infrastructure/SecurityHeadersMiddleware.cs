using Microsoft.AspNetCore.StaticAssets;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>Conservative headers for a portal that handles public money: no framing, no sniffing, own scripts only;
/// nothing a signed-in user sees kept by a cache; redirects only ever to a path on this site.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
        // When the answer is complete: the user is known only after authentication, and the Location only at the end.
        context.Response.OnStarting(static state => BeforeSending((HttpContext)state), context);
        return next(context);
    }

    private static Task BeforeSending(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (headers.Location.Count > 0)
        {
            headers.Location = LocalRedirects.Relative(headers.Location.ToString());
        }

        // A signed-in user's pages, downloads (bank files, materials, exports) and API answers hold personal and financial
        // data: no browser or proxy cache may keep them, nor restore them after sign-out. Scripts and styles are the same
        // for everyone and keep their long caching.
        if (context.User.Identity?.IsAuthenticated == true && context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
        {
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
        }

        return Task.CompletedTask;
    }
}
