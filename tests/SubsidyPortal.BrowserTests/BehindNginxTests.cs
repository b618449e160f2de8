using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SubsidyPortal.Testing;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// Two portal instances behind nginx, started by the script operators use (scripts/nginx-front.sh with
/// deploy/nginx/subsidyportal.conf): a browser is kept on the instance holding its circuit; when that instance
/// stops, the page says so in Chinese, and the same browser goes on through nginx on the other instance, still
/// signed in (shared keys), with everything the page had saved, to the end of the filing.
/// </summary>
public sealed partial class BehindNginxTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Clause = "changning-2024/4-district-innovation-fund";
    private const string Project = "两个实例（负载均衡测试）";

    [Fact]
    public async Task A_filing_continues_on_the_other_instance_when_the_one_serving_it_stops()
    {
        // An instance being stopped waits this long for its open circuits (as under systemd's stop).
        var settings = new Dictionary<string, string?> { ["Seed:DemoData"] = "false", ["shutdownTimeoutSeconds"] = "3" };
        var instances = new Dictionary<int, PortalFactory>();
        foreach (var _ in new[] { 1, 2 })
        {
            var factory = new PortalFactory(fixture.Factory.ConnectionString, settings: settings);
            instances[factory.UseRealServer().Port] = factory;
        }

        var front = Path.Combine(Path.GetTempPath(), $"subsidyportal-nginx-{Guid.NewGuid():N}");
        var port = FreePort();
        await NginxFrontAsync("start", front, [port, .. instances.Keys]);
        try
        {
            var portal = new Uri($"http://127.0.0.1:{port}");

            // Sign in and start filing through nginx.
            var page = await fixture.NewPageAsync();
            await page.GotoAsync(new Uri(portal, "/account/login").ToString());
            await page.GetByLabel("电子邮箱（登录账号）").FillAsync("applicant@demo.local");
            await page.GetByLabel("密码").FillAsync("Demo#2026");
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = 60_000 });
            await BrowserFixture.GoToAsync(page, new Uri(portal, "/enterprise/calls").ToString());
            await FilingSteps.StartAsync(page, Clause, Project);
            var path = new Uri(page.Url).AbsolutePath;
            await FilingSteps.AnswerYesAsync(page, "operatingNormally");

            // Sticky: every request of this browser so far went to one instance (nginx's log names it).
            var serving = Assert.Single(Served(front).Select(r => r.Port).Distinct());
            Assert.Contains(serving, instances.Keys);
            var other = instances.Keys.Single(p => p != serving);

            // The instance holding the circuit stops: the page tells the user, in Chinese.
            await instances[serving].DisposeAsync();
            instances.Remove(serving);
            var stopped = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000m;
            var banner = page.Locator("#components-reconnect-modal");
            await Assertions.Expect(banner).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Assertions.Expect(banner).ToContainTextAsync("连接中断");

            // Reloading through nginx lands on the other instance: still signed in, the saved answer is there.
            await BrowserFixture.GoToAsync(page, new Uri(portal, path).ToString());
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(Project);
            await Assertions.Expect(page.Locator("[data-question=operatingNormally]").GetByLabel("是")).ToBeCheckedAsync();

            // The filing goes on to its end there.
            await FilingSteps.AnswerYesAsync(page, "districtInnovationFundRecognised");
            await page.GetByTestId("save-next").ClickAsync();
            await FilingSteps.UploadEveryItemAsync(page);
            await page.GetByTestId("to-review").ClickAsync();
            await page.GetByLabel("本单位已阅读并作出上述承诺").CheckAsync();
            await page.GetByTestId("submit").ClickAsync();
            await Assertions.Expect(page.GetByTestId("submitted")).ToBeVisibleAsync();

            // Every request begun after the stop was answered by the other instance, and the browser stayed there.
            var after = Served(front).Where(r => r.Began > stopped).ToList();
            Assert.NotEmpty(after);
            Assert.All(after, r => Assert.Equal(other, r.Port));
        }
        finally
        {
            await NginxFrontAsync("stop", front, []);
            foreach (var instance in instances.Values)
            {
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary>Each request of nginx's log: the instance (port) that finally answered it and when it began.</summary>
    private static List<(int Port, decimal Began)> Served(string front) =>
        File.ReadAllLines(Path.Combine(front, "access.log"))
            .Select(line => LogPattern().Match(line))
            .Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
                decimal.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) - decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();

    // "upstream=127.0.0.1:A, 127.0.0.1:B … time=0.087 done=1796400730.123": nginx tried A (refused), then B answered.
    [GeneratedRegex(@"upstream=(?:[0-9.]+:\d+, )*[0-9.]+:(\d+) .* time=([0-9.]+) done=([0-9.]+)")]
    private static partial Regex LogPattern();

    private static async Task NginxFrontAsync(string command, string dir, int[] ports)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SubsidyPortal.sln")))
        {
            root = root.Parent;
        }

        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(root!.FullName, "scripts", "nginx-front.sh"), command, dir }.Concat(ports.Select(p => p.ToString(CultureInfo.InvariantCulture))))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"scripts/nginx-front.sh {command} failed: {await errors}{await output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
