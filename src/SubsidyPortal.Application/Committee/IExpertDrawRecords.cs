using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Application.Committee;

/// <summary>A candidate left out of a draw and why (a <see cref="DrawExclusion"/> reason code), with the organisation that matched.</summary>
public sealed record DrawExclusionLine(string Name, string Reason, string? Organisation, DateOnly? EndedOn);

/// <summary>
/// 抽取记录 as staff read it: when the commitment was made and by whom, the seed hash, the pool, who was left out and why,
/// the seed once revealed, the experts drawn, and whether re-running the draw from the record gives them again (可复核).
/// </summary>
public sealed record DrawRecordView(
    Guid Id,
    DrawPurpose Purpose,
    DrawOutcome Outcome,
    string Specialty,
    int Count,
    int PoolSize,
    int OtherSpecialty,
    string SeedHash,
    DateTimeOffset CommittedAt,
    string CommittedBy,
    string? Seed,
    DateTimeOffset? RevealedAt,
    IReadOnlyList<string> Drawn,
    IReadOnlyList<DrawExclusionLine> Exclusions,
    bool Verified,
    string? AbandonedReason);

/// <summary>The expert draws recorded on an application, oldest first, each checked against its record.</summary>
public interface IExpertDrawRecords
{
    Task<IReadOnlyList<DrawRecordView>> ForApplicationAsync(Guid applicationId, Actor staff, CancellationToken cancellationToken);
}
