using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Experts;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ExpertRelationshipConfiguration : IEntityTypeConfiguration<ExpertRelationship>
{
    public void Configure(EntityTypeBuilder<ExpertRelationship> builder)
    {
        builder.ToTable("expert_relationships");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.ExpertId).HasColumnName("expert_id");
        builder.HasIndex(r => r.ExpertId);
        builder.Property(r => r.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OrganisationName).HasColumnName("organisation_name").HasMaxLength(200).IsRequired();
        builder.Property(r => r.OrganisationUscc).HasColumnName("organisation_uscc").HasMaxLength(18);
        builder.Property(r => r.EndedOn).HasColumnName("ended_on");
        builder.Property(r => r.DeclaredAt).HasColumnName("declared_at");
    }
}
