using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The chain columns of a tamper-evident table (0019): the line's place in its chain, the previous line's hash and its
/// own. The database's trigger fills them on insert; the portal never sets them, so they are shadow properties the
/// insert reads back, not part of the domain object.
/// </summary>
internal static class AuditChainColumns
{
    public static void Map<T>(EntityTypeBuilder<T> builder, string table)
        where T : class
    {
        builder.Property<long>("ChainPosition").HasColumnName("chain_position").ValueGeneratedOnAdd();
        builder.Property<byte[]>("PrevHash").HasColumnName("prev_hash").IsRequired().ValueGeneratedOnAdd();
        builder.Property<byte[]>("LineHash").HasColumnName("line_hash").IsRequired().ValueGeneratedOnAdd();
        builder.HasIndex("ChainPosition").IsUnique().HasDatabaseName($"ix_{table}_chain");
    }
}
