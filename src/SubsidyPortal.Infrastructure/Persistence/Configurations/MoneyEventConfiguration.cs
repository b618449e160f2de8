using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Awards;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

/// <summary>The money audit trail; the migration adds a trigger that refuses UPDATE and DELETE on it.</summary>
internal sealed class MoneyEventConfiguration : IEntityTypeConfiguration<MoneyEvent>
{
    public void Configure(EntityTypeBuilder<MoneyEvent> builder)
    {
        builder.ToTable("money_events");
        AuditChainColumns.Map(builder, "money_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.SubjectType).HasColumnName("subject_type").HasMaxLength(30).IsRequired();
        builder.Property(e => e.SubjectId).HasColumnName("subject_id");
        builder.Property(e => e.Sequence).HasColumnName("sequence");
        builder.HasIndex(e => new { e.SubjectId, e.Sequence }).IsUnique();
        builder.Property(e => e.Action).HasColumnName("action").HasMaxLength(40).IsRequired();
        builder.Property(e => e.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(e => e.ActorUserId).HasColumnName("actor_user_id");
        builder.Property(e => e.ActorName).HasColumnName("actor_name").HasMaxLength(100).IsRequired();
        builder.Property(e => e.ActorRole).HasColumnName("actor_role").HasMaxLength(30).IsRequired();
        builder.Property(e => e.At).HasColumnName("at");
        builder.Property(e => e.Note).HasColumnName("note").HasMaxLength(1000);
    }
}
