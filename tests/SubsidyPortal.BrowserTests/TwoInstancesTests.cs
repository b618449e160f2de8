using Microsoft.Playwright;
using SubsidyPortal.Testing;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// What two instances need (docs/operations.md): a circuit lives in the memory of the instance that started it, so
/// the load balancer keeps a browser on one instance (sticky sessions); when that instance goes away the page says so
/// in Chinese, and on another instance (same database, same keys) nothing the page had accepted is lost.
/// </summary>
public sealed class TwoInstancesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task When_the_circuits_instance_stops_the_banner_says_so_and_another_instance_has_every_saved_answer()
    {
        var first = new PortalFactory(fixture.Factory.ConnectionString, settings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });
        var second = new PortalFactory(fixture.Factory.ConnectionString, settings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });
        await using var __ = second;
        var firstAddress = first.UseRealServer();
        var secondAddress = second.UseRealServer();

        // Sign in and start filing on the first instance.
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(new Uri(firstAddress, "/account/login").ToString());
        await page.GetByLabel("电子邮箱（登录账号）").FillAsync("applicant@demo.local");
        await page.GetByLabel("密码").FillAsync("Demo#2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await BrowserFixture.GoToAsync(page, new Uri(firstAddress, "/enterprise/calls").ToString());
        await FilingSteps.StartAsync(page, "changning-2024/4-district-innovation-fund", "两个实例（断线测试）");
        var path = new Uri(page.Url).AbsolutePath;
        await FilingSteps.AnswerYesAsync(page, "operatingNormally");

        // The instance holding the circuit stops: the page tells the user, in Chinese, what is happening.
        await first.DisposeAsync();
        var banner = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(banner).ToContainTextAsync("连接中断");

        // The same browser reaches the other instance (its sign-in cookie is valid there: the keys are shared):
        // the answer saved before the drop is there.
        await BrowserFixture.GoToAsync(page, new Uri(secondAddress, path).ToString());
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("两个实例（断线测试）");
        await Assertions.Expect(page.Locator("[data-question=operatingNormally]").GetByLabel("是")).ToBeCheckedAsync();
    }
}
