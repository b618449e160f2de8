using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Persistence;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task Several_instances_migrating_at_once_apply_each_migration_exactly_once()
    {
        var server = await PostgresServer.InstanceAsync();
        var connectionString = server.ConnectionStringForNewDatabase("concurrent");
        var runs = Enumerable.Range(0, 6)
            .Select(_ => Task.Run(() => new DatabaseMigrator(connectionString, NullLogger<DatabaseMigrator>.Instance).MigrateAsync()))
            .ToList();
        var results = await Task.WhenAll(runs);

        Assert.Equal(DatabaseMigrator.Scripts.Count, results.Sum(r => r.Count));
        Assert.Equal(DatabaseMigrator.Scripts.Count, await CountAsync(connectionString, """SELECT count(*) FROM "__schema_migrations" """));
        Assert.Empty(await new DatabaseMigrator(connectionString, NullLogger<DatabaseMigrator>.Instance).PendingAsync());
    }

    [Fact]
    public async Task An_applied_migration_whose_text_changed_is_refused()
    {
        var server = await PostgresServer.InstanceAsync();
        var connectionString = server.ConnectionStringForNewDatabase("checksum");
        var migrator = new DatabaseMigrator(connectionString, NullLogger<DatabaseMigrator>.Instance);
        await migrator.MigrateAsync();
        await ExecuteAsync(connectionString, """UPDATE "__schema_migrations" SET checksum = 'edited' WHERE version = '0001'""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync());
        Assert.Contains("0001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_not_yet_migrated_reports_every_migration_pending()
    {
        var server = await PostgresServer.InstanceAsync();
        var connectionString = await server.CreateDatabaseAsync("pending");
        var pending = await new DatabaseMigrator(connectionString, NullLogger<DatabaseMigrator>.Instance).PendingAsync();
        Assert.Equal(DatabaseMigrator.Scripts.Select(s => s.Version), pending);
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
