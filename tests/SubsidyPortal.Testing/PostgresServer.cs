using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace SubsidyPortal.Testing;

/// <summary>
/// One real PostgreSQL server per test process: the one SUBSIDYPORTAL_TEST_CONNECTION names; else a throwaway
/// container (Testcontainers) where a Docker engine answers; else an ephemeral cluster started from the local
/// binaries (initdb + pg_ctl, on /dev/shm, fsync off), as on the build machines, which have no Docker engine.
/// SUBSIDYPORTAL_TEST_DATABASE=local or =container skips the choice. Everything is removed at exit.
/// Each test class asks for its own database, so classes run in parallel without seeing each other's rows.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private static int _databaseCounter;

    private readonly string _adminConnectionString;

    private PostgresServer(string adminConnectionString, string origin)
    {
        _adminConnectionString = adminConnectionString;
        Origin = origin;
    }

    public static Task<PostgresServer> InstanceAsync() => Shared.Value;

    /// <summary>Where the server runs, for the test log: "configured", "container" or "local cluster".</summary>
    public string Origin { get; }

    /// <summary>A connection string to a new, empty database (not migrated).</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"t_{Sanitise(purpose)}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}";
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>A connection string naming a database that does not exist yet (the migrator creates it).</summary>
    public string ConnectionStringForNewDatabase(string purpose) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = $"t_{Sanitise(purpose)}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}",
        }.ConnectionString;

    private static string Sanitise(string purpose) =>
        new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray());

    private static async Task<PostgresServer> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable("SUBSIDYPORTAL_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new PostgresServer(given, "configured");
        }

        var wanted = Environment.GetEnvironmentVariable("SUBSIDYPORTAL_TEST_DATABASE");
        if (!string.Equals(wanted, "local", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return await StartContainerAsync();
            }
            catch (DockerUnavailableException) when (!string.Equals(wanted, "container", StringComparison.OrdinalIgnoreCase))
            {
                // No Docker engine (the build machines have only the client): the local cluster below.
            }
        }

        return await StartLocalClusterAsync();
    }

    private static async Task<PostgresServer> StartContainerAsync()
    {
        // The image's major version matches the Debian packages the local cluster and production use.
        var container = new PostgreSqlBuilder("postgres:15-alpine")
            .WithCommand("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300")
            .Build();
        await container.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var builder = new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = "postgres", IncludeErrorDetail = true };
        return new PostgresServer(builder.ConnectionString, "container");
    }

    private static async Task<PostgresServer> StartLocalClusterAsync()
    {
        var bin = FindBinaries();
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var asRootUser = Environment.UserName == "root";
        await RemoveStaleClustersAsync(root, bin, asRootUser);
        var dir = Path.Combine(root, $"subsidyportal-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var asRoot = asRootUser;
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", dir], asPostgres: false);
        }

        // The cluster only ever runs on Linux/macOS test machines.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var data = Path.Combine(dir, "data");
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asRoot);
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(dir, "postgres.log"), "-w", "-t", "60", "-o",
             $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
             "start"],
            asRoot);

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot).GetAwaiter().GetResult();
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                // The process is ending anyway; a leftover folder under /dev/shm is harmless.
            }
        };

        return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true", "local cluster");
    }

    /// <summary>
    /// A test host can be torn down before its exit handler runs, leaving a cluster on /dev/shm (RAM). Each
    /// folder is named after the test process that made it: when that process is gone, stop and remove it.
    /// </summary>
    private static async Task RemoveStaleClustersAsync(string root, string bin, bool asRoot)
    {
        foreach (var dir in Directory.GetDirectories(root, "subsidyportal-test-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[2], out var pid) || pid == Environment.ProcessId || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(dir, "data", "postmaster.pid")))
                {
                    await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-m", "immediate", "-w", "stop"], asRoot);
                }
            }
            catch (InvalidOperationException)
            {
                // Not running any more: nothing to stop.
            }

            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test process is cleaning it at the same moment.
            }
        }
    }

    private static string FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("SUBSIDYPORTAL_PG_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':'));
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
               ?? throw new InvalidOperationException(
                   "PostgreSQL server binaries (initdb, pg_ctl) not found. Run scripts/test.sh, which installs them, or set SUBSIDYPORTAL_TEST_CONNECTION.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
