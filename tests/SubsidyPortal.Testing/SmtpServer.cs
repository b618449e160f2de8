using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace SubsidyPortal.Testing;

/// <summary>
/// A real SMTP server on loopback: Debian's python3-aiosmtpd, storing every mail it accepts in a Maildir the test
/// reads. <see cref="StartRefusingAsync"/> starts one that answers every recipient with 550.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private SmtpServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Settings that point the portal at this server (no TLS on loopback), sender job off unless a test runs it.</summary>
    public Dictionary<string, string?> Settings(string from = "portal@kw.example.gov.cn") => new()
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:From"] = from,
        ["Mail:PublicBaseUrl"] = "https://portal.example.gov.cn",
        ["Jobs:Mail"] = "false",
    };

    public static Task<SmtpServer> StartAsync() => StartAsync(refuse: false);

    public static Task<SmtpServer> StartRefusingAsync() => StartAsync(refuse: true);

    private static async Task<SmtpServer> StartAsync(bool refuse)
    {
        var directory = Directory.CreateTempSubdirectory("subsidyportal-smtp-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        if (refuse)
        {
            // A handler that refuses every recipient, as a server refusing relay or an unknown mailbox does.
            await File.WriteAllTextAsync(Path.Combine(directory, "refusing.py"), """
                class Refuse:
                    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                        return '550 5.1.1 mailbox unavailable'
                """);
            start.Environment["PYTHONPATH"] = directory;
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("refusing.Refuse");
        }
        else
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("aiosmtpd.handlers.Mailbox");
            start.ArgumentList.Add(Path.Combine(directory, "maildir"));
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 -m aiosmtpd did not start");
        var server = new SmtpServer(process, directory, port);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "no answer in 20 s";
                await server.DisposeAsync();
                throw new InvalidOperationException($"aiosmtpd did not listen on {port} (is python3-aiosmtpd installed?): {error}");
            }
        }
    }

    /// <summary>Every mail the server has accepted so far.</summary>
    public IReadOnlyList<MimeMessage> Received()
    {
        var inbox = Path.Combine(_directory, "maildir", "new");
        return !Directory.Exists(inbox)
            ? []
            : [.. Directory.GetFiles(inbox).Select(file => MimeMessage.Load(file))];
    }

    /// <summary>A port nothing listens on (bound and released at once): a mail server that cannot be reached.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
