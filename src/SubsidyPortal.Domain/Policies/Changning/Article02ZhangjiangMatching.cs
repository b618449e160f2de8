using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 2 条 张江项目扶持政策: 获得张江国家自主创新示范区专项立项的项目，给予匹配资金支持. The text states no figure
/// or ratio; the amount is a ceiling equal to the Zhangjiang grant (interpretation of 匹配).
/// </summary>
public sealed class Article02ZhangjiangMatching : ChangningClause
{
    public const string GrantKey = "zhangjiangGrantAmount";

    public override string Id => "changning-2024/2-zhangjiang-matching";

    public override string Article => "第 2 条";

    public override string TitleZh => "张江国家自主创新示范区专项匹配支持";

    public override string Quote => "鼓励参与张江项目申报，对获得张江国家自主创新示范区专项立项的项目，给予匹配资金支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照复印件（加盖公章）",
        "张江国家自主创新示范区专项立项文件复印件（加盖公章）",
        "张江专项资金到账凭证复印件（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("zhangjiangProjectApproved", "项目获得张江国家自主创新示范区专项立项", "The project was approved under a Zhangjiang National Innovation Demonstration Zone programme"),
        FactDefinition.Money(GrantKey, "张江专项立项资助金额", "Zhangjiang programme grant amount"),
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("zhangjiangProjectApproved", "changning-2-zhangjiang-approved", "项目获得张江国家自主创新示范区专项立项", "The project was approved under a Zhangjiang programme"),
        Positive(GrantKey, "changning-2-grant-positive", "张江专项资助金额大于零（匹配的前提）", "The Zhangjiang grant is above zero (there is something to match)"),
    ];

    public override AmountResult? Amount(Facts facts) => MatchingCeiling(facts, GrantKey, "张江专项资助金额");
}
