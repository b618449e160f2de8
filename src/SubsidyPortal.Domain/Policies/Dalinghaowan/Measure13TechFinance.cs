using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// （十三）第 2 段: 贷款贴息 — yearly, at most 50% of interest actually paid, at most 50 万元. "短期信用类金融机构贷款" is
/// derived from the loan's term, its security and its lender, read as the 《贷款通则》 terms: 短期 is a term of one year
/// or less (12 months included), 信用 a loan on the borrower's standing alone (no guarantor, mortgage or pledge). The
/// text names no other kind of loan as 信用类, so a guaranteed or secured loan does not count here.
/// </summary>
public sealed class Measure13LoanInterestSubsidy : DalinghaowanRateCappedClause
{
    public const int ShortTermMonths = 12;

    public const string Credit = "credit";
    public const string Guaranteed = "guaranteed";
    public const string Mortgage = "mortgage";
    public const string Pledge = "pledge";

    public const string FinancialInstitution = "financial-institution";
    public const string OtherLender = "other";

    public static readonly FactDefinition LoanTermMonths = FactDefinition.Count(
        "loanTermMonths", "月", "贷款期限（借款合同约定，不足一个月按一个月计）", "Loan term (as the loan contract sets it; part of a month counts as one)");

    public static readonly FactDefinition LoanSecurity = FactDefinition.Choice(
        "loanSecurity", "贷款担保方式", "How the loan is secured",
        new(Credit, "信用贷款（凭借款人信誉发放，无保证、抵押或质押）", "Credit loan (on the borrower's standing; no guarantor, mortgage or pledge)"),
        new(Guaranteed, "保证贷款（含融资担保机构担保）", "Guaranteed loan (including by a financing guarantee company)"),
        new(Mortgage, "抵押贷款", "Mortgage loan"),
        new(Pledge, "质押贷款（含知识产权质押）", "Pledge loan (including an IP pledge)"));

    /// <summary>金融机构 as the regulators use it: licensed institutions. A 小额贷款公司 is a local financial organisation, not one.</summary>
    public static readonly FactDefinition Lender = FactDefinition.Choice(
        "loanLender", "贷款发放机构", "Who made the loan",
        new(FinancialInstitution, "金融机构（银行等持金融许可证的机构）", "A financial institution (a bank or other licensed institution)"),
        new(OtherLender, "其他（小额贷款公司等地方金融组织、企业或个人）", "Other (a microcredit company or other local lender, a company or a person)"));

    public static readonly DerivedFact ShortTermCreditLoan = new(
        "shortTermCreditLoanFromFinancialInstitution", "获得短期信用类金融机构贷款（期限一年以内的信用贷款）", "A short-term credit loan from a financial institution (one year or less, unsecured)",
        [LoanTermMonths.Key, LoanSecurity.Key, Lender.Key],
        "对科技企业获得短期信用类金融机构贷款", FactEntity.Project,
        f => Condition.All(
            f.Count(LoanTermMonths.Key) is { } months ? months is >= 1 and <= ShortTermMonths : null,
            f.Choice(LoanSecurity.Key) is { } security ? security == Credit : null,
            f.Choice(Lender.Key) is { } lender ? lender == FinancialInstitution : null));

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
        Requirement.Derive(ShortTermCreditLoan, [LoanTermMonths, LoanSecurity, Lender], "dalinghaowan-13-short-term-credit-loan",
            "获得短期信用类金融机构贷款（期限一年以内、信用方式、金融机构发放）", "Holds a short-term credit loan from a financial institution (one year or less, unsecured)"),
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
