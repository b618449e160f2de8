using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

/// <summary>Identity's own tables keep their default names; this adds the portal's columns to the user.</summary>
internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(50).IsRequired();
        builder.Property(u => u.EnterpriseId);
        builder.Property(u => u.TownOrParkId);
        builder.Property(u => u.AuthorityIds).IsRequired().HasDefaultValueSql("'{}'");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(u => u.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TownOrPark>().WithMany().HasForeignKey(u => u.TownOrParkId).OnDelete(DeleteBehavior.Restrict);
    }
}
