using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>
/// What an expert draw writes on the application's trail (kept in Chinese, like the rest of the trail). The committed
/// line carries the seed's hash (which also identifies the draw) and the pool digest, so the hash chain pins both before
/// the draw; no line names an expert or shows an id.
/// </summary>
internal static class DrawTrail
{
    public static string Committed(ExpertDrawRecord record) =>
        $"抽取承诺：随机种子哈希（SHA-256）{Convert.ToHexStringLower(record.SeedHash)}；候选专家名单摘要 {Convert.ToHexStringLower(record.PoolDigest)}；"
        + $"候选 {record.Pool.Count} 人，抽取 {record.Count} 人（{(record.Purpose == DrawPurpose.Replacement ? "回避替换" : "评审专家组")}）";

    public static string Revealed(ExpertDrawRecord record) =>
        $"公开种子：{Convert.ToHexStringLower(record.Seed ?? [])}；已抽取 {record.Drawn.Count} 人（可用 replay-draw 按申报编号复核）";

    public static string Abandoned(ExpertDrawRecord record) =>
        $"抽取作废：{record.AbandonedReason}；公开种子：{Convert.ToHexStringLower(record.Seed ?? [])}";
}

/// <summary>An expert of the pool as the draw sees them, with the relationships they declared.</summary>
internal static class ExpertCandidates
{
    public static ExpertCandidate Of(Expert expert) => new(
        expert.Id, expert.Name, expert.Specialties, expert.OrganisationName, UsccOrNull(expert.OrganisationUscc), expert.Active,
        expert.Relationships.Select(r => new DeclaredRelationship(r.Kind, r.OrganisationName, UsccOrNull(r.OrganisationUscc), r.EndedOn)));

    private static UnifiedSocialCreditCode? UsccOrNull(string? text) =>
        UnifiedSocialCreditCode.TryParse(text, out var uscc) is null ? uscc : null;
}
