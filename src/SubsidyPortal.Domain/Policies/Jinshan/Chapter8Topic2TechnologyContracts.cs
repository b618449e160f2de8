using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于促进产业创新成果转化实施细则 专题二: registered technology contracts. Annual cumulative amount in
/// [2000 万, 5000 万): 2‱, at most 1 万; from 5000 万 (inclusive): 3‱, at most 5 万. Below 2000 万 there is no support.
/// </summary>
public sealed class Chapter8Topic2TechnologyContracts : JinshanClause
{
    public const decimal LowerThresholdYuan = 20_000_000m;
    public const decimal UpperThresholdYuan = 50_000_000m;
    public const decimal LowerRate = 0.0002m;
    public const decimal LowerCapYuan = 10_000m;
    public const decimal UpperRate = 0.0003m;
    public const decimal UpperCapYuan = 50_000m;

    public override string Id => "jinshan-2025/8-2-technology-contracts";

    public override string Article => "关于促进产业创新成果转化实施细则 专题二";

    public override string TitleZh => "产业人才载体技术合同成交奖励";

    public override string Quote => "经认定登记的技术合同年度累计成交额达 2000万元（含）—5000 万元，按实际交易额的 2‱ ，给予最高 1 万元的一次性支持；5000 万元（含）以上，按实际交易额的 3‱，给予最高 5 万元的一次性支持。";

    public override IReadOnlyList<string> RequiredMaterials => ["补贴申请书", "年度技术合同认定登记清单", "科技型中小企业需提供入库登记编号"];

    public const string Seller = "seller";
    public const string Buyer = "buyer";
    public const string Domestic = "domestic";
    public const string Overseas = "overseas";

    /// <summary>The applicant's side of its registered contracts, as the contracts name it.</summary>
    public static readonly FactDefinition ContractRole = FactDefinition.Choice(
        "technologyContractRole", "申报单位在技术合同中的身份", "The applicant's side in the technology contracts",
        new(Seller, "卖方（受托方、出让方、服务提供方、研究开发方）", "Seller (contractor, transferor, service provider, developer)"),
        new(Buyer, "买方（委托方、受让方、接受服务方）", "Buyer (client, transferee, service recipient)"));

    /// <summary>Where the other side, the seller, is: asked of a buyer only.</summary>
    public static readonly FactDefinition SellerLocation = FactDefinition.Choice(
        "technologyContractSellerLocation", "技术合同卖方所在地", "Where the seller of the technology contracts is",
        new(Domestic, "境内单位", "In mainland China"),
        new(Overseas, "境外单位（含港澳台）", "Outside mainland China (incl. Hong Kong, Macao, Taiwan)"));

    private DerivedFact? _party;

    /// <summary>
    /// "申报单位为技术合同中的卖方（受托方、出让方、服务提供方、研究开发方），如果技术合同中的卖方是境外单位（包含港澳台）的，申报单位为技术合同中的买方"
    /// A seller qualifies whatever the buyer; a buyer only when its seller is abroad.
    /// </summary>
    private DerivedFact Party => _party ??= new(
        "jinshanContractParty", "为技术合同的支持方（卖方，或境外卖方合同的买方）", "The supported party (the seller, or the buyer of a foreign seller)",
        [ContractRole.Key, SellerLocation.Key],
        "申报单位为技术合同中的卖方（受托方、出让方、服务提供方、研究开发方），如果技术合同中的卖方是境外单位（包含港澳台）的，申报单位为技术合同中的买方",
        FactEntity.Project,
        f => f.Choice(ContractRole.Key) switch
        {
            Seller => true,
            Buyer => f.Choice(SellerLocation.Key) is { } where ? where == Overseas : null,
            _ => null,
        });

    public override IReadOnlyList<DerivedFact> Derived => [Party];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        ContractRole,
        SellerLocation,
        FactDefinition.Flag("contractsRegistered", "已向技术合同认定登记机构申请认定登记并取得认定登记证明", "Contracts registered with a certificate"),
        FactDefinition.Money("annualContractAmount", "经认定登记的技术合同年度累计成交额", "Annual cumulative amount of registered contracts"),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        Party.Requires("jinshan-8-2-party", "申报单位为技术合同卖方（卖方为境外单位的为买方）", "The applicant is the seller (or the buyer of a foreign seller)"),
        Condition.Requires("contractsRegistered", "jinshan-8-2-registered", "取得技术合同认定登记证明", "Contracts registered"),
        Condition.AtLeast("annualContractAmount", LowerThresholdYuan, "jinshan-8-2-threshold", "技术合同年度累计成交额达 2000 万元（含）", "Annual contract amount at least 20 million yuan"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters =>
    [
        Param("lowerThreshold", LowerThresholdYuan), Param("upperThreshold", UpperThresholdYuan),
        Param("lowerRate", LowerRate, "比例"), Param("lowerCap", LowerCapYuan), Param("upperRate", UpperRate, "比例"), Param("upperCap", UpperCapYuan),
    ];

    public override AmountResult? Amount(Facts facts)
    {
        if (facts.Money("annualContractAmount") is not { } amount)
        {
            return null;
        }

        var upper = amount >= UpperThresholdYuan;
        return AmountCalculation.Of(AmountKind.Fixed)
            .Base("技术合同年度累计成交额", amount, Citation)
            .Rate(upper ? UpperRate : LowerRate, upper ? "5000 万元（含）以上，按实际交易额的 3‱" : "2000 万元（含）—5000 万元，按实际交易额的 2‱", Citation)
            .Cap(upper ? UpperCapYuan : LowerCapYuan, upper ? "最高 5 万元" : "最高 1 万元", Citation)
            .Round();
    }
}
