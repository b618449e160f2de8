using System.Collections;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace SubsidyPortal.Benchmarks;

/// <summary>
/// A page view's SQL alone, to compare the page with: the statements one view sends (EF's diagnostic events, with
/// their parameters written in as literals) become a pgbench script, and pgbench runs it with as many clients as the
/// page had callers. The ratio page ÷ SQL says how much the application layer costs on top of the database.
/// </summary>
public sealed partial class PageSql : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<List<string>?> Recording = new();

    private PageSql()
    {
    }

    /// <summary>Listens to EF's events for the life of the process; only views run inside <see cref="CaptureAsync"/> are recorded.</summary>
    public static IDisposable Listen() => DiagnosticListener.AllListeners.Subscribe(new PageSql());

    /// <summary>Runs one view and returns the statements it sent, runnable as they are.</summary>
    public static async Task<IReadOnlyList<string>> CaptureAsync(Func<Task> view)
    {
        var statements = new List<string>();
        Recording.Value = statements;
        try
        {
            await view();
        }
        finally
        {
            Recording.Value = null;
        }

        return statements;
    }

    /// <summary>pgbench over the statements (one transaction = one view): transactions per second, or null when it failed.</summary>
    public static async Task<(double? Tps, string? Problem)> PgbenchAsync(IReadOnlyList<string> statements, string connectionString, int seconds, int clients, string scriptPath)
    {
        if (statements.Count == 0)
        {
            return (null, "no SQL");
        }

        await File.WriteAllTextAsync(scriptPath, string.Join("\n", statements.Select(s => s.TrimEnd().TrimEnd(';') + ";")) + "\n");
        var db = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("PGBENCH") ?? "pgbench")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "-n", "-f", scriptPath, "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
                     "-T", seconds.ToString(CultureInfo.InvariantCulture), "-h", db.Host!, "-p", db.Port.ToString(CultureInfo.InvariantCulture),
                     "-U", db.Username!, db.Database!,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var tps = TpsLine().Match(await output);
        return tps.Success
            ? (double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture), null)
            : (null, (await errors).Split('\n').FirstOrDefault(l => l.Length > 0) ?? $"pgbench exit {process.ExitCode}");
    }

    /// <summary>
    /// The documented index check: each statement's plan (EXPLAIN, not run), and the tables of more than
    /// <paramref name="largeRows"/> rows it reads whole (a sequential scan) — a filter or sort the pages offer without
    /// an index shows here.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FullScansAsync(IReadOnlyList<string> statements, string connectionString, long largeRows = 10_000)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var large = new HashSet<string>(StringComparer.Ordinal);
        await using (var sizes = new NpgsqlCommand("SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > @rows", connection))
        {
            sizes.Parameters.AddWithValue("rows", largeRows);
            await using var reader = await sizes.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                large.Add(reader.GetString(0));
            }
        }

        var scanned = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + statement.TrimEnd().TrimEnd(';'), connection);
            using var plan = System.Text.Json.JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!);
            Walk(plan.RootElement[0].GetProperty("Plan"));
        }

        return [.. scanned];

        void Walk(System.Text.Json.JsonElement node)
        {
            if (node.GetProperty("Node Type").GetString() == "Seq Scan" && node.GetProperty("Relation Name").GetString() is { } table && large.Contains(table))
            {
                scanned.Add(table);
            }

            if (node.TryGetProperty("Plans", out var children))
            {
                foreach (var child in children.EnumerateArray())
                {
                    Walk(child);
                }
            }
        }
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            listener.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Recording.Value is { } statements && value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
        {
            statements.Add(Inline(data.Command));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    private static string Inline(DbCommand command)
    {
        var values = command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName.TrimStart('@'), Literal);
        return ParameterName().Replace(command.CommandText, m => values.TryGetValue(m.Groups[1].Value, out var literal) ? literal : m.Value);
    }

    private static string Literal(DbParameter parameter) => Literal(parameter.Value);

    private static string Literal(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => Quote(s),
        Guid g => $"'{g}'::uuid",
        bool b => b ? "true" : "false",
        DateOnly d => $"'{d:yyyy-MM-dd}'::date",
        DateTimeOffset t => $"'{t.UtcDateTime:yyyy-MM-dd HH:mm:ss.ffffff}+00'::timestamptz",
        DateTime t => t.Kind == DateTimeKind.Utc ? $"'{t:yyyy-MM-dd HH:mm:ss.ffffff}+00'::timestamptz" : $"'{t:yyyy-MM-dd HH:mm:ss.ffffff}'::timestamp",
        IFormattable f when value.GetType().IsPrimitive || value is decimal => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => Array(items.Cast<object?>().Select(Literal).ToList()),
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    // An empty array has no element to give its type; the untyped literal takes the column's.
    private static string Array(List<string> elements) => elements.Count == 0 ? "'{}'" : "ARRAY[" + string.Join(",", elements) + "]";

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
