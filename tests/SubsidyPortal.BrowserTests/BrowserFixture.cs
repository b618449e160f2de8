using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// The portal served by Kestrel on a loopback port, against its own PostgreSQL database, and Debian's Chromium
/// driven by Playwright's bundled driver (no browser download: the browser comes from apt).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private PortalFactory? _factory;

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    public PortalFactory Factory => _factory!;

    /// <summary>Configuration a derived fixture adds to the portal it starts.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Services a derived fixture replaces in the portal it starts.</summary>
    protected virtual Action<IServiceCollection>? Services => null;

    public async Task InitializeAsync()
    {
        _factory = await PortalFactory.CreateAsync(GetType().Name, Settings, Services);
        BaseAddress = _factory.UseRealServer();
        _playwright = await Playwright.CreateAsync();
        // CI runs these beside the integration tests on two cores: give assertions room before calling a wait a failure.
        Assertions.SetDefaultExpectTimeout(15_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SUBSIDYPORTAL_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) with the page's base URL set, at the office screen's size
    /// unless another is given.</summary>
    public async Task<IPage> NewPageAsync((int Width, int Height)? viewport = null)
    {
        var (width, height) = viewport ?? PageChecks.Office;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as a demo user (Chinese UI), ready at the user's home (its circuit connected
    /// when the home is interactive).</summary>
    public async Task<IPage> SignInAsync(string email, string password = "Demo#2026", (int Width, int Height)? viewport = null)
    {
        var page = await NewPageAsync(viewport);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("电子邮箱（登录账号）").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"), new() { Timeout = 60_000 });
        // The landing page's <main>, then its circuit when it is a work area (a static page has no marker).
        await Assertions.Expect(page.Locator("main#main")).ToBeAttachedAsync(new() { Timeout = 60_000 });
        if (await page.Locator("[data-circuit]").CountAsync() > 0)
        {
            await PageChecks.WaitForCircuitAsync(page);
        }

        return page;
    }

    /// <summary>Goes to a work-area page and waits for its circuit before anything is clicked.</summary>
    public static async Task GoToAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await PageChecks.WaitForCircuitAsync(page);
    }

    /// <summary>Reads the portal's database directly, to check what the pages did.</summary>
    public async Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
