using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 11 条 first half: premium support for Tech SMEs credited under 履约责任保证保险（担保）贷款 or 科技微贷通.
/// "给予保费支持" states no figure, cap or grant to match: the committee's decided amount is an input (Fixed).
/// </summary>
public sealed class Article11LoanInsurancePremium : ChangningClause
{
    public override string DecidedAmountKey => "loanInsuranceDecidedPremium";

    public override string Id => "changning-2024/11-loan-insurance-premium";

    public override string Article => "第 11 条";

    public override string TitleZh => "科技型中小企业贷款保费支持";

    public override string Quote => "科技型中小企业履约责任保证保险（担保）贷款、科技微贷通贷款的授信企业，经认定符合条件的，给予保费支持";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "营业执照复印件（加盖公章）",
        "科技型中小企业评价入库证明",
        "贷款合同、授信文件及保险（担保）合同复印件（加盖公章）",
        "保费（担保费）支付凭证复印件（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        EnterpriseCertificates.TechSme,
        FactDefinition.Flag("creditedUnderTechLoanScheme", "履约责任保证保险（担保）贷款或科技微贷通贷款的授信企业", "Credited under performance-bond insurance (guarantee) loans or the tech micro-loan scheme"),
        FactDefinition.Flag("loanPremiumRecognised", "经认定符合条件", "Recognised as eligible"),
        CommitteeDecidedAmountInput,
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("techSme", "changning-11-tech-sme", "申报单位为科技型中小企业", "The applicant is a Tech SME"),
        Condition.Requires("creditedUnderTechLoanScheme", "changning-11-credited", "履约责任保证保险（担保）贷款或科技微贷通贷款的授信企业", "Credited under performance-bond insurance loans or the tech micro-loan scheme"),
        Condition.Requires("loanPremiumRecognised", "changning-11-loan-recognised", "经认定符合条件", "Recognised as eligible"),
    ];

    public override AmountResult? Amount(Facts facts) =>
        CommitteeDecided(facts, "条款未规定金额：区科委认定的保费支持金额");
}

/// <summary>
/// 第 11 条 second half: premium support for university science parks and incubators that, as policyholders,
/// insure start-ups under 上海市科技企业创业保险. No figure, cap or grant to match: committee-decided amount (Fixed).
/// </summary>
public sealed class Article11StartupInsurancePremium : ChangningClause
{
    public override string DecidedAmountKey => "startupInsuranceDecidedPremium";

    public override string Id => "changning-2024/11-startup-insurance-premium";

    public override string Article => "第 11 条";

    public override string TitleZh => "科技企业创业保险保费支持";

    public override string Quote => "大学科技园、科技企业孵化器作为投保人为被保险人投保上海市科技企业创业保险，对符合条件的投保主体给予保费支持。";

    public override IReadOnlyList<string> RequiredMaterials =>
    [
        "大学科技园或科技企业孵化器认定文件复印件（加盖公章）",
        "上海市科技企业创业保险保单复印件（加盖公章）",
        "保费支付凭证复印件（加盖公章）",
    ];

    protected override IReadOnlyList<FactDefinition> OwnInputs =>
    [
        FactDefinition.Flag("policyholderIsParkOrIncubator", "投保人为大学科技园或科技企业孵化器", "The policyholder is a university science park or a tech incubator"),
        FactDefinition.Flag("insuredUnderStartupInsurance", "为被保险人投保上海市科技企业创业保险", "Insured start-ups under the Shanghai tech start-up insurance"),
        FactDefinition.Flag("startupInsuranceRecognised", "投保主体符合条件", "The policyholder meets the conditions"),
        CommitteeDecidedAmountInput,
    ];

    protected override IReadOnlyList<Condition> OwnConditions =>
    [
        Condition.Requires("policyholderIsParkOrIncubator", "changning-11-park-or-incubator", "投保人为大学科技园或科技企业孵化器", "The policyholder is a university science park or a tech incubator"),
        Condition.Requires("insuredUnderStartupInsurance", "changning-11-startup-insurance", "为被保险人投保上海市科技企业创业保险", "Insured start-ups under the Shanghai tech start-up insurance"),
        Condition.Requires("startupInsuranceRecognised", "changning-11-startup-recognised", "投保主体符合条件", "The policyholder meets the conditions"),
    ];

    public override AmountResult? Amount(Facts facts) =>
        CommitteeDecided(facts, "条款未规定金额：区科委认定的保费支持金额");
}
