using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> builder)
    {
        builder.ToTable("experts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.UserId).HasColumnName("user_id");
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.UserId).IsUnique();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(50).IsRequired();
        builder.Ignore(e => e.Specialties);
        builder.PrimitiveCollection<List<string>>("_specialties").HasColumnName("specialties").IsRequired();
        builder.Property(e => e.OrganisationName).HasColumnName("organisation_name").HasMaxLength(200).IsRequired();
        builder.Property(e => e.OrganisationUscc).HasColumnName("organisation_uscc").HasMaxLength(18);
        builder.Property(e => e.Active).HasColumnName("active");
        builder.HasMany(e => e.Relationships).WithOne().HasForeignKey(r => r.ExpertId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Relationships).HasField("_relationships").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.DomainEvents);
    }
}
