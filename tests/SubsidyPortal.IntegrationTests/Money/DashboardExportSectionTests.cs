using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// A dashboard export reads only its own section: the budget sheet does not sum every tranche or walk the audit
/// trail. What each request sent is read from EF's diagnostic events, kept to this class's own database.
/// </summary>
public sealed class DashboardExportSectionTests(PortalFixture fixture) : IClassFixture<PortalFixture>, IDisposable
{
    private readonly ConcurrentQueue<string> _sent = new();
    private readonly IDisposable _listening = DiagnosticListener.AllListeners.Subscribe(new Listener());
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> ByDatabase = new();

    [Theory]
    [InlineData("states", "applications", new[] { "award_tranches", "application_events", "clawbacks" })]
    [InlineData("budget", "calls", new[] { "award_tranches", "application_events", "clawbacks" })]
    [InlineData("throughput", "application_events", new[] { "award_tranches", "clawbacks" })]
    [InlineData("money", "award_tranches", new[] { "application_events" })]
    public async Task An_export_reads_its_own_sections_tables_and_no_other(string section, string reads, string[] neverReads)
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var database = new NpgsqlConnectionStringBuilder(fixture.Factory.ConnectionString).Database!;
        var sent = ByDatabase.GetOrAdd(database, _ => _sent);
        sent.Clear();

        var export = await staff.Http.GetAsync($"/dashboard/export/{section}.csv");

        Assert.Equal(System.Net.HttpStatusCode.OK, export.StatusCode);
        var sql = string.Join("\n", sent);
        Assert.Contains(reads, sql, StringComparison.Ordinal);
        Assert.All(neverReads, table => Assert.DoesNotContain($" {table} ", sql, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        ByDatabase.TryRemove(new NpgsqlConnectionStringBuilder(fixture.Factory.ConnectionString).Database!, out _);
        _listening.Dispose();
    }

    private sealed class Listener : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
                && data.Command.Connection?.Database is { } database && ByDatabase.TryGetValue(database, out var sent))
            {
                sent.Enqueue(data.Command.CommandText);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
