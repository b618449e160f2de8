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
                // Signing out is a state change: refuse a post that does not carry the page's form token.
                if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                {
                    // A body of its own, so the status-code page does not re-run this POST.
                    return Results.Content("页面已过期，请刷新后重新操作。/ The page has expired; reload it and try again.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
                }

                await signIn.SignOutAsync();
                return Results.LocalRedirect("/");
            })
            .RequireAuthorization()
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
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
                return Results.LocalRedirect(RoleHome.IsLocalUrl(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous();
    }
}
