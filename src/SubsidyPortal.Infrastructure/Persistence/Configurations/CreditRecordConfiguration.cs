using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> builder)
    {
        builder.ToTable("enterprise_credit_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.EnterpriseId).HasColumnName("enterprise_id");
        builder.Property(r => r.RecordedOn).HasColumnName("recorded_on");
        builder.Property(r => r.Severity).HasColumnName("severity").HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Description).HasColumnName("description").HasMaxLength(500).IsRequired();
        builder.Property(r => r.Source).HasColumnName("source").HasMaxLength(200).IsRequired();
        builder.HasIndex(r => r.EnterpriseId);
    }
}
