using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Persistence;

/// <summary>
/// The hand-written SQL migrations, applied to an empty database, produce exactly the schema the EF model
/// expects: tables, columns with type and nullability, primary keys, foreign keys (with delete rule) and indexes.
/// </summary>
public sealed class SchemaMatchesModelTests
{
    [Fact]
    public async Task Migrated_schema_equals_the_EF_model()
    {
        var server = await PostgresServer.InstanceAsync();
        var connectionString = server.ConnectionStringForNewDatabase("schema");
        await new DatabaseMigrator(connectionString, NullLogger<DatabaseMigrator>.Instance).MigrateAsync();

        var expected = DescribeModel(connectionString);
        var actual = await DescribeDatabaseAsync(connectionString);

        Assert.Equal(expected.Tables, actual.Tables);
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(expected.PrimaryKeys, actual.PrimaryKeys);
        Assert.Equal(expected.ForeignKeys, actual.ForeignKeys);
        Assert.Equal(expected.Indexes, actual.Indexes);
    }

    private static Schema DescribeModel(string connectionString)
    {
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(connectionString).Options);
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tables = model.Tables.ToList();
        return new Schema(
            tables.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(),
            tables.SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType}{(c.IsNullable ? " NULL" : " NOT NULL")}")).Order(StringComparer.Ordinal).ToList(),
            tables.Where(t => t.PrimaryKey is not null)
                .Select(t => $"{t.Name} {t.PrimaryKey!.Name} ({string.Join(",", t.PrimaryKey.Columns.Select(c => c.Name))})").Order(StringComparer.Ordinal).ToList(),
            tables.SelectMany(t => t.ForeignKeyConstraints.Select(fk =>
                $"{t.Name} {fk.Name} ({string.Join(",", fk.Columns.Select(c => c.Name))}) -> {fk.PrincipalTable.Name} ({string.Join(",", fk.PrincipalColumns.Select(c => c.Name))}) {DeleteRule(fk.OnDeleteAction)}"))
                .Order(StringComparer.Ordinal).ToList(),
            tables.SelectMany(t => t.Indexes.Select(i =>
                $"{t.Name} {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}){Included(t, i)}{(i.IsUnique ? " UNIQUE" : string.Empty)}"))
                .Order(StringComparer.Ordinal).ToList());
    }

    // A covering index's INCLUDE columns, as PostgreSQL lists them after the key columns.
    private static string Included(ITable table, ITableIndex index)
    {
        var properties = index.MappedIndexes.First().GetIncludeProperties() ?? [];
        var columns = properties.Select(p => table.EntityTypeMappings.First().TypeBase.FindProperty(p)!.GetColumnName()).ToList();
        return columns.Count == 0 ? string.Empty : $" INCLUDE ({string.Join(",", columns)})";
    }

    private static string DeleteRule(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "CASCADE",
        ReferentialAction.Restrict => "RESTRICT",
        ReferentialAction.SetNull => "SET NULL",
        ReferentialAction.SetDefault => "SET DEFAULT",
        _ => "NO ACTION",
    };

    private static async Task<Schema> DescribeDatabaseAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        const string userTables = """
            SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '__schema_migrations'
            """;
        var tables = await ListAsync(connection, $"SELECT relname FROM ({userTables}) t");
        // System columns (attnum < 0) count only where the model maps one, e.g. xmin as a concurrency token.
        var columns = await ListAsync(connection, $"""
            SELECT t.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull OR a.attnum < 0 THEN ' NOT NULL' ELSE ' NULL' END
            FROM ({userTables}) t JOIN pg_attribute a ON a.attrelid = t.oid
            WHERE NOT a.attisdropped AND (a.attnum > 0 OR a.attname IN ('xmin'))
            """);
        var modelUsesXmin = DescribeModelUsesXmin(connectionString);
        columns = columns.Where(c => !c.Contains(".xmin ", StringComparison.Ordinal) || modelUsesXmin.Contains(c[..c.IndexOf('.', StringComparison.Ordinal)])).ToList();
        var primaryKeys = await ListAsync(connection, $"""
            SELECT t.relname || ' ' || con.conname || ' (' || string_agg(a.attname, ',' ORDER BY k.ord) || ')'
            FROM ({userTables}) t JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype = 'p'
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
            GROUP BY t.relname, con.conname
            """);
        var foreignKeys = await ListAsync(connection, $"""
            SELECT t.relname || ' ' || con.conname || ' (' ||
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum)
                   || ') -> ' || p.relname || ' (' ||
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum)
                   || ') ' || CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END
            FROM ({userTables}) t JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype = 'f'
            JOIN pg_class p ON p.oid = con.confrelid
            """);
        var indexes = await ListAsync(connection, $"""
            SELECT t.relname || ' ' || ic.relname || ' (' ||
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                    WHERE k.ord <= i.indnkeyatts)
                   || ')' || coalesce(' INCLUDE (' ||
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                    WHERE k.ord > i.indnkeyatts) || ')', '')
                   || CASE WHEN i.indisunique THEN ' UNIQUE' ELSE '' END
            FROM ({userTables}) t JOIN pg_index i ON i.indrelid = t.oid JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE NOT i.indisprimary
            """);
        return new Schema(tables, columns, primaryKeys, foreignKeys, indexes);
    }

    private static HashSet<string> DescribeModelUsesXmin(string connectionString)
    {
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseNpgsql(connectionString).Options);
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .Where(t => t.Columns.Any(c => c.Name == "xmin")).Select(t => t.Name).ToHashSet();
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        var rows = new List<string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private sealed record Schema(List<string> Tables, List<string> Columns, List<string> PrimaryKeys, List<string> ForeignKeys, List<string> Indexes);
}
