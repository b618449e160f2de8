using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("enterprises");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(Enterprise.NameMaxLength).IsRequired();
        builder.Property(e => e.Uscc).HasColumnName("uscc").HasMaxLength(UnifiedSocialCreditCode.Length).IsFixedLength()
            .HasConversion(v => v.Value, v => UnifiedSocialCreditCode.Parse(v)).IsRequired();
        builder.HasIndex(e => e.Uscc).IsUnique();
        builder.Property(e => e.RegisteredDistrict).HasColumnName("registered_district").HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.TaxDistrict).HasColumnName("tax_district").HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.SettlementDistrict).HasColumnName("settlement_district").HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.TownOrParkId).HasColumnName("town_or_park_id");
        builder.HasOne<TownOrPark>().WithMany().HasForeignKey(e => e.TownOrParkId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Industry).HasColumnName("industry").HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.EstablishedOn).HasColumnName("established_on");
        builder.Property(e => e.Arrival).HasColumnName("district_arrival").HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.MovedInOn).HasColumnName("moved_in_on");
        builder.Property(e => e.Size).HasColumnName("size_class").HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.HighTechFirstCertifiedOn).HasColumnName("high_tech_first_certified_on");
        builder.Property(e => e.HighTechLatestCertifiedOn).HasColumnName("high_tech_latest_certified_on");
        builder.Property(e => e.HighTechCertificateNumber).HasColumnName("high_tech_certificate_number").HasMaxLength(Enterprise.CertificateNumberMaxLength);
        builder.Property(e => e.IsTechSme).HasColumnName("is_tech_sme");
        builder.Property(e => e.TechSmeNumber).HasColumnName("tech_sme_number").HasMaxLength(Enterprise.CertificateNumberMaxLength);
        builder.Property(e => e.TechLittleGiant).HasColumnName("tech_little_giant").HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.ContactPerson).HasColumnName("contact_person").HasMaxLength(Enterprise.PersonMaxLength).IsRequired();
        builder.Property(e => e.ContactPhone).HasColumnName("contact_phone").HasMaxLength(Enterprise.PhoneMaxLength).IsRequired();
        builder.Property(e => e.RegisteredAt).HasColumnName("registered_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
        builder.HasMany(e => e.AnnualFigures).WithOne().HasForeignKey(f => f.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.CreditRecords).WithOne().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.AnnualFigures).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.CreditRecords).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.DomainEvents);
    }
}
