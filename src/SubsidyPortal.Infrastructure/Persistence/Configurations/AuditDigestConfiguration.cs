using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Infrastructure.Audit;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditDigestConfiguration : IEntityTypeConfiguration<AuditDigestRow>
{
    public void Configure(EntityTypeBuilder<AuditDigestRow> builder)
    {
        builder.ToTable("audit_digests");
        builder.HasKey(d => new { d.Day, d.Chain });
        builder.Property(d => d.Day).HasColumnName("day");
        builder.Property(d => d.Chain).HasColumnName("chain").HasMaxLength(40);
        builder.Property(d => d.ChainPosition).HasColumnName("chain_position");
        builder.Property(d => d.LineHash).HasColumnName("line_hash").IsRequired();
        builder.Property(d => d.RecordedAt).HasColumnName("recorded_at");
    }
}
