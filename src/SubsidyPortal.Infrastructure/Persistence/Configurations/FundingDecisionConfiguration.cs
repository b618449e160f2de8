using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class FundingDecisionConfiguration : IEntityTypeConfiguration<FundingDecision>
{
    public void Configure(EntityTypeBuilder<FundingDecision> builder)
    {
        builder.ToTable("funding_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.CallId).HasColumnName("call_id");
        builder.HasOne<Call>().WithMany().HasForeignKey(d => d.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.CallId);
        builder.Property(d => d.Scenario).HasColumnName("scenario").HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Percent).HasColumnName("percent").HasPrecision(5, 2);
        builder.Property(d => d.Budget).HasColumnName("budget").HasPrecision(18, 2);
        builder.Property(d => d.Proposed).HasColumnName("proposed");
        builder.Property(d => d.Total).HasColumnName("total").HasPrecision(18, 2);
        builder.Property(d => d.DecidedBy).HasColumnName("decided_by");
        builder.Property(d => d.DecidedByName).HasColumnName("decided_by_name").HasMaxLength(100).IsRequired();
        builder.Property(d => d.DecidedAt).HasColumnName("decided_at");
    }
}
