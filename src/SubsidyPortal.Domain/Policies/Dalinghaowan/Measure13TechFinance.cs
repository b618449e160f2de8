using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>（十三）第 2 段: 贷款贴息 — yearly, at most 50% of interest actually paid, at most 50 万元.</summary>
public sealed class Measure13LoanInterestSubsidy : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/13-loan-interest-subsidy";

    public override string Article => "（十三）第 2 段";

    public override string TitleZh => "科技企业短期信用贷款贴息";

    public override string Quote => "落实贷款贴息政策，对科技企业获得短期信用类金融机构贷款并按时完成还本付息的，每年给予不超过实际支付利息 50%、最高 50 万元的贴息补助。";

    public override string BaseKey => "interestPaidThisYear";

    public override string BaseLabelZh => "本年度实际支付利息";

    public override string BaseLabelEn => "Interest actually paid this year";

    public override decimal Rate => 0.50m;

    public override decimal CapYuan => 500_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["贷款合同", "还本付息凭证", "营业执照复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("isTechEnterprise", "dalinghaowan-13-tech-enterprise", "申报单位为科技企业", "The applicant is a technology enterprise") { Entity = FactEntity.Enterprise },
        new("shortTermCreditLoan", "dalinghaowan-13-short-term-credit-loan", "获得短期信用类金融机构贷款", "Holds a short-term credit loan from a financial institution"),
        new("repaidOnTime", "dalinghaowan-13-repaid-on-time", "按时完成还本付息", "Repaid principal and interest on time"),
    ];
}

/// <summary>（十三）第 3 段: 融资租赁 — post-subsidy of at most 20% of financing costs, at most 200 万元.</summary>
public sealed class Measure13FinanceLease : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/13-finance-lease";

    public override string Article => "（十三）第 3 段";

    public override string TitleZh => "融资租赁技术改造和设备升级后补助";

    public override string Quote => "支持企业通过融资租赁方式推进技术改造和设备升级，给予不超过融资费用 20%、最高 200 万元的后补助。";

    public override string BaseKey => "financingCosts";

    public override string BaseLabelZh => "融资费用";

    public override string BaseLabelEn => "Financing costs";

    public override decimal Rate => 0.20m;

    public override decimal CapYuan => 2_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["融资租赁合同", "融资费用支付凭证", "技术改造或设备升级说明"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("financeLeaseForUpgrade", "dalinghaowan-13-finance-lease-for-upgrade", "通过融资租赁方式推进技术改造和设备升级", "Uses a finance lease for technical upgrading or equipment renewal"),
    ];
}
