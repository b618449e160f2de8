using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

/// <summary>A list or dictionary kept as one jsonb column: serialised as written, compared by its JSON text.</summary>
internal static class JsonColumn
{
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property, string column)
        where T : class, new() =>
        property.HasColumnName(column).HasColumnType("jsonb")
            .HasConversion(
                v => Write(v),
                v => Read<T>(v),
                new ValueComparer<T>((x, y) => Write(x) == Write(y), v => Write(v).GetHashCode(StringComparison.Ordinal), v => Read<T>(Write(v))))
            .IsRequired();

    private static string Write<T>(T? value) => JsonSerializer.Serialize(value, (JsonSerializerOptions?)null);

    private static T Read<T>(string json)
        where T : class, new() => JsonSerializer.Deserialize<T>(json, (JsonSerializerOptions?)null) ?? new T();
}
