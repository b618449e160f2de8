using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.WebEncoders;
using MudBlazor.Services;
using Serilog;
using SubsidyPortal.Infrastructure;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Infrastructure.Health;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Web.Components;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>Builds the web application: services, then the request pipeline. Shared by Main, commands and tests.</summary>
public static class PortalApp
{
    public static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("en")];

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        if (!builder.Environment.IsProduction())
        {
            // The framework's and MudBlazor's files (blazor.web.js, MudBlazor.min.css) are read from their packages
            // when serving the build output; a published portal (Production) carries them in wwwroot.
            builder.WebHost.UseStaticWebAssets();
        }

        // The one body limit, named on the page that refuses a larger body (RequestProblemMiddleware).
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = PortalLimits.MaxRequestBodyBytes);
        ConfigureLogging(builder);
        ConfigureServices(builder);
        var app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        // Serilog from configuration (console and a daily file); its request logging writes one line per request.
        // Each host keeps its own logger rather than the static one: tests run several portals in one process.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services),
            preserveStaticLogger: true);
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // First of all hosted services: the schema must exist before data protection reads its key ring.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StartupTasks>());
        services.AddPortalInfrastructure(builder.Configuration);
        if (builder.Configuration.GetValue("Jobs:NoticeApproval", true))
        {
            // Registered after StartupTasks, so it first runs once the schema is migrated.
            services.AddHostedService(sp => sp.GetRequiredService<NoticeApprovalJob>());
        }

        // Chinese text as characters, not &#x…; entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            // Chinese first: the browser's language is not consulted, only the user's explicit choice.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddIdentity<PortalUser, Microsoft.AspNetCore.Identity.IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = Application.Accounts.RegisterEnterpriseValidator.PasswordMinLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddPortalStores()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "SubsidyPortal.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the browser's request was HTTPS, also through the TLS-terminating proxy (forwarded headers).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        // The framework's default never marks the form-token cookie Secure; over HTTPS it should be, like the one above.
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // Deny by default: a page or endpoint without its own [Authorize]/[AllowAnonymous] needs a signed-in user,
        // and a test (EveryPageStatesWhoMayUseIt) makes sure each one says explicitly.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddSessionRevalidation(builder.Configuration);
        services.AddAuthorityScoping();

        // Keys in PostgreSQL: every instance can read every other instance's cookies and form tokens.
        services.AddDataProtection()
            .SetApplicationName("SubsidyPortal")
            .PersistKeysToPortalDatabase();

        // Behind nginx (docs/operations.md) the client's address and scheme arrive in the proxy's headers; they are
        // believed only from loopback and the proxies ReverseProxy:KnownProxies names (comma-separated addresses).
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var proxies = builder.Configuration["ReverseProxy:KnownProxies"] ?? string.Empty;
            foreach (var proxy in proxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address."));
            }
        });

        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: ["ready"]);
        services.AddScoped<ShellState>();
        services.AddOpenApi();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomCenter;
            o.SnackbarConfiguration.ShowCloseIcon = true;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        // MudBlazor's own texts (pager, dialogs, steppers) in the reader's language.
        services.AddTransient<MudBlazor.MudLocalizer, PortalMudLocalizer>();
        services.AddAntiforgery();
        services.AddPortalRateLimits(builder.Configuration);
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        // First: everything after it (HSTS, cookies' Secure flag, the request log's client) sees the real request.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Outermost (and before the status-code pages, or a 404 logs twice), so the logged status is the one the
        // user finally got.
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {User}";
            o.GetLevel = RequestLogLevel.For;
            // This host's logger (the static one is left alone, see ConfigureLogging).
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.EnrichDiagnosticContext = (diagnostics, http) =>
                diagnostics.Set("User", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : "anonymous");
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            // A body that grew past the limit while an endpoint read it is the sender's 413, not the portal's 500.
            // The database away is 503 ("try again shortly"), not the portal's 500.
            StatusCodeSelector = e => e switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when DatabaseOutage.Is(e) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        // Inside the status-code pages: a form post the framework refuses ends on /status/{code} in the user's words.
        app.UseMiddleware<RequestProblemMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.MapStaticAssets().AllowAnonymous();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorityScoping();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UsePortalRateLimits();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapDashboardExports();

        app.MapPortalEndpoints();
        app.MapFavicon();
        app.MapEligibilityApi();
        app.MapWorkflowEndpoints();
        app.MapExportEndpoints();
        app.MapFinanceEndpoints();
        app.MapProspectEndpoints();
        app.MapLedgerEndpoints();
        app.MapDocumentEndpoints();
        app.MapOpenApi().AllowAnonymous();
        // The portal's own Content-Security-Policy already forbids framing (frame-ancestors 'none'); without this
        // Blazor would send a second, weaker policy header of its own.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/health"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        // The handler's URL is absolute, built from the Host header the client sent: redirect to its path only.
        ctx.Response.Redirect(LocalRedirects.Relative(ctx.RedirectUri));
        return Task.CompletedTask;
    }
}
