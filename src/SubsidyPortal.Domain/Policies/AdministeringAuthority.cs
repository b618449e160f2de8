using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Policies.Jinshan;

namespace SubsidyPortal.Domain.Policies;

/// <summary>
/// 主管部门: the body that administers a policy's programmes — opens its calls, reviews, publishes, pays and claws
/// back. Everything made under a policy (calls, applications, awards, batches, claw-backs, imports) belongs to the
/// authority of that policy; committee, finance and expert accounts are bound to one or more authorities and see
/// only theirs. <see cref="Basis"/> says where the text names it, or that it does not.
/// </summary>
public sealed record AdministeringAuthority(string Id, string NameZh, string NameEn, string Basis, IReadOnlyList<string> PolicyIds)
{
    public bool Administers(string policyId) => PolicyIds.Contains(policyId, StringComparer.Ordinal);
}

/// <summary>The portal's administering authorities, one per policy in scope.</summary>
public static class AdministeringAuthorities
{
    public const string ChangningId = "changning-stc";
    public const string JinshanId = "jinshan-stc";
    public const string DalinghaowanId = "dalinghaowan-office";

    /// <summary>长宁区科委: 第 15 条 "本实施办法由区科委负责解释"; the document is the 长宁区科学技术委员会's.</summary>
    public static readonly AdministeringAuthority Changning = new(
        ChangningId, "长宁区科委", "Changning District Science and Technology Commission",
        "长宁区鼓励科技创新的若干政策措施 第 15 条：本实施办法由区科委负责解释", [ChangningPolicy.Id]);

    /// <summary>金山区科委: every 专题's 评审 step reads "区科委负责组织专家开展项目评审".</summary>
    public static readonly AdministeringAuthority Jinshan = new(
        JinshanId, "金山区科委", "Jinshan District Science and Technology Commission",
        "金科〔2025〕25 号 各专题 申报流程（4）评审：区科委负责组织专家开展项目评审", [JinshanPolicy.Id]);

    /// <summary>
    /// The 大零号湾 measures name no administering office: (二十) only "设立‘大零号湾’发展专项资金，制定专项资金管理办法".
    /// The portal names the office that runs that fund 大零号湾推进办公室; the name is the portal's, not the text's.
    /// </summary>
    public static readonly AdministeringAuthority Dalinghaowan = new(
        DalinghaowanId, "大零号湾推进办公室", "Dalinghaowan Programme Office",
        "沪府办规〔2024〕7 号 未写明主管部门；（二十）设立“大零号湾”发展专项资金，本门户以其管理办公室为主管部门（名称为本门户所定）",
        [DalinghaowanPolicy.Id]);

    public static IReadOnlyList<AdministeringAuthority> All { get; } = [Changning, Jinshan, Dalinghaowan];

    public static AdministeringAuthority? Find(string? id) => All.FirstOrDefault(a => a.Id == id);

    /// <summary>The authority that administers the policy; every policy in the catalogue has exactly one.</summary>
    public static AdministeringAuthority Of(string policyId) =>
        All.SingleOrDefault(a => a.Administers(policyId))
        ?? throw new InvalidOperationException($"No administering authority for policy {policyId}.");
}
