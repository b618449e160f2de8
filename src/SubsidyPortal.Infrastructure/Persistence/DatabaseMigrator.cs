using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SubsidyPortal.Infrastructure.Persistence;

/// <summary>
/// Applies the versioned SQL files in Persistence/Migrations (embedded, named NNNN_description.sql) in order.
/// A PostgreSQL advisory lock serialises instances that start together: one migrates, the others wait and then
/// find nothing left to do. Each file runs in its own transaction with its bookkeeping row, so a failure leaves
/// the database at the previous version. An applied file whose text changed is refused, not re-run.
/// </summary>
public sealed class DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Arbitrary but fixed: the advisory-lock key every instance agrees on.</summary>
    public const long AdvisoryLockKey = 0x5355_4253_4944_5931; // "SUBSIDY1"

    public const string HistoryTable = "__schema_migrations";

    public static IReadOnlyList<MigrationScript> Scripts { get; } = LoadScripts();

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await EnsureDatabaseExistsAsync(cancellationToken);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, $"""
                CREATE TABLE IF NOT EXISTS "{HistoryTable}" (
                    version    text PRIMARY KEY,
                    name       text NOT NULL,
                    checksum   text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            var done = new List<string>();
            foreach (var script in Scripts)
            {
                if (applied.TryGetValue(script.Version, out var checksum))
                {
                    if (checksum != script.Checksum)
                    {
                        throw new InvalidOperationException(
                            $"Migration {script.Version} ({script.Name}) was changed after it was applied. Add a new migration instead.");
                    }

                    continue;
                }

                logger.LogInformation("Applying migration {Version} {Name}", script.Version, script.Name);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                // No time limit: a migration that rewrites history (0019 chains every audit line there is) runs as long as it must.
                await using (var command = new NpgsqlCommand(script.Sql, connection, transaction) { CommandTimeout = 0 })
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await using (var record = new NpgsqlCommand(
                    $"""INSERT INTO "{HistoryTable}" (version, name, checksum) VALUES (@v, @n, @c)""", connection, transaction))
                {
                    record.Parameters.AddWithValue("v", script.Version);
                    record.Parameters.AddWithValue("n", script.Name);
                    record.Parameters.AddWithValue("c", script.Checksum);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                done.Add(script.Version);
            }

            return done;
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> while holding a second advisory lock, so start-up work that follows the
    /// migrations (seeding reference and demo data) is done by one instance at a time.
    /// </summary>
    public async Task RunExclusiveAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey + 1})", cancellationToken);
        try
        {
            await action(cancellationToken);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey + 1})", CancellationToken.None);
        }
    }

    /// <summary>The versions not yet applied (all of them when the history table does not exist yet).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand($"SELECT to_regclass('\"{HistoryTable}\"') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return Scripts.Select(s => s.Version).ToList();
        }

        var applied = await ReadAppliedAsync(connection, cancellationToken);
        return Scripts.Where(s => !applied.ContainsKey(s.Version)).Select(s => s.Version).ToList();
    }

    private async Task EnsureDatabaseExistsAsync(CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var check = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @d", connection);
        check.Parameters.AddWithValue("d", target.Database!);
        if (await check.ExecuteScalarAsync(cancellationToken) is null)
        {
            logger.LogInformation("Creating database {Database}", target.Database);
            try
            {
                await ExecuteAsync(connection, $"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"")}\" ENCODING 'UTF8' TEMPLATE template0", cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
            {
                // Another instance created it at the same moment (PostgreSQL reports either code).
            }
        }
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>();
        await using var command = new NpgsqlCommand($"""SELECT version, checksum FROM "{HistoryTable}" """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<MigrationScript> LoadScripts()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        const string prefix = "Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
                var fileName = n[prefix.Length..^".sql".Length];
                var separator = fileName.IndexOf('_', StringComparison.Ordinal);
                return new MigrationScript(
                    fileName[..separator],
                    fileName[(separator + 1)..],
                    sql,
                    Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
            })
            .OrderBy(s => s.Version, StringComparer.Ordinal)
            .ToList();
    }
}

public sealed record MigrationScript(string Version, string Name, string Sql, string Checksum);
