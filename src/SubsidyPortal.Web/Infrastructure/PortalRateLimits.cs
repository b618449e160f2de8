using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>The actions whose posts are counted; each has a section under <c>RateLimits</c> in configuration.</summary>
public enum RateLimitPolicy
{
    SignIn,
    Register,
    Password,
    Objection,
    Evaluate,
    Verify,
}

/// <summary>Counts the posts to a page or endpoint against a policy's limits (page views are never counted).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class RateLimitedAttribute(RateLimitPolicy policy) : Attribute
{
    public RateLimitPolicy Policy { get; } = policy;
}

/// <summary>One policy's limits: so many posts per window from one client address, and so many for one account.</summary>
public sealed class RateLimitWindow
{
    public int PerAddress { get; set; }

    public int PerAccount { get; set; }

    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    internal bool IsValid => PerAddress >= 1 && PerAccount >= 1 && WindowSeconds >= 1;
}

/// <summary>
/// The <c>RateLimits</c> section. The defaults are for one instance (each instance counts on its own). An office's
/// staff may share one address behind its NAT, so the per-address limits leave room for a busy morning; the
/// per-account limits are the tight ones.
/// </summary>
public sealed class RateLimitSettings
{
    public RateLimitWindow SignIn { get; set; } = new() { PerAddress = 20, PerAccount = 5, WindowSeconds = 60 };

    // A registration that fails validation counts too, and the form is long: room for a few corrections.
    public RateLimitWindow Register { get; set; } = new() { PerAddress = 10, PerAccount = 5, WindowSeconds = 600 };

    public RateLimitWindow Password { get; set; } = new() { PerAddress = 10, PerAccount = 5, WindowSeconds = 600 };

    // Each open objection holds an approval until staff resolve it.
    public RateLimitWindow Objection { get; set; } = new() { PerAddress = 5, PerAccount = 5, WindowSeconds = 600 };

    public RateLimitWindow Evaluate { get; set; } = new() { PerAddress = 60, PerAccount = 60, WindowSeconds = 60 };

    // A file checked against an issued document (/verify): hashing up to the body limit, so not without end.
    public RateLimitWindow Verify { get; set; } = new() { PerAddress = 30, PerAccount = 30, WindowSeconds = 60 };

    public RateLimitWindow For(RateLimitPolicy policy) => policy switch
    {
        RateLimitPolicy.SignIn => SignIn,
        RateLimitPolicy.Register => Register,
        RateLimitPolicy.Password => Password,
        RateLimitPolicy.Objection => Objection,
        RateLimitPolicy.Evaluate => Evaluate,
        RateLimitPolicy.Verify => Verify,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, null),
    };
}

/// <summary>Refuses to start on a limit below one, naming the section (a zero would refuse every post).</summary>
internal sealed class RateLimitSettingsValidation : IValidateOptions<RateLimitSettings>
{
    public ValidateOptionsResult Validate(string? name, RateLimitSettings options)
    {
        var wrong = Enum.GetValues<RateLimitPolicy>().Where(p => !options.For(p).IsValid).Select(p => $"RateLimits:{p}").ToList();
        return wrong.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{string.Join(", ", wrong)}: PerAddress, PerAccount and WindowSeconds must each be a whole number of at least 1.");
    }
}

/// <summary>Set on a refused page post; the 429 page (TooManyRequests.razor) reads it to say how long to wait and to
/// offer what was typed back, without its passwords.</summary>
public sealed record RateLimitedPost(RateLimitPolicy Policy, int RetryAfterSeconds, IReadOnlyList<KeyValuePair<string, string>>? Kept);

/// <summary>
/// ASP.NET Core's rate limiter on the posts of the pages and endpoints marked <see cref="RateLimitedAttribute"/>: one
/// fixed window per client address and one per account (the e-mail typed into a sign-in or registration form, else
/// the signed-in user), both of which must have room. A refused page post ends on the 429 page; an API call gets a
/// problem document. Both carry Retry-After.
/// </summary>
public static partial class PortalRateLimits
{
    /// <summary>The field the sign-in, registration and password forms bind their e-mail to.</summary>
    public const string TypedEmailField = "Input.Email";

    private static readonly JsonSerializerOptions ProblemJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitSettings>()
            .Bind(configuration.GetSection("RateLimits"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitSettings>, RateLimitSettingsValidation>();
        services.AddSingleton<PortalRateLimiters>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<PortalRateLimiters>((o, limiters) =>
        {
            o.GlobalLimiter = limiters.Limiter;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RefuseAsync;
        });
        return services;
    }

    /// <summary>After authentication (the account) and the antiforgery check; inside the status-code pages, so a
    /// refused page post is answered by the 429 page. Everything else does not pass the limiter at all.</summary>
    public static IApplicationBuilder UsePortalRateLimits(this IApplicationBuilder app) =>
        app.UseWhen(IsCounted, branch => branch.Use(ReadFormFirstAsync).UseRateLimiter());

    private static bool IsCounted(HttpContext context) =>
        !HttpMethods.IsGet(context.Request.Method)
        && !HttpMethods.IsHead(context.Request.Method)
        && !HttpMethods.IsOptions(context.Request.Method)
        && PolicyOf(context) is not null;

    internal static RateLimitPolicy? PolicyOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>()?.Policy;

    /// <summary>The limiter's partitions are chosen synchronously, so the form (for the e-mail typed) is read
    /// before; the antiforgery check has usually read it already, and the page reads the same copy.</summary>
    private static async Task ReadFormFirstAsync(HttpContext context, RequestDelegate next)
    {
        // A form whose token failed may not be read (the framework throws); the page answers it 400 anyway.
        if (!TokenFailed(context) && context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
            {
                // Counted by address only; the page meets the same problem and answers it as it always has.
            }
        }

        await next(context);
    }

    private static bool TokenFailed(HttpContext context) =>
        context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false };

    /// <summary>The form as read above; none when its token failed, so such a post counts by address only.</summary>
    private static IFormCollection? FormOf(HttpContext context) =>
        TokenFailed(context) ? null : context.Features.Get<IFormFeature>()?.Form;

    /// <summary>The client's address as the limit counts it: an IPv6 client by its /64, which one host or household
    /// is given whole. The in-process test server has no address.</summary>
    internal static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "none";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>The account a post acts for: the e-mail typed (sign-in, registration, password), whether or not such
    /// an account exists, else the signed-in user; null for an anonymous post without one.</summary>
    internal static string? Account(HttpContext context)
    {
        if (FormOf(context)?[TypedEmailField] is { Count: > 0 } typed && !string.IsNullOrWhiteSpace(typed[0]))
        {
            var email = typed[0]!.Trim().ToUpperInvariant();
            return "email:" + (email.Length > 256 ? email[..256] : email);
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            return "user:" + (context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.User.Identity.Name);
        }

        return null;
    }

    private static async ValueTask RefuseAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var policy = PolicyOf(context) ?? RateLimitPolicy.Evaluate;
        // A fixed window's refusal names the whole window: waiting that long always finds a new one.
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value.For(policy).Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        LogRefused(
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalRateLimits)),
            policy, context.Request.Method, context.Request.Path, ClientAddress(context), context.User.Identity?.Name ?? "anonymous", seconds);

        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            // No body: the status-code pages re-execute /status/429, which reads this.
            context.Features.Set(new RateLimitedPost(policy, seconds, ResendableForm.Keep(FormOf(context))));
            return;
        }

        var text = context.RequestServices.GetRequiredService<IStringLocalizer<UiResource>>();
        var problem = new
        {
            type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            title = text["RateLimit.ApiTitle"].Value,
            status = StatusCodes.Status429TooManyRequests,
            detail = WaitText(text, seconds),
            retryAfterSeconds = seconds,
        };
        await context.Response.WriteAsJsonAsync(problem, ProblemJson, "application/problem+json", cancellationToken);
    }

    /// <summary>"Wait N seconds" (or minutes, from two minutes up) in the request's language.</summary>
    public static string WaitText(IStringLocalizer text, int seconds) => seconds < 120
        ? string.Format(CultureInfo.CurrentCulture, text["RateLimit.WaitSeconds"], seconds)
        : string.Format(CultureInfo.CurrentCulture, text["RateLimit.WaitMinutes"], (int)Math.Ceiling(seconds / 60d));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit {Policy} reached: {Method} {Path} from {Address} for {User} refused, retry after {RetryAfterSeconds} s")]
    private static partial void LogRefused(ILogger logger, RateLimitPolicy policy, string method, string path, string address, string user, int retryAfterSeconds);
}

/// <summary>The two partitioned limiters, chained: a post needs room both for its address and for its account. A
/// singleton, so the host disposes their timers when it stops.</summary>
internal sealed class PortalRateLimiters : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _byAddress;
    private readonly PartitionedRateLimiter<HttpContext> _byAccount;

    public PortalRateLimiters(IOptions<RateLimitSettings> options)
    {
        var settings = options.Value;
        _byAddress = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            PortalRateLimits.PolicyOf(context) is { } policy
                ? Window(policy + "|" + PortalRateLimits.ClientAddress(context), settings.For(policy).PerAddress, settings.For(policy))
                : RateLimitPartition.GetNoLimiter(string.Empty));
        _byAccount = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            PortalRateLimits.PolicyOf(context) is { } policy && PortalRateLimits.Account(context) is { } account
                ? Window(policy + "|" + account, settings.For(policy).PerAccount, settings.For(policy))
                : RateLimitPartition.GetNoLimiter(string.Empty));
        Limiter = PartitionedRateLimiter.CreateChained(_byAddress, _byAccount);
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    // No queue: a post over the limit is answered at once, never held.
    private static RateLimitPartition<string> Window(string key, int permits, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window.Window,
            QueueLimit = 0,
        });

    public void Dispose()
    {
        Limiter.Dispose();
        _byAccount.Dispose();
        _byAddress.Dispose();
    }
}
