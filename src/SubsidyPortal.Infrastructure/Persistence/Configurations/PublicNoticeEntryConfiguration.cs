using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notices;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

/// <summary>A published notice line; its chain columns are the database's (<see cref="AuditChainColumns"/>).</summary>
internal sealed class PublicNoticeEntryConfiguration : IEntityTypeConfiguration<PublicNoticeEntry>
{
    public void Configure(EntityTypeBuilder<PublicNoticeEntry> builder)
    {
        builder.ToTable("public_notice_entries");
        AuditChainColumns.Map(builder, "public_notice_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.NoticeId).HasColumnName("notice_id");
        builder.HasOne<PublicNotice>().WithMany().HasForeignKey(e => e.NoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.ApplicationId).HasColumnName("application_id");
        builder.HasOne<SubsidyApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.NoticeId, e.ApplicationId }).IsUnique().HasDatabaseName("uq_public_notice_entries_notice_application");
        builder.Property(e => e.ReferenceNumber).HasColumnName("reference_number").HasMaxLength(40).IsRequired();
        builder.Property(e => e.EnterpriseName).HasColumnName("enterprise_name").HasMaxLength(200).IsRequired();
        builder.Property(e => e.ProjectName).HasColumnName("project_name").HasMaxLength(200).IsRequired();
        builder.Property(e => e.ClauseId).HasColumnName("clause_id").HasMaxLength(100).IsRequired();
        builder.Property(e => e.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(e => e.ListedAt).HasColumnName("listed_at");
    }
}
