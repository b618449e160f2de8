using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>The few endpoints that are not pages. Each states who may use it.</summary>
internal static class PortalEndpoints
{
    public static void MapPortalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<PortalUser> signIn, HttpContext context) =>
            {
                // Already signed out (in another tab): nothing to do, and nothing a forged post could change.
                if (context.User.Identity?.IsAuthenticated != true)
                {
                    return Results.LocalRedirect("/");
                }

                // Signing out is a state change: refuse a post that does not carry the page's form token.
                if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                {
                    // No body: RequestProblemMiddleware explains it on the status page ("the page had expired").
                    return Results.StatusCode(StatusCodes.Status400BadRequest);
                }

                await signIn.SignOutAsync();
                return Results.LocalRedirect("/");
            })
            .AllowAnonymous()
            .WithMetadata(new RequireAntiforgeryTokenAttribute());

        // Language switch: a link, so it works without script; only the two supported cultures are accepted.
        endpoints.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
            {
                if (!PortalApp.SupportedCultures.Any(c => c.Name == culture))
                {
                    return Results.NotFound();
                }

                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = context.Request.IsHttps });
                // Anything but a plain local path (another host, control characters) goes home.
                return Results.LocalRedirect(RoleHome.IsLocalUrl(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous();
    }
}
