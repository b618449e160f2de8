using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Prospects;

namespace SubsidyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ClauseProspectConfiguration : IEntityTypeConfiguration<ClauseProspect>
{
    public void Configure(EntityTypeBuilder<ClauseProspect> builder)
    {
        builder.ToTable("clause_prospects", t => t.HasCheckConstraint("ck_clause_prospects_missing", "cardinality(missing_facts) <= 2"));
        builder.HasKey(m => new { m.EnterpriseId, m.ClauseId });
        builder.Property(m => m.EnterpriseId).HasColumnName("enterprise_id");
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.PolicyId).HasColumnName("policy_id").HasMaxLength(40).IsRequired();
        builder.Property(m => m.ClauseId).HasColumnName("clause_id").HasMaxLength(100).IsRequired();
        // The committee's list of one clause, newest matches first.
        builder.HasIndex(m => new { m.ClauseId, m.FirstFoundAt });
        builder.Property(m => m.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.AmountKind).HasColumnName("amount_kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Amount).HasColumnName("amount").HasPrecision(18, 2);
        builder.Property(m => m.AmountBasis).HasColumnName("amount_basis").HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Tranches).HasColumnName("tranches");
        builder.Property(m => m.TotalOfTranches).HasColumnName("total_of_tranches").HasPrecision(18, 2);
        builder.Property(m => m.MissingFacts).HasColumnName("missing_facts").IsRequired();
        builder.Property(m => m.FirstFoundAt).HasColumnName("first_found_at");
        builder.Property(m => m.EvaluatedAt).HasColumnName("evaluated_at");
        builder.Ignore(m => m.AmountSummary);
    }
}

internal sealed class ProspectRequestConfiguration : IEntityTypeConfiguration<ProspectRequest>
{
    public void Configure(EntityTypeBuilder<ProspectRequest> builder)
    {
        builder.ToTable("prospect_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(r => r.EnterpriseId).HasColumnName("enterprise_id");
        builder.Property(r => r.RequestedAt).HasColumnName("requested_at");
    }
}

internal sealed class ProspectSweepConfiguration : IEntityTypeConfiguration<ProspectSweep>
{
    public void Configure(EntityTypeBuilder<ProspectSweep> builder)
    {
        builder.ToTable("prospect_sweeps");
        builder.HasKey(s => s.Day);
        builder.Property(s => s.Day).HasColumnName("day").ValueGeneratedNever();
        builder.Property(s => s.StartedAt).HasColumnName("started_at");
        builder.Property(s => s.Enterprises).HasColumnName("enterprises");
    }
}
