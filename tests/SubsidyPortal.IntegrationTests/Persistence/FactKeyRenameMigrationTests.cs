using Npgsql;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Persistence;

/// <summary>
/// 0012 renames a fact only in its own clause's rows: 4-1's "awardedThisYear" becomes procurementAwardedThisYear, 4-2's
/// becomes overseasMarketAwardedThisYear, values and every other key untouched. Run against the columns it reads.
/// </summary>
public sealed class FactKeyRenameMigrationTests
{
    [Fact]
    public async Task Each_clause_gets_its_own_new_key_and_nothing_else_changes()
    {
        await using var connection = await ScratchAsync("fact-renames");
        await ExecuteAsync(connection, """
            CREATE TABLE applications (clause_id text, answers jsonb NOT NULL, facts_snapshot jsonb);
            CREATE TABLE entitlement_imports (clause_id text, mapping jsonb NOT NULL);
            INSERT INTO applications VALUES
                ('jinshan-2025/4-1-volume-based-procurement', '{"awardedThisYear": "1000000", "winningBidAmount": "20000000"}', '{"awardedThisYear": "1000000"}'),
                ('jinshan-2025/4-2-international-market', '{"awardedThisYear": "0", "varietyCount": "2"}', NULL),
                ('jinshan-2025/5-2-high-tech-first', '{"awardedThisYear": "7"}', NULL),
                ('dalinghaowan-2024/09-rd-voucher-tech-sme', '{"isTechSme": "true"}', '{"isTechSme": "true"}');
            INSERT INTO entitlement_imports VALUES ('jinshan-2025/6-2-key-laboratory', '{"uscc": 0, "input:cityGrantAmount": 3}');
            """);

        await ExecuteAsync(connection, DatabaseMigrator.Scripts.Single(s => s.Version == "0012").Sql);
        await ExecuteAsync(connection, DatabaseMigrator.Scripts.Single(s => s.Version == "0013").Sql);

        Assert.Equal(
            [
                // 0013: 大零号湾's Tech SME question takes the shared key.
                """{"techSme": "true"}|{"techSme": "true"}""",
                """{"winningBidAmount": "20000000", "procurementAwardedThisYear": "1000000"}|{"procurementAwardedThisYear": "1000000"}""",
                """{"overseasApprovedVarietyCount": "2", "overseasMarketAwardedThisYear": "0"}|""",
                // Not a renamed clause: left as it was.
                """{"awardedThisYear": "7"}|""",
            ],
            await ReadAsync(connection, "SELECT answers::text || '|' || coalesce(facts_snapshot::text, '') FROM applications ORDER BY clause_id"));
        Assert.Equal(["""{"uscc": 0, "input:keyLaboratoryCityGrant": 3}"""], await ReadAsync(connection, "SELECT mapping::text FROM entitlement_imports"));
    }

    [Fact]
    public async Task The_revenue_milestones_take_the_shared_yearly_keys_and_other_clauses_keep_theirs()
    {
        await using var connection = await ScratchAsync("revenue-renames");
        await ExecuteAsync(connection, """
            CREATE TABLE applications (clause_id text, answers jsonb NOT NULL, facts_snapshot jsonb);
            CREATE TABLE entitlement_imports (clause_id text, mapping jsonb NOT NULL);
            INSERT INTO applications VALUES
                ('jinshan-2025/3-1-revenue-100m', '{"annualRevenue": "120000000", "previousHighestRevenue": "60000000", "biomedBusiness": "true"}', '{"annualRevenue": "120000000"}'),
                ('jinshan-2025/5-2-high-tech-first', '{"annualRevenue": "7"}', NULL);
            INSERT INTO entitlement_imports VALUES ('jinshan-2025/3-1-revenue-50m', '{"uscc": 0, "input:annualRevenue": 2, "input:previousHighestRevenue": 3}');
            """);

        await ExecuteAsync(connection, DatabaseMigrator.Scripts.Single(s => s.Version == "0017").Sql);

        Assert.Equal(
            [
                """{"biomedBusiness": "true", "lastYearRevenue": "120000000", "highestRevenueBeforeLastYear": "60000000"}|{"lastYearRevenue": "120000000"}""",
                """{"annualRevenue": "7"}|""",
            ],
            await ReadAsync(connection, "SELECT answers::text || '|' || coalesce(facts_snapshot::text, '') FROM applications ORDER BY clause_id"));
        Assert.Equal(["""{"uscc": 0, "input:lastYearRevenue": 2, "input:highestRevenueBeforeLastYear": 3}"""], await ReadAsync(connection, "SELECT mapping::text FROM entitlement_imports"));
    }

    /// <summary>An empty database of its own, open: the test creates the few columns a migration reads.</summary>
    private static async Task<NpgsqlConnection> ScratchAsync(string purpose)
    {
        var server = await PostgresServer.InstanceAsync();
        var connection = new NpgsqlConnection(await server.CreateDatabaseAsync(purpose));
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ReadAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
