using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class AnnualFiguresConfiguration : IEntityTypeConfiguration<AnnualFigures>
{
    public void Configure(EntityTypeBuilder<AnnualFigures> builder)
    {
        builder.ToTable("enterprise_annual_figures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(f => f.EnterpriseId).HasColumnName("enterprise_id");
        builder.Property(f => f.Year).HasColumnName("year");
        // numeric(18,2): yuan to the fen, never floating point.
        builder.Property(f => f.OperatingRevenue).HasColumnName("operating_revenue").HasPrecision(18, 2);
        builder.Property(f => f.ResearchExpenditure).HasColumnName("research_expenditure").HasPrecision(18, 2);
        builder.Property(f => f.EmployeeCount).HasColumnName("employee_count");
        builder.Property(f => f.ResearchStaffCount).HasColumnName("research_staff_count");
        builder.Property(f => f.NetProfit).HasColumnName("net_profit").HasPrecision(18, 2);
        builder.Property(f => f.TotalAssets).HasColumnName("total_assets").HasPrecision(18, 2);
        builder.Property(f => f.TotalLiabilities).HasColumnName("total_liabilities").HasPrecision(18, 2);
        builder.HasIndex(f => new { f.EnterpriseId, f.Year }).IsUnique();
    }
}
