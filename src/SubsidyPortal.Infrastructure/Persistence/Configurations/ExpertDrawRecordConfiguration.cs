using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ExpertDrawRecordConfiguration : IEntityTypeConfiguration<ExpertDrawRecord>
{
    public void Configure(EntityTypeBuilder<ExpertDrawRecord> builder)
    {
        builder.ToTable("expert_draws");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.ApplicationId).HasColumnName("application_id");
        builder.HasOne<SubsidyApplication>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ApplicationId);
        builder.Property(d => d.Purpose).HasColumnName("purpose").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Specialty).HasColumnName("specialty").HasMaxLength(100).IsRequired();
        builder.Property(d => d.Count).HasColumnName("count");
        builder.Property(d => d.Algorithm).HasColumnName("algorithm").HasMaxLength(40).IsRequired();
        builder.Ignore(d => d.Pool);
        builder.PrimitiveCollection<List<Guid>>("_pool").HasColumnName("pool").IsRequired();
        builder.Ignore(d => d.Exclusions);
        builder.Property<List<DrawExclusion>>("_exclusions").AsJson("exclusions");
        builder.Property(d => d.OtherSpecialty).HasColumnName("other_specialty");
        builder.Property(d => d.SeedHash).HasColumnName("seed_hash").IsRequired();
        builder.Property(d => d.PoolDigest).HasColumnName("pool_digest").IsRequired();
        builder.Property(d => d.CommittedAt).HasColumnName("committed_at");
        builder.Property(d => d.CommittedBy).HasColumnName("committed_by");
        builder.Property(d => d.CommittedByName).HasColumnName("committed_by_name").HasMaxLength(100).IsRequired();
        builder.Property(d => d.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Seed).HasColumnName("seed");
        builder.Property(d => d.RevealedAt).HasColumnName("revealed_at");
        builder.Ignore(d => d.Drawn);
        builder.PrimitiveCollection<List<Guid>>("_drawn").HasColumnName("drawn").IsRequired();
        builder.Property(d => d.AbandonedReason).HasColumnName("abandoned_reason").HasMaxLength(500);
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
    }
}
