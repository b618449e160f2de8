using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>
/// The portal in Development, where the framework would answer a refused form post with its own English text, served
/// by Kestrel so the body limit and the early answer to an oversized upload are the real server's. The portal's
/// warnings are kept, to check that each refusal is logged under the number the page shows.
/// </summary>
public sealed class RealServerFixture : IAsyncLifetime
{
    public LogSink Log { get; } = new();

    public PortalFactory Factory { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        Factory = new LoggingFactory(await server.CreateDatabaseAsync(nameof(RequestProblemTests)), Log);
        BaseAddress = Factory.UseRealServer();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public sealed class LogSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    private sealed class LoggingFactory(string connectionString, LogSink sink) : PortalFactory(connectionString, "Development")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Serilog reads sinks from the container (ReadFrom.Services).
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink));
        }
    }
}

/// <summary>
/// Issue 10: an antiforgery failure, a form that changed since it was loaded and a request over the size limit each
/// end on a page in the user's language that says what happened and what to do, never the framework's text.
/// </summary>
public sealed class RequestProblemTests(RealServerFixture fixture) : IClassFixture<RealServerFixture>
{
    private const string FrameworkAntiforgeryText = "antiforgery";
    private const string FrameworkFormText = "Cannot submit the form";

    [Fact]
    public async Task A_post_without_its_form_token_ends_on_the_expired_page_in_Chinese()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        var form = await client.LoadFormAsync("/account/login", "login");

        var response = await client.PostAsync(form.Without("__RequestVerificationToken"), Login("expert@demo.local", PortalClient.DemoPassword));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (page, text) = await ReadAsync(response);
        Assert.Contains("页面已过期，内容没有提交", text, StringComparison.Ordinal);
        Assert.Contains("请重新打开该页面，再填写并提交一次", text, StringComparison.Ordinal);
        Assert.Equal("/account/login", page.QuerySelector("[data-testid=problem-reload]")!.GetAttribute("href"));
        Assert.DoesNotContain(FrameworkAntiforgeryText, text, StringComparison.OrdinalIgnoreCase);
        AssertLogged(page, "FormExpired");
        // Nothing happened: the client is still signed out.
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/expert")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_in_another_tab_expires_the_form_of_the_first_and_the_page_says_so()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        var firstTab = await client.LoadFormAsync("/account/register", "register");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("expert2@demo.local", PortalClient.DemoPassword)).StatusCode);

        var response = await client.PostAsync(firstTab, new Dictionary<string, string> { ["Input.EnterpriseName"] = "上海两个窗口科技有限公司" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (page, text) = await ReadAsync(response);
        Assert.Contains("页面已过期", text, StringComparison.Ordinal);
        Assert.Contains("在其他窗口中登录、退出或切换了账号", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FrameworkAntiforgeryText, text, StringComparison.OrdinalIgnoreCase);
        // Signed in, so no sign-in button; the page goes back to the form.
        Assert.Null(page.QuerySelector("[data-testid=problem-sign-in]"));
        Assert.Equal("/account/register", page.QuerySelector("[data-testid=problem-reload]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Signing_out_in_another_tab_expires_the_form_and_the_page_offers_to_sign_in_again()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("expert3@demo.local", PortalClient.DemoPassword)).StatusCode);
        var firstTab = await client.LoadFormAsync("/account/register", "register");
        var token = (await client.GetPageAsync("/")).QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);

        var response = await client.PostAsync(firstTab, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (page, text) = await ReadAsync(response);
        Assert.Contains("页面已过期", text, StringComparison.Ordinal);
        Assert.Contains("如果您是在其他窗口中退出了登录，请先重新登录", text, StringComparison.Ordinal);
        Assert.Equal("/account/login?ReturnUrl=%2Faccount%2Fregister", page.QuerySelector("[data-testid=problem-sign-in]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Signing_out_again_from_a_stale_tab_just_goes_home()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("expert4@demo.local", PortalClient.DemoPassword)).StatusCode);
        var token = (await client.GetPageAsync("/")).QuerySelector("form[action='/account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var signOut = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.PostAsync("/account/logout", signOut)).StatusCode);

        var again = await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/", again.LocationPath());
    }

    [Fact]
    public async Task Signing_out_without_the_form_token_ends_on_the_expired_page_and_keeps_the_session()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("expert5@demo.local", PortalClient.DemoPassword)).StatusCode);

        var response = await client.Http.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (page, text) = await ReadAsync(response);
        Assert.Contains("页面已过期", text, StringComparison.Ordinal);
        Assert.Equal("/", page.QuerySelector("[data-testid=problem-reload]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/expert")).StatusCode);
    }

    [Fact]
    public async Task A_post_naming_a_form_the_page_no_longer_renders_ends_on_the_changed_page()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        var form = await client.LoadFormAsync("/account/login", "login");

        var response = await client.PostAsync(form, new Dictionary<string, string> { ["_handler"] = "login-before-the-update" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (page, text) = await ReadAsync(response);
        Assert.Contains("页面已经变化，内容没有提交", text, StringComparison.Ordinal);
        Assert.Contains("请重新打开该页面，查看最新内容后再操作", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FrameworkFormText, text, StringComparison.Ordinal);
        Assert.DoesNotContain("login-before-the-update", text, StringComparison.Ordinal);
        AssertLogged(page, "FormChanged");
    }

    [Fact]
    public async Task An_objection_sent_after_the_notice_closed_under_the_open_page_ends_on_the_changed_page()
    {
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.AsNoTracking().OrderByDescending(n => n.LastDay).FirstAsync());
        var entry = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().FirstAsync(a => a.NoticeId == notice.Id));
        using var client = PortalClient.Over(fixture.BaseAddress);
        fixture.Factory.Clock.MoveTo(notice.FirstDay);
        LoadedForm form;
        try
        {
            form = await client.LoadFormAsync($"/notices/{notice.Id}", "objection");
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(notice.LastDay.AddDays(1));
        }

        try
        {
            var response = await client.PostAsync(form, new Dictionary<string, string>
            {
                ["Input.ApplicationId"] = entry.Id.ToString(), ["Input.Name"] = "王五", ["Input.Contact"] = "13800000001", ["Input.Text"] = "迟到的异议。",
            });

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var (_, text) = await ReadAsync(response);
            Assert.Contains("页面已经变化", text, StringComparison.Ordinal);
            Assert.DoesNotContain(FrameworkFormText, text, StringComparison.Ordinal);
            Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Objections.AnyAsync(o => o.Name == "王五")));
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.DateTime));
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_ends_on_the_too_large_page_naming_the_limit()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        var form = await client.LoadFormAsync("/account/login", "login");
        using var body = Multipart(form, new ByteArrayContent(new byte[31_000_000]));

        var response = await client.Http.PostAsync("/account/login", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var (page, text) = await ReadAsync(response);
        Assert.Contains("提交的内容过大，没有接收", text, StringComparison.Ordinal);
        Assert.Contains("这次提交约 32 MB，超过了平台一次最多接收的 30 MB", text, StringComparison.Ordinal);
        Assert.Contains("每个申报材料文件不超过 20 MB", text, StringComparison.Ordinal);
        Assert.Equal("/account/login", page.QuerySelector("[data-testid=problem-back]")!.GetAttribute("href"));
        Assert.DoesNotContain(FrameworkAntiforgeryText, text, StringComparison.OrdinalIgnoreCase);
        AssertLogged(page, "TooLarge");
    }

    [Fact]
    public async Task A_body_of_unknown_length_that_grows_over_the_limit_ends_on_the_too_large_page()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        var form = await client.LoadFormAsync("/account/login", "login");
        // A stream that cannot tell its length: HttpClient sends it chunked, and the server finds out while reading.
        using var body = Multipart(form, new StreamContent(new UnknownLengthStream(31_000_000)));

        var response = await client.Http.PostAsync("/account/login", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var (_, text) = await ReadAsync(response);
        Assert.Contains("超过了平台一次最多接收的 30 MB", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FrameworkAntiforgeryText, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_pages_speak_English_when_English_was_chosen()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);
        await client.Http.GetAsync("/culture/en?returnUrl=%2F");
        var form = await client.LoadFormAsync("/account/login", "login");

        var expired = await ReadAsync(await client.PostAsync(form.Without("__RequestVerificationToken"), new Dictionary<string, string>()));
        var changed = await ReadAsync(await client.PostAsync(form, new Dictionary<string, string> { ["_handler"] = "gone" }));
        using var body = Multipart(form, new ByteArrayContent(new byte[31_000_000]));
        var tooLarge = await ReadAsync(await client.Http.PostAsync("/account/login", body));

        Assert.Contains("The page had expired: nothing was submitted", expired.Text, StringComparison.Ordinal);
        Assert.Contains("The page has changed: nothing was submitted", changed.Text, StringComparison.Ordinal);
        Assert.Contains("over the 30 MB the portal accepts at once", tooLarge.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(FrameworkAntiforgeryText, expired.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FrameworkFormText, changed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ordinary_post_is_answered_as_before()
    {
        using var client = PortalClient.Over(fixture.BaseAddress);

        var refused = await client.SubmitAsync("/account/login", "login", Login("expert@demo.local", "Wrong#2026"));
        var signedIn = await client.SignInAsync("expert6@demo.local", PortalClient.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("邮箱或密码不正确", (await ReadAsync(refused)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/expert", signedIn.LocationPath());
    }

    private static Dictionary<string, string> Login(string email, string password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    private static MultipartFormDataContent Multipart(LoadedForm form, HttpContent file)
    {
        var body = new MultipartFormDataContent();
        foreach (var (name, value) in form.Values)
        {
            body.Add(new StringContent(value), name);
        }

        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        body.Add(file, "File", "申报书扫描件.pdf");
        return body;
    }

    private static async Task<(IHtmlDocument Page, string Text)> ReadAsync(HttpResponseMessage response)
    {
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return (page, page.Body!.TextContent);
    }

    /// <summary>The refusal was logged as a warning under the number the page shows.</summary>
    private void AssertLogged(IHtmlDocument page, string problem)
    {
        var number = page.QuerySelector("[data-testid=problem-number]")!.TextContent.Trim();
        Assert.NotEmpty(number);
        Assert.Contains(fixture.Log.Events, e => e.Level == LogEventLevel.Warning
            && e.Properties.TryGetValue("ProblemNumber", out var n) && n.ToString().Trim('"') == number
            && e.Properties.TryGetValue("Problem", out var p) && p.ToString().Trim('"') == problem);
    }

    /// <summary>Zeros of a given length that will not say how many.</summary>
    private sealed class UnknownLengthStream(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            Array.Clear(buffer, offset, n);
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
