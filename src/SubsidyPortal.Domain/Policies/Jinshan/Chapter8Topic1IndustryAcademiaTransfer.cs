using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于促进产业创新成果转化实施细则 专题一: 20 万 for an industry–academia transfer project that passes review and notice.
/// "以上" is read as inclusive (2000 万元以上 means at least 2000 万), the usual reading in Chinese regulations.
/// </summary>
public sealed class Chapter8Topic1IndustryAcademiaTransfer : JinshanClause
{
    public const decimal AwardYuan = 200_000m;
    public const decimal MinRevenueYuan = 20_000_000m;

    public override string Id => "jinshan-2025/8-1-industry-academia-transfer";

    public override string Article => "关于促进产业创新成果转化实施细则 专题一";

    public override string TitleZh => "产学研科技成果转化项目资助";

    public override string Quote => "3.支持标准：经评审公示通过的，给予 20 万元资助。";

    public override IReadOnlyList<string> RequiredMaterials => ["申请书", "相关佐证材料附件"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        FactDefinition.Flag("transferProjectPassedReviewAndNotice", "经评审公示通过", "Passed review and public notice"),
        FactDefinition.Flag("longTermCooperationAndTransfer", "与高校、科研院所共建产学研用长效合作机制，并已组织实施科技成果转化", "Long-term cooperation with universities or institutes and a transfer under way"),
        FactDefinition.Flag("ownIpProject", "拥有自主知识产权的产学研用科技成果转化项目（产品）", "A transfer project with its own IP"),
        FactDefinition.Flag("domesticLeading", "技术水平达到国内领先以上，能产生较大经济效益", "Domestic-leading technology with notable returns"),
        EnterpriseYearFacts.LastYearRevenue,
        FactDefinition.Flag("operatingWell", "运行状况良好", "Operating well"),
        FactDefinition.Count("collegeStaff", "人", "具有大专以上学历的科技人员数", "Tech staff with a college degree or above").OfEnterpriseYear(),
        EnterpriseYearFacts.TotalStaff,
        EnterpriseYearFacts.LastYearRdSpend,
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        Condition.Requires("transferProjectPassedReviewAndNotice", "jinshan-8-1-reviewed", "经评审公示通过", "Passed review and notice"),
        Condition.Requires("longTermCooperationAndTransfer", "jinshan-8-1-cooperation", "共建产学研用长效合作机制并已组织实施科技成果转化", "Long-term cooperation and a transfer under way"),
        Condition.Requires("ownIpProject", "jinshan-8-1-ip", "拥有自主知识产权的转化项目（产品）", "Own-IP transfer project"),
        Condition.Requires("domesticLeading", "jinshan-8-1-leading", "技术水平达到国内领先以上", "Domestic-leading technology"),
        Condition.AtLeast("lastYearRevenue", MinRevenueYuan, "jinshan-8-1-revenue", "上年度主营业务收入 2000 万元以上", "Revenue last year at least 20 million yuan"),
        Condition.Requires("operatingWell", "jinshan-8-1-operating", "运行状况良好", "Operating well"),
        JinshanPolicy.ShareAtLeast("collegeStaff", "totalStaff", 0.30m, "jinshan-8-1-college-staff", "具有大专以上学历的科技人员占企业职工总数的 30%以上", "College-educated tech staff at least 30 % of all staff"),
        JinshanPolicy.ShareAtLeast("lastYearRdSpend", "lastYearRevenue", 0.03m, "jinshan-8-1-rd", "上年度研发投入占主营业务收入的 3%以上", "R&D last year at least 3 % of revenue"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters =>
        [Param("award", AwardYuan), Param("minRevenue", MinRevenueYuan), Param("collegeStaffShare", 0.30m, "比例"), Param("rdShare", 0.03m, "比例")];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}
