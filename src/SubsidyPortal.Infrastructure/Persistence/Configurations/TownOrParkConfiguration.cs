using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class TownOrParkConfiguration : IEntityTypeConfiguration<TownOrPark>
{
    public void Configure(EntityTypeBuilder<TownOrPark> builder)
    {
        builder.ToTable("towns_or_parks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(t => t.District).HasColumnName("district").HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Name).HasColumnName("name").HasMaxLength(100).IsRequired();
        builder.Property(t => t.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.District, t.Name }).IsUnique();
    }
}
