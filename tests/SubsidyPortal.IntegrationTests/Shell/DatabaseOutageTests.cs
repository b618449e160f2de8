using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>
/// The database going away mid-day (a restart, a failover, the network): a request that needs it answers 503 with a
/// page that says, in Chinese, to try again shortly and that nothing was saved; once the database is back the same
/// page answers again without restarting the portal. The portal reaches PostgreSQL through a gate the test closes.
/// </summary>
public sealed class DatabaseOutageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task While_the_database_is_away_a_page_answers_503_saying_to_try_again_and_afterwards_it_answers_again()
    {
        var database = new NpgsqlConnectionStringBuilder(fixture.Factory.ConnectionString);
        await using var gate = new Gate(database.Host!, database.Port);
        var throughGate = new NpgsqlConnectionStringBuilder(fixture.Factory.ConnectionString) { Host = "127.0.0.1", Port = gate.Port };
        await using var portal = new PortalFactory(throughGate.ConnectionString, settings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });
        using var browser = portal.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/notices")).StatusCode);

        gate.Close();
        using var away = await browser.GetAsync("/notices");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, away.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), away.Headers.RetryAfter?.Delta);
        var page = await away.Content.ReadAsStringAsync();
        Assert.Contains("系统暂时无法使用", page, StringComparison.Ordinal);
        Assert.Contains("没有保存任何内容", page, StringComparison.Ordinal);
        Assert.DoesNotContain("NpgsqlException", page, StringComparison.Ordinal);

        gate.Open();
        var back = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 20 && back != HttpStatusCode.OK; attempt++)
        {
            // A pooled connection cut by the outage may fail once more before the pool drops it.
            back = (await browser.GetAsync("/notices")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, back);
    }

    [Fact]
    public async Task An_objection_sent_while_the_database_is_away_is_kept_on_the_503_page_and_sent_again_once_it_is_back()
    {
        var onNotice = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PublicNotice);
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.SingleAsync(n => n.Id == onNotice.NoticeId));
        var database = new NpgsqlConnectionStringBuilder(fixture.Factory.ConnectionString);
        await using var gate = new Gate(database.Host!, database.Port);
        var throughGate = new NpgsqlConnectionStringBuilder(fixture.Factory.ConnectionString) { Host = "127.0.0.1", Port = gate.Port };
        await using var portal = new PortalFactory(throughGate.ConnectionString, settings: new Dictionary<string, string?> { ["Seed:DemoData"] = "false" });
        portal.Clock.MoveTo(notice.FirstDay);
        using var client = PortalClient.For(portal);
        var form = await client.LoadFormAsync($"/notices/{notice.Id}?entry={onNotice.Id}", "objection");
        var objection = new Dictionary<string, string>
        {
            ["Input.ApplicationId"] = onNotice.Id.ToString(),
            ["Input.Name"] = "赵六",
            ["Input.Contact"] = "13700000000",
            ["Input.Text"] = "数据库中断时提交的异议，恢复后重新提交。",
        };

        gate.Close();
        var away = await client.PostAsync(form, objection);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, away.StatusCode);
        var page = await PortalClient.ParseAsync(away);
        Assert.Contains("已经保留", page.QuerySelector("[data-testid=outage-kept]")!.TextContent, StringComparison.Ordinal);
        var resend = PortalClient.FormIn(page, "[data-testid=outage-resend]");
        Assert.Equal($"/notices/{notice.Id}", resend.Action);
        Assert.Contains(resend.Values, v => v.Key == "Input.Text" && v.Value == objection["Input.Text"]);
        Assert.Equal(0, await Demo.WithDbAsync(fixture.Factory, db => db.Objections.CountAsync(o => o.Text == objection["Input.Text"])));

        gate.Open();
        var lodged = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 20 && lodged != HttpStatusCode.OK; attempt++)
        {
            // A pooled connection cut by the outage may fail once more before the pool drops it.
            lodged = (await client.PostAsync(resend, new Dictionary<string, string>())).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, lodged);
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.Objections.CountAsync(o => o.Text == objection["Input.Text"])));
    }

    /// <summary>A TCP forwarder to PostgreSQL that can be shut (every connection cut, new ones refused) and opened again.</summary>
    private sealed class Gate : IAsyncDisposable
    {
        private readonly string _host;
        private readonly int _targetPort;
        private readonly ConcurrentBag<TcpClient> _connections = [];
        private TcpListener? _listener;

        public Gate(string host, int targetPort)
        {
            _host = host;
            _targetPort = targetPort;
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Open();
        }

        public int Port { get; }

        public void Open()
        {
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _ = AcceptAsync(_listener);
        }

        public void Close()
        {
            _listener?.Stop();
            _listener = null;
            while (_connections.TryTake(out var connection))
            {
                connection.Dispose();
            }
        }

        public ValueTask DisposeAsync()
        {
            Close();
            return ValueTask.CompletedTask;
        }

        private async Task AcceptAsync(TcpListener listener)
        {
            try
            {
                while (true)
                {
                    var client = await listener.AcceptTcpClientAsync();
                    var server = new TcpClient();
                    await server.ConnectAsync(_host, _targetPort);
                    _connections.Add(client);
                    _connections.Add(server);
                    _ = PipeAsync(client, server);
                    _ = PipeAsync(server, client);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                // Closed.
            }
        }

        private static async Task PipeAsync(TcpClient from, TcpClient to)
        {
            try
            {
                await from.GetStream().CopyToAsync(to.GetStream());
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or SocketException)
            {
                // Cut by Close.
            }
            finally
            {
                from.Dispose();
                to.Dispose();
            }
        }
    }
}
