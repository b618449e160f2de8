using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持创新主体培育实施细则 专题七: 100 % of the city's 张江 special-fund support, no cap stated. Applied for under the
/// 张江 申报指南, so the claim is an application.
/// </summary>
public sealed class Chapter5Topic7ZhangjiangFundMatching : JinshanClause
{
    public override string Id => "jinshan-2025/5-7-zhangjiang-fund-matching";

    public override string CityGrantKey => "zhangjiangFundGrant";

    public override string Article => "关于支持创新主体培育实施细则 专题七";

    public override string TitleZh => "张江国家自主创新示范区专项发展资金项目配套";

    public override string Quote => "3.支持标准：按照市级扶持资金的100%给予配套。";

    public override IReadOnlyList<string> RequiredMaterials => ["按照《上海张江国家自主创新示范区专项发展资金申报指南》的相关要求"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        FactDefinition.Flag("recommendedZhangjiangProject", "由金山区推荐并获得张江国家自主创新示范区专项发展资金支持的项目", "Project recommended by Jinshan and funded by the Zhangjiang special fund")
            // 由金山区推荐: Jinshan's own recommendation list, which is why the clause is 免申即享.
            .From(FactSource.CommitteeList),
        CityGrantInput,
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        Condition.Requires("recommendedZhangjiangProject", "jinshan-5-7-funded", "由金山区推荐并获得张江专项发展资金支持", "Funded by the Zhangjiang special fund on Jinshan's recommendation"),
        CityGrantPositive("jinshan-5-7-grant"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("matchingRate", 1m, "比例")];

    public override AmountResult? Amount(Facts facts) => Matching(facts, 1m, "按照市级扶持资金的 100%给予配套");
}
