using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于强化创新载体建设实施细则 专题二: up to 100 % of the city's premium subsidy ("给予最高 100%配套": a ceiling), applied
/// for within 90 days of receiving the city subsidy (day 90 counts, day 91 does not).
/// </summary>
public sealed class Chapter7Topic2PerformanceLoanInsurance : JinshanClause
{
    public const int ApplicationWindowDays = 90;

    public override string Id => "jinshan-2025/7-2-performance-loan-insurance";

    public override string CityGrantKey => "loanInsuranceCityGrant";

    public override string Article => "关于强化创新载体建设实施细则 专题二";

    public override string TitleZh => "科技型企业履约责任保证保险贷款配套";

    public override string Quote => "对获得上海市科技型企业履约责任保证保险贷款并按时还本付息的企业，按市级资助金额给予最高 100%配套。";

    public override IReadOnlyList<string> RequiredMaterials => ["科技履约贷款保费补贴申请表", "企业贷款凭证", "企业还款凭证", "保险（担保）费用发票", "市科委拨付的保费补贴凭证"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        JinshanPolicy.IndependentLegalPersonInput,
        FactDefinition.Flag("recommendedPerformanceLoan", "由金山区科委推荐并获得上海市科技型企业履约责任保证保险贷款", "Performance-guarantee insurance loan obtained on Jinshan's recommendation"),
        FactDefinition.Flag("districtBankRepaidOnTime", "在区内银行贷款，并按时还本付息", "Borrowed from a bank in the district and repaid on time"),
        FactDefinition.Date("citySubsidyDate", "获上海市科技履约贷保费资助日期", "Date the city premium subsidy was received"),
        FactDefinition.Date("applicationDate", "提出申请日期", "Date of application"),
        CityGrantInput,
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        JinshanPolicy.IndependentLegalPerson,
        Condition.Requires("recommendedPerformanceLoan", "jinshan-7-2-loan", "由金山区科委推荐并获得履约责任保证保险贷款", "Loan obtained on Jinshan's recommendation"),
        Condition.Requires("districtBankRepaidOnTime", "jinshan-7-2-repaid", "在区内银行贷款，并按时还本付息", "District bank, repaid on time"),
        new("jinshan-7-2-within-90-days", "在获上海市科技履约贷保费资助后 90 天内提出申请", "Applied within 90 days of the city premium subsidy",
            f => f.Date("citySubsidyDate") is { } granted && f.Date("applicationDate") is { } applied
                ? applied.DayNumber - granted.DayNumber is >= 0 and <= ApplicationWindowDays
                : null),
        CityGrantPositive("jinshan-7-2-grant"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("maxMatchingRate", 1m, "比例"), Param("applicationWindow", ApplicationWindowDays, "天")];

    public override AmountResult? Amount(Facts facts) =>
        Matching(facts, 1m, "按市级资助金额给予最高 100%配套", AmountKind.Ceiling);
}
