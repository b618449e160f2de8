using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class SubsidyApplicationConfiguration : IEntityTypeConfiguration<SubsidyApplication>
{
    public void Configure(EntityTypeBuilder<SubsidyApplication> builder)
    {
        builder.ToTable("applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.ReferenceNumber).HasColumnName("reference_number").HasMaxLength(40).IsRequired();
        builder.HasIndex(a => a.ReferenceNumber).IsUnique();
        builder.Property(a => a.CallId).HasColumnName("call_id");
        builder.HasOne<Call>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ClauseId).HasColumnName("clause_id").HasMaxLength(100).IsRequired();
        builder.Property(a => a.EnterpriseId).HasColumnName("enterprise_id");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(a => a.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.TownOrParkId).HasColumnName("town_or_park_id");
        builder.HasOne<TownOrPark>().WithMany().HasForeignKey(a => a.TownOrParkId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ProjectName).HasColumnName("project_name").HasMaxLength(SubsidyApplication.ProjectNameMaxLength).IsRequired();
        builder.Property(a => a.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(a => new { a.CallId, a.Status });
        builder.HasIndex(a => a.EnterpriseId);
        // Covering (migration 0009): stage counts and the ranking's per-call counts read the index alone.
        builder.HasIndex(a => new { a.Status, a.StatusChangedAt, a.ReferenceNumber }).IncludeProperties(a => new { a.Id, a.CallId, a.AggregatedScore });
        builder.HasIndex(a => new { a.StatusChangedAt, a.ReferenceNumber });
        builder.HasIndex(a => a.NoticeId);
        builder.HasIndex(a => new { a.TownOrParkId, a.SubmittedAt }).IncludeProperties(a => a.Status);
        builder.HasIndex(a => new { a.TownOrParkId, a.Status, a.SubmittedAt, a.Id });

        builder.Ignore(a => a.Answers);
        builder.Property<Dictionary<string, string>>("_answers").AsJson("answers");
        builder.Ignore(a => a.RequiredMaterials);
        builder.PrimitiveCollection<List<string>>("_requiredMaterials").HasColumnName("required_materials").IsRequired();
        builder.HasMany(a => a.Materials).WithOne().HasForeignKey(m => m.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Materials).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(a => a.NewHistory);
        builder.Property(a => a.HistoryCount).HasColumnName("history_count");

        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.Property(a => a.UpdatedAt).HasColumnName("updated_at");
        builder.Property(a => a.StatusChangedAt).HasColumnName("status_changed_at");
        builder.Property(a => a.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(a => a.IntegrityPledgedAt).HasColumnName("integrity_pledged_at");
        builder.Property(a => a.FactsSnapshot).HasColumnName("facts_snapshot").HasColumnType("jsonb");
        builder.Property(a => a.EvaluationSnapshot).HasColumnName("evaluation_snapshot").HasColumnType("jsonb");
        builder.Property(a => a.RuleSetVersion).HasColumnName("rule_set_version").HasMaxLength(20);
        builder.Property(a => a.EvaluatedOutcome).HasColumnName("evaluated_outcome").HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.EvaluatedAmount).HasColumnName("evaluated_amount").HasPrecision(18, 2);
        builder.Property(a => a.EvaluatedAmountKind).HasColumnName("evaluated_amount_kind").HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.TownConfirmedAt).HasColumnName("town_confirmed_at");
        builder.Property(a => a.CorrectionReason).HasColumnName("correction_reason").HasMaxLength(1000);
        builder.Property(a => a.CorrectionDeadline).HasColumnName("correction_deadline");
        builder.Property(a => a.DecisionReason).HasColumnName("decision_reason").HasMaxLength(1000);
        builder.Property(a => a.AggregatedScore).HasColumnName("aggregated_score").HasPrecision(5, 2);
        builder.Property(a => a.ApprovedAmount).HasColumnName("approved_amount").HasPrecision(18, 2);
        builder.Property(a => a.NoticeId).HasColumnName("notice_id");
        builder.Property(a => a.NoticeLastDay).HasColumnName("notice_last_day");
        builder.Property(a => a.ApprovedAt).HasColumnName("approved_at");
        builder.Property<uint>(PortalDbContext.ConcurrencyToken).IsRowVersion();
        builder.Ignore(a => a.DomainEvents);
    }
}
