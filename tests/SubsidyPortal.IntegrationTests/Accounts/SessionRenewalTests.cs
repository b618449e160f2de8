using System.Net;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Accounts;

/// <summary>The sign-in cookie's clock, moved on by hand: what the cookie handler and the session check see as now.</summary>
public sealed class MovableTime : TimeProvider
{
    public TimeSpan Ahead { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
}

/// <summary>A portal whose sign-in cookie runs on <see cref="MovableTime"/>.</summary>
public sealed class MovableCookieClockFixture : IAsyncLifetime
{
    private PortalFactory? _factory;

    public MovableTime Time { get; } = new();

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        _factory = new MovableClockFactory(await server.CreateDatabaseAsync(nameof(SessionRenewalTests)), Time);
        Factory.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private sealed class MovableClockFactory(string connectionString, TimeProvider time) : PortalFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.Configure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => o.TimeProvider = time));
        }
    }
}

/// <summary>
/// The cookie slides (8 hours from its last renewal, renewed past half-time) and the server-side session must slide with
/// it: a user who keeps working past the first 8 hours stays signed in, and the session's recorded expiry is the cookie's.
/// </summary>
public sealed class SessionRenewalTests(MovableCookieClockFixture fixture) : IClassFixture<MovableCookieClockFixture>
{
    [Fact]
    public async Task A_session_used_past_half_its_lifetime_is_renewed_with_its_cookie_and_outlives_the_first_expiry()
    {
        using var browser = await PortalClient.SignedInAsync(fixture.Factory, "expert@demo.local");
        var user = await Demo.ActorAsync(fixture.Factory, "expert@demo.local");
        var first = await ExpiryAsync(user.UserId!.Value);
        Assert.InRange(first - fixture.Time.GetUtcNow(), TimeSpan.FromHours(7.9), TimeSpan.FromHours(8));

        // Five hours on: past half-time, so this request renews the cookie; the session follows.
        fixture.Time.Ahead = TimeSpan.FromHours(5);
        var renewing = await browser.Http.GetAsync("/expert");
        Assert.Equal(HttpStatusCode.OK, renewing.StatusCode);
        Assert.Contains(renewing.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Sessions.CookieName + "=", StringComparison.Ordinal));
        var renewed = await ExpiryAsync(user.UserId!.Value);
        Assert.InRange(renewed - fixture.Time.GetUtcNow(), TimeSpan.FromHours(7.9), TimeSpan.FromHours(8));

        // Twelve hours after signing in, past the first expiry but within the renewed one: still signed in.
        fixture.Time.Ahead = TimeSpan.FromHours(12);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/expert")).StatusCode);
    }

    private Task<DateTimeOffset> ExpiryAsync(Guid userId) =>
        Demo.WithDbAsync(fixture.Factory, db => db.UserSessions.Where(s => s.UserId == userId).Select(s => s.ExpiresAt).SingleAsync());
}
