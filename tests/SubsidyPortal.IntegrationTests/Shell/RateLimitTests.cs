using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>
/// A portal with small limits, served by Kestrel on loopback: loopback is a trusted proxy, so each test speaks from
/// addresses of its own through X-Forwarded-For, as clients behind nginx do, and no test spends another's allowance.
/// </summary>
public sealed class RateLimitFixture : IAsyncLifetime
{
    public const int SignInPerAddress = 6;
    public const int SignInPerAccount = 3;
    public const int SignInWindowSeconds = 90;
    public const int RegisterPerAddress = 3;
    public const int ObjectionsPerAddress = 5;
    public const int EvaluatePerAddress = 4;
    public const int EvaluatePerAccount = 3;
    public const int TenMinutes = 600;

    public PortalFactory Factory { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Factory = await PortalFactory.CreateAsync(nameof(RateLimitTests), new Dictionary<string, string?>
        {
            ["RateLimits:SignIn:PerAddress"] = $"{SignInPerAddress}",
            ["RateLimits:SignIn:PerAccount"] = $"{SignInPerAccount}",
            ["RateLimits:SignIn:WindowSeconds"] = $"{SignInWindowSeconds}",
            ["RateLimits:Register:PerAddress"] = $"{RegisterPerAddress}",
            ["RateLimits:Register:WindowSeconds"] = $"{TenMinutes}",
            ["RateLimits:Objection:PerAddress"] = $"{ObjectionsPerAddress}",
            ["RateLimits:Objection:PerAccount"] = $"{ObjectionsPerAddress}",
            ["RateLimits:Objection:WindowSeconds"] = $"{TenMinutes}",
            ["RateLimits:Evaluate:PerAddress"] = $"{EvaluatePerAddress}",
            ["RateLimits:Evaluate:PerAccount"] = $"{EvaluatePerAccount}",
            ["RateLimits:Evaluate:WindowSeconds"] = $"{TenMinutes}",
        });
        BaseAddress = Factory.UseRealServer();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>Issue 12, point 4: sign-in, registration, objections and the evaluation API are limited per client address
/// and per account; over the limit a post is answered 429 with Retry-After and a message in the user's language, and
/// nothing of it is stored.</summary>
public sealed class RateLimitTests(RateLimitFixture fixture) : IClassFixture<RateLimitFixture>
{
    private const string Evaluation = """
        {
          "referenceDate": "2025-06-01",
          "clauseIds": ["changning-2024/6-high-tech-first"],
          "facts": { "inChangning": true, "operatingNormally": true, "goodCredit": true, "highTechFirstCertifiedOn": "2024-12-04", "highTechLatestCertifiedOn": "2024-12-04", "changningArrival": "set-up" }
        }
        """;

    [Fact]
    public async Task Thirty_one_objections_at_once_store_the_limit_and_refuse_the_rest_with_429()
    {
        var onNotice = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PublicNotice);
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.SingleAsync(n => n.Id == onNotice.NoticeId));
        fixture.Factory.Clock.MoveTo(notice.FirstDay);
        var before = await ObjectionsAsync(onNotice.Id);
        using var client = From("203.0.113.10");
        var url = $"/notices/{notice.Id}?entry={onNotice.Id}";
        var form = await client.LoadFormAsync(url, "objection");
        var objection = new Dictionary<string, string>
        {
            ["Input.ApplicationId"] = onNotice.Id.ToString(),
            ["Input.Name"] = "王五",
            ["Input.Contact"] = "13900000000",
            ["Input.Text"] = "同一内容连续提交，用于检验提交次数限制。",
        };

        var responses = await Task.WhenAll(Enumerable.Range(0, 31).Select(_ => client.PostAsync(form, objection)));

        Assert.Equal(RateLimitFixture.ObjectionsPerAddress, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(31 - RateLimitFixture.ObjectionsPerAddress, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Equal(before + RateLimitFixture.ObjectionsPerAddress, await ObjectionsAsync(onNotice.Id));

        var refused = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(RateLimitFixture.TenMinutes), refused.Headers.RetryAfter?.Delta);
        var page = await PortalClient.ParseAsync(refused);
        var text = page.QuerySelector("[data-testid=rate-limited]")!.TextContent;
        Assert.Contains("提交过于频繁，这次没有处理", text, StringComparison.Ordinal);
        Assert.Contains("请等待 10 分钟，然后再试。", text, StringComparison.Ordinal);
        // What was typed comes back in a form that posts it to the same page again.
        var resend = PortalClient.FormIn(page, "[data-testid=rate-limited-resend]");
        Assert.Equal(url, resend.Action);
        Assert.Contains(resend.Values, v => v.Key == "Input.Text" && v.Value == objection["Input.Text"]);
        Assert.Contains(resend.Values, v => v.Key == "_handler" && v.Value == "objection");

        // Sent again before the window is over: refused again, and still nothing beyond the limit is stored.
        var again = await client.PostAsync(resend, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(before + RateLimitFixture.ObjectionsPerAddress, await ObjectionsAsync(onNotice.Id));

        // The limit is this address's, not everyone's: another client's objection is lodged.
        using var neighbour = From("203.0.113.11");
        var lodged = await neighbour.SubmitAsync(url, "objection", objection);
        Assert.NotNull((await PortalClient.ParseAsync(lodged)).QuerySelector("[data-testid=objection-lodged]"));
        Assert.Equal(before + RateLimitFixture.ObjectionsPerAddress + 1, await ObjectionsAsync(onNotice.Id));
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_with_Retry_After_and_a_message_in_Chinese_or_English()
    {
        using var client = From("203.0.113.20");
        for (var i = 0; i < RateLimitFixture.SignInPerAddress; i++)
        {
            // Different accounts, so only the address's limit is met; unknown ones, so no account is locked.
            var attempt = await client.SignInAsync($"nobody{i}@example.com", "Wrong#2026");
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        var refused = await client.SignInAsync("nobody-else@example.com", "Wrong#2026");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(RateLimitFixture.SignInWindowSeconds), refused.Headers.RetryAfter?.Delta);
        var page = await PortalClient.ParseAsync(refused);
        var text = page.QuerySelector("[data-testid=rate-limited]")!.TextContent;
        Assert.Contains("提交过于频繁，这次没有处理", text, StringComparison.Ordinal);
        Assert.Contains($"请等待 {RateLimitFixture.SignInWindowSeconds} 秒，然后再试。", text, StringComparison.Ordinal);
        // The e-mail typed is kept to send again; the password is not.
        var resend = PortalClient.FormIn(page, "[data-testid=rate-limited-resend]");
        Assert.Contains(resend.Values, v => v.Key == "Input.Email" && v.Value == "nobody-else@example.com");
        Assert.DoesNotContain(resend.Values, v => v.Key.Contains("Password", StringComparison.Ordinal));
        Assert.DoesNotContain("Wrong#2026", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Only posts are counted: the sign-in page itself still opens.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/account/login")).StatusCode);

        // In English for a reader who chose English.
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/culture/en?returnUrl=%2F")).StatusCode);
        var english = await client.SignInAsync("nobody-else@example.com", "Wrong#2026");
        Assert.Equal(HttpStatusCode.TooManyRequests, english.StatusCode);
        var englishText = (await PortalClient.ParseAsync(english)).QuerySelector("[data-testid=rate-limited]")!.TextContent;
        Assert.Contains("Too many attempts", englishText, StringComparison.Ordinal);
        Assert.Contains($"Please wait {RateLimitFixture.SignInWindowSeconds} seconds, then try again.", englishText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_for_one_account_are_limited_whichever_address_they_come_from()
    {
        const string email = "target@example.com";
        var addresses = new[] { "198.51.100.1", "198.51.100.2", "198.51.100.3" };
        for (var i = 0; i < RateLimitFixture.SignInPerAccount; i++)
        {
            using var attacker = From(addresses[i % addresses.Length]);
            // The account is the e-mail as Identity matches it: case and spaces do not make another one.
            var attempt = await attacker.SignInAsync(i == 1 ? " Target@Example.COM " : email, "Wrong#2026");
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        using var fresh = From("198.51.100.4");
        var refused = await fresh.SignInAsync(email, "Wrong#2026");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);

        // The same fresh address may still sign in to another account: it was the account's limit.
        var other = await fresh.SignInAsync(Demo.Expert, PortalClient.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("/expert", other.LocationPath());
    }

    [Fact]
    public async Task Registration_posts_from_one_address_are_limited()
    {
        using var client = From("203.0.113.30");
        var users = await Demo.WithDbAsync(fixture.Factory, db => db.Users.CountAsync());
        var blank = new Dictionary<string, string> { ["Input.Email"] = "new-enterprise@example.com" };
        for (var i = 0; i < RateLimitFixture.RegisterPerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync("/account/register", "register", blank)).StatusCode);
        }

        var refused = await client.SubmitAsync("/account/register", "register", blank);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(RateLimitFixture.TenMinutes), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("请等待 10 分钟", (await PortalClient.ParseAsync(refused)).QuerySelector("[data-testid=rate-limited]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(users, await Demo.WithDbAsync(fixture.Factory, db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task The_evaluation_API_is_limited_per_address_with_a_problem_document_in_the_readers_language()
    {
        using var client = From("203.0.113.40");
        for (var i = 0; i < RateLimitFixture.EvaluatePerAddress; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await EvaluateAsync(client, "/api/eligibility/evaluate")).StatusCode);
        }

        var refused = await EvaluateAsync(client, "/api/eligibility/evaluate");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(RateLimitFixture.TenMinutes), refused.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("请求过于频繁", problem.GetProperty("title").GetString());
        Assert.Equal("请等待 10 分钟，然后再试。", problem.GetProperty("detail").GetString());
        Assert.Equal(RateLimitFixture.TenMinutes, problem.GetProperty("retryAfterSeconds").GetInt32());

        var english = JsonDocument.Parse(await (await EvaluateAsync(client, "/api/eligibility/evaluate?culture=en")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Too many requests", english.GetProperty("title").GetString());
        Assert.Equal("Please wait 10 minutes, then try again.", english.GetProperty("detail").GetString());

        // Reading the catalog is not counted.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/api/policies")).StatusCode);
    }

    [Fact]
    public async Task The_evaluation_API_is_limited_per_signed_in_account_across_addresses()
    {
        using var client = From("203.0.113.50");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(Demo.Applicant, PortalClient.DemoPassword)).StatusCode);
        for (var i = 0; i < RateLimitFixture.EvaluatePerAccount; i++)
        {
            // A new address each time, so no address reaches its own limit.
            SpeakFrom(client, $"203.0.113.{51 + i}");
            Assert.Equal(HttpStatusCode.OK, (await EvaluateAsync(client, "/api/eligibility/evaluate")).StatusCode);
        }

        SpeakFrom(client, "203.0.113.59");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await EvaluateAsync(client, "/api/eligibility/evaluate")).StatusCode);

        // Anonymous, from that same address, the call is answered: the account had reached its limit, not the address.
        using var anonymous = From("203.0.113.59");
        Assert.Equal(HttpStatusCode.OK, (await EvaluateAsync(anonymous, "/api/eligibility/evaluate")).StatusCode);
    }

    [Fact]
    public async Task A_limit_below_one_stops_the_start_naming_the_section()
    {
        await using var portal = new PortalFactory(fixture.Factory.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Seed:DemoData"] = "false",
            ["RateLimits:Objection:PerAddress"] = "0",
        });

        // The start is refused.
        Assert.ThrowsAny<Exception>(() => portal.CreateClient().Dispose());

        // Its reason names the section. Read from the options the portal registers rather than from the start's
        // exception: under a loaded full run the test host's deferred entry point once surfaced an
        // ObjectDisposedException from its own teardown in place of the validation's message.
        var configuration = Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(
            new Microsoft.Extensions.Configuration.ConfigurationBuilder(), new Dictionary<string, string?> { ["RateLimits:Objection:PerAddress"] = "0" }).Build();
        using var services = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(
            SubsidyPortal.Web.Infrastructure.PortalRateLimits.AddPortalRateLimits(new Microsoft.Extensions.DependencyInjection.ServiceCollection(), configuration));
        var options = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<SubsidyPortal.Web.Infrastructure.RateLimitSettings>>(services);
        var reason = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(object? () => options.Value);
        Assert.Contains("RateLimits:Objection:", reason.Message, StringComparison.Ordinal);
    }

    private PortalClient From(string address)
    {
        var client = PortalClient.Over(fixture.BaseAddress);
        SpeakFrom(client, address);
        return client;
    }

    private static void SpeakFrom(PortalClient client, string address)
    {
        client.Http.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
    }

    private static Task<HttpResponseMessage> EvaluateAsync(PortalClient client, string url) =>
        client.Http.PostAsync(url, new StringContent(Evaluation, Encoding.UTF8, "application/json"));

    private Task<int> ObjectionsAsync(Guid applicationId) =>
        Demo.WithDbAsync(fixture.Factory, db => db.Objections.CountAsync(o => o.ApplicationId == applicationId));
}
