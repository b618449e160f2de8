using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

/// <summary>The audit trail; the migration adds a trigger that refuses UPDATE and DELETE on it.</summary>
internal sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("application_events");
        AuditChainColumns.Map(builder, "application_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.ApplicationId).HasColumnName("application_id");
        builder.HasOne<SubsidyApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Sequence).HasColumnName("sequence");
        builder.HasIndex(e => new { e.ApplicationId, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.Action, e.At });
        builder.Property(e => e.Action).HasColumnName("action").HasMaxLength(40).IsRequired();
        builder.Property(e => e.From).HasColumnName("from_status").HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.To).HasColumnName("to_status").HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ActorUserId).HasColumnName("actor_user_id");
        builder.Property(e => e.ActorName).HasColumnName("actor_name").HasMaxLength(100).IsRequired();
        builder.Property(e => e.ActorRole).HasColumnName("actor_role").HasMaxLength(30).IsRequired();
        builder.Property(e => e.At).HasColumnName("at");
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(1000);
    }
}
