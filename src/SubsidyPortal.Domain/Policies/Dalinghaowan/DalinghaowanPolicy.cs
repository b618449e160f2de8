using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// 关于加快“大零号湾”科技创新策源功能区建设的若干政策措施 (沪府办规〔2024〕7 号, 上海市人民政府办公厅, 2024-07-02).
/// "本政策措施自 2024 年 7 月 11 日起实施，有效期至 2029 年 7 月 10 日。"
/// </summary>
public static class DalinghaowanPolicy
{
    public const string Id = "dalinghaowan-2024";

    public const string Issuer = "上海市人民政府办公厅";

    /// <summary>
    /// The text names no accepting department for individual measures; (二十) sets up the "大零号湾" 发展专项资金
    /// and its management rules, so applications go to whoever administers that fund.
    /// </summary>
    public const string Department = "“大零号湾”发展专项资金管理部门（见第（二十）条）";

    public static readonly PolicyDocument Document = new(
        Id,
        "沪府办规〔2024〕7 号",
        "关于加快“大零号湾”科技创新策源功能区建设的若干政策措施",
        Issuer,
        EffectivePeriod.Through(new DateOnly(2024, 7, 11), new DateOnly(2029, 7, 10)));

    public const string LocatedKey = "inDalinghaowan";

    /// <summary>The portal's park (reference data) that is the 大零号湾 functional area: an enterprise in it is located there.</summary>
    public const string AreaParkName = "大零号湾科技创新策源功能区";

    /// <summary>
    /// Every measure supports activity "在“大零号湾”集聚发展": the applicant is registered in, or the supported
    /// project is carried out in, the 大零号湾 functional area.
    /// </summary>
    public static readonly Condition Located = Condition.Requires(
        LocatedKey,
        "dalinghaowan-located-in-area",
        "申报单位注册在或项目实施在“大零号湾”科技创新策源功能区内",
        "The applicant is registered in, or the project is carried out in, the Dalinghaowan innovation area");

    public static readonly IReadOnlyList<FactDefinition> LocatedInputs =
    [
        FactDefinition.Flag(LocatedKey, "注册在或项目实施在“大零号湾”区域内", "Registered or project carried out in the Dalinghaowan area").OfEnterprise(FactSource.Profile),
    ];

    /// <summary>
    /// "政策措施与本市其他政策有重复的，按照“从优、就高、不重复”原则执行。" Each clause forms its own group so a city
    /// award for the same matter, recorded as a prior award in that group, leaves only the higher one.
    /// </summary>
    public static string HighestOnlyGroup(string clauseId) => $"{clauseId}#highest-only";

    public const string HighestOnlyQuote = "政策措施与本市其他政策有重复的，按照“从优、就高、不重复”原则执行。";
}
