using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Documents;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.ToTable("issued_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.Code).HasColumnName("code").HasMaxLength(VerificationCode.FormattedLength).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.SubjectId).HasColumnName("subject_id");
        builder.Property(d => d.Edition).HasColumnName("edition").HasMaxLength(40).IsRequired();
        // One document per subject and edition: a second or racing issue finds the first.
        builder.HasIndex(d => new { d.Kind, d.SubjectId, d.Edition }).IsUnique();
        builder.Property(d => d.AuthorityId).HasColumnName("authority_id").HasMaxLength(40).IsRequired();
        builder.Property(d => d.EnterpriseId).HasColumnName("enterprise_id");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(d => d.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.EnterpriseId);
        builder.Property(d => d.RecipientName).HasColumnName("recipient_name").HasMaxLength(IssuedDocument.RecipientNameMaxLength).IsRequired();
        builder.Property(d => d.RecipientUscc).HasColumnName("recipient_uscc").HasMaxLength(18).IsRequired();
        builder.Property(d => d.IssuedAt).HasColumnName("issued_at");
        builder.Property(d => d.ContentSha256).HasColumnName("content_sha256").HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.FileSha256).HasColumnName("file_sha256").HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(d => d.Pdf).HasColumnName("pdf").IsRequired();
        builder.Property(d => d.PublicSummary).HasColumnName("public_summary").HasColumnType("jsonb").IsRequired();
    }
}
