using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于强化创新载体建设实施细则 专题一: 3‰ of the loans the city committee approved and recommended, at most 100 万 per
/// station per year. Each year is its own matter.
/// </summary>
public sealed class Chapter7Topic1TechFinanceServiceStation : JinshanClause
{
    public const decimal Rate = 0.003m;
    public const decimal AnnualCapYuan = 1_000_000m;

    public override string Id => "jinshan-2025/7-1-tech-finance-station";

    public override string Article => "关于强化创新载体建设实施细则 专题一";

    public override string TitleZh => "市科委授牌的科技金融服务站";

    public override string Quote => "按照上海市科委审批推荐的贷款金额的 3‰予以资助，每家科技金融服务站每年最高不超过 100 万元。";

    public override IReadOnlyList<string> RequiredMaterials => ["申报材料（线下递交）", "上海市科委授牌证明", "上海市科委审批推荐的贷款清单"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        FactDefinition.Flag("servesJinshanTechEnterprises", "为本区科技企业提供履约贷、微贷通、小巨人信用贷等金融服务的科技金融机构", "Finance institution serving Jinshan tech enterprises"),
        FactDefinition.Flag("cityLicensedWithTeam", "拥有完善的金融服务团队，并获得上海市科委授牌", "Has a full service team and the city committee's licence"),
        FactDefinition.Money("recommendedLoanAmount", "上海市科委审批推荐的贷款金额（本年度）", "Loans approved and recommended by the city committee this year"),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        Condition.Requires("servesJinshanTechEnterprises", "jinshan-7-1-serves", "为本区科技企业提供金融服务", "Serves Jinshan tech enterprises"),
        Condition.Requires("cityLicensedWithTeam", "jinshan-7-1-licensed", "拥有完善的金融服务团队，并获得上海市科委授牌", "Licensed by the city committee, with a service team"),
        JinshanPolicy.Positive("recommendedLoanAmount", "jinshan-7-1-loans", "市科委审批推荐的贷款金额大于零", "Recommended loans above zero"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("annualCap", AnnualCapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money("recommendedLoanAmount") is { } loans
        ? AmountCalculation.Of(AmountKind.Fixed).Base("市科委审批推荐的贷款金额", loans, Citation).Rate(Rate, "贷款金额的 3‰", Citation).Cap(AnnualCapYuan, "每年最高不超过 100 万元", Citation).Round()
        : null;
}
