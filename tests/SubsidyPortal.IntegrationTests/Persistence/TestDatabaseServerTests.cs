using DotNet.Testcontainers.Builders;
using Npgsql;
using SubsidyPortal.Testing;
using Testcontainers.PostgreSql;
using Xunit.Abstractions;

namespace SubsidyPortal.IntegrationTests.Persistence;

/// <summary>
/// The fixture's server is the one its environment calls for: the configured one, a container where a Docker
/// engine answers, the local cluster otherwise. Production runs PostgreSQL 15 (Debian 12): the tests run on no older one.
/// </summary>
public sealed class TestDatabaseServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_fixture_runs_the_server_its_environment_calls_for_at_least_production_major_version()
    {
        var server = await PostgresServer.InstanceAsync();
        output.WriteLine($"test database server: {server.Origin}");

        var configured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("SUBSIDYPORTAL_TEST_CONNECTION"));
        var forced = Environment.GetEnvironmentVariable("SUBSIDYPORTAL_TEST_DATABASE")?.ToLowerInvariant();
        if (configured)
        {
            Assert.Equal("configured", server.Origin);
        }
        else if (forced is "local" or "container")
        {
            Assert.Equal(forced == "local" ? "local cluster" : "container", server.Origin);
        }
        else if (server.Origin != "container")
        {
            // The local cluster is only the fallback: it is chosen because no Docker engine answers.
            Assert.Equal("local cluster", server.Origin);
            await Assert.ThrowsAsync<DockerUnavailableException>(async () =>
                await new PostgreSqlBuilder("postgres:15-alpine").Build().StartAsync());
        }

        await using var connection = new NpgsqlConnection(await server.CreateDatabaseAsync("origin"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW server_version_num", connection);
        var version = int.Parse((string)(await command.ExecuteScalarAsync())!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(version >= 150000, $"PostgreSQL {version} is older than production's 15");
    }
}
