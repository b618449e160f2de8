using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Calls;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("calls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.PolicyId).HasColumnName("policy_id").HasMaxLength(40).IsRequired();
        builder.Property(c => c.Year).HasColumnName("year");
        builder.Property(c => c.TitleZh).HasColumnName("title_zh").HasMaxLength(Call.TitleMaxLength).IsRequired();
        builder.Ignore(c => c.ClauseIds);
        builder.PrimitiveCollection<List<string>>("_clauseIds").HasColumnName("clause_ids").IsRequired();
        builder.Property(c => c.OpensOn).HasColumnName("opens_on");
        builder.Property(c => c.ClosesOn).HasColumnName("closes_on");
        builder.Property(c => c.ReviewDueOn).HasColumnName("review_due_on");
        builder.Property(c => c.Budget).HasColumnName("budget").HasPrecision(18, 2);
        builder.Property(c => c.ExpertsPerApplication).HasColumnName("experts_per_application");
        builder.Property(c => c.ExpertSpecialty).HasColumnName("expert_specialty").HasMaxLength(Call.SpecialtyMaxLength).IsRequired();
        builder.Property(c => c.NoticeWorkingDays).HasColumnName("notice_working_days");
        builder.Property(c => c.RubricJson).HasColumnName("rubric").HasColumnType("jsonb").IsRequired();
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.Property(c => c.CreatedBy).HasColumnName("created_by");
        builder.HasIndex(c => new { c.PolicyId, c.Year });
        builder.Ignore(c => c.DomainEvents);
    }
}
