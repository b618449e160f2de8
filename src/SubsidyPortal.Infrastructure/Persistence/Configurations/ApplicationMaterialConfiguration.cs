using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Files;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationMaterialConfiguration : IEntityTypeConfiguration<ApplicationMaterial>
{
    public void Configure(EntityTypeBuilder<ApplicationMaterial> builder)
    {
        builder.ToTable("application_materials");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.ApplicationId).HasColumnName("application_id");
        builder.Property(m => m.ItemIndex).HasColumnName("item_index");
        builder.Property(m => m.ItemName).HasColumnName("item_name").HasMaxLength(500).IsRequired();
        builder.Property(m => m.FileId).HasColumnName("file_id");
        builder.HasOne<StoredFileRecord>().WithMany().HasForeignKey(m => m.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.DisplayName).HasColumnName("display_name").HasMaxLength(255).IsRequired();
        builder.Property(m => m.ContentType).HasColumnName("content_type").HasMaxLength(100).IsRequired();
        builder.Property(m => m.Length).HasColumnName("length");
        builder.Property(m => m.Sha256).HasColumnName("sha256").HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(m => m.UploadedAt).HasColumnName("uploaded_at");
        builder.HasIndex(m => m.ApplicationId);
    }
}
