using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持创新主体培育实施细则 专题六: 金山区科技创新成果奖 (最高 20 万) and 金山区科技创新人才奖 (最高 5 万). Both are
/// ceilings: the award itself is decided by the experts and the 区人民政府's 表彰决定.
/// </summary>
public sealed class Chapter5Topic6InnovationAchievementAward : JinshanClause
{
    /// <summary>（4）社会公示: "拟获奖入围名单……向社会公布，并自公布之日起10个工作日内，区科委受理有关异议事项".</summary>
    public override int PublicNoticeWorkingDays => 10;

    public const decimal CeilingYuan = 200_000m;

    public override string Id => "jinshan-2025/5-6-achievement-award";

    public override string Article => "关于支持创新主体培育实施细则 专题六";

    public override string TitleZh => "金山区科技创新成果奖";

    public override string Quote => "金山区科技创新成果奖最高给予 20 万奖励";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["提名（自荐或组织推荐）材料", "授权发明专利证书", "技术应用或工程验收证明（满 2 年）", "产学研合作证明材料（专利转让合同、出资证明、合署论文等，如适用）", "成果直接经济效益及其计算依据"];

    public const string CivilEngineering = "civil-engineering";
    public const string IndustryAcademia = "industry-academia";
    public const string OtherAchievement = "other";

    /// <summary>The kind of achievement: the text sets an extra term for 土木工程类 (works in use and accepted two years).</summary>
    public static readonly FactDefinition Category = FactDefinition.Choice(
        "achievementCategory", "成果类别", "Kind of achievement",
        new(CivilEngineering, "土木工程类项目", "Civil-engineering project"),
        new(IndustryAcademia, "产学研合作项目", "Industry-academia cooperation"),
        new(OtherAchievement, "其他", "Other"));

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        FactDefinition.Flag("contributingTeam", "为本区建设上海科技创新中心重要承载区做出突出贡献单位的团队", "Team of a unit that contributed notably to the district"),
        FactDefinition.Flag("meetsOneAchievementCriterion", "符合成果奖四项条件之一", "Meets one of the four achievement criteria"),
        FactDefinition.Flag("coreTechInventionPatent", "核心技术已取得授权发明专利", "Core technology has a granted invention patent"),
        FactDefinition.Count("technologyAppliedYears", "年", "整体技术应用年数", "Years the technology has been applied"),
        Category,
        FactDefinition.Count("engineeringAcceptedYears", "年", "工程验收通过后年数（土木工程类）", "Years since acceptance (civil engineering)"),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        Condition.Requires("contributingTeam", "jinshan-5-6-team", "为本区做出突出贡献单位的团队", "A team of a unit that contributed notably"),
        Condition.Requires("meetsOneAchievementCriterion", "jinshan-5-6-criterion", "符合成果奖条件之一", "Meets one achievement criterion"),
        Condition.Requires("coreTechInventionPatent", "jinshan-5-6-patent", "核心技术必须已取得授权发明专利", "Core technology has a granted invention patent"),
        JinshanPolicy.CountAtLeast("technologyAppliedYears", 2, "jinshan-5-6-applied", "整体技术应用达 2 年以上", "Technology applied for two years or more"),
        new("jinshan-5-6-civil-accepted", "土木工程类项目的相关工程必须投入使用，且工程验收通过达 2 年以上", "Civil-engineering works in use and accepted two years or more",
            f => f.Choice(Category.Key) switch
            {
                CivilEngineering => f.Count("engineeringAcceptedYears") is { } y ? y >= 2 : null,
                null => null,
                _ => true,
            }),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan), Param("minAppliedYears", 2, "年")];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}

/// <summary>
/// 金山区科技创新人才奖: under 60 on 1 January of the selection year, works and pays social insurance in Jinshan. Where the
/// person works and where the social insurance is paid are asked as districts, and the text's "在金山区工作并缴纳社保" is
/// derived: both must be Jinshan.
/// </summary>
public sealed class Chapter5Topic6InnovationTalentAward : JinshanClause
{
    public const string JinshanDistrict = "jinshan";
    public const string OtherShanghaiDistrict = "other-shanghai";
    public const string OutsideShanghai = "outside-shanghai";

    private static readonly FactOption[] Districts =
    [
        new(JinshanDistrict, "金山区", "Jinshan District"),
        new(OtherShanghaiDistrict, "上海市其他区", "Another Shanghai district"),
        new(OutsideShanghai, "上海市以外", "Outside Shanghai"),
    ];

    public static readonly FactDefinition WorkDistrict = FactDefinition.Choice(
        "talentWorkDistrict", "本人工作所在区（工作单位所在地）", "District where the person works (the employer's location)", Districts);

    public static readonly FactDefinition SocialInsuranceDistrict = FactDefinition.Choice(
        "talentSocialInsuranceDistrict", "本人社保缴纳所在区", "District where the person's social insurance is paid", Districts);

    public static readonly DerivedFact WorksAndInsuredInJinshan = new(
        "talentWorksAndInsuredInJinshan", "在金山区工作并缴纳社保", "Works and pays social insurance in Jinshan",
        [WorkDistrict.Key, SocialInsuranceDistrict.Key],
        "在金山区工作并缴纳社保", FactEntity.Project,
        f => Condition.All(
            f.Choice(WorkDistrict.Key) is { } work ? work == JinshanDistrict : null,
            f.Choice(SocialInsuranceDistrict.Key) is { } insured ? insured == JinshanDistrict : null));

    public override IReadOnlyList<DerivedFact> Derived => [WorksAndInsuredInJinshan];

    /// <summary>（4）社会公示: "拟获奖入围名单……向社会公布，并自公布之日起10个工作日内，区科委受理有关异议事项".</summary>
    public override int PublicNoticeWorkingDays => 10;

    public const decimal CeilingYuan = 50_000m;
    public const int AgeLimit = 60;

    public override string Id => "jinshan-2025/5-6-talent-award";

    public override string Article => "关于支持创新主体培育实施细则 专题六";

    public override string TitleZh => "金山区科技创新人才奖";

    public override string Quote => "金山区科技创新人才奖最高给予 5 万元奖励。";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["提名（自荐须经所在单位同意或组织推荐）材料", "在金山区缴纳社保证明", "身份证明", "论文、发明专利或科研项目负责人证明（按基础研究类、应用研究类）"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        WorkDistrict,
        SocialInsuranceDistrict,
        FactDefinition.Date("birthDate", "出生日期", "Date of birth"),
        new("selectionYear", InputType.Integer, "年", "评选年度", "Selection year"),
        FactDefinition.Flag("meetsOneTalentCriterion", "符合人才奖三项条件之一", "Meets one of the three talent criteria"),
        FactDefinition.Flag("meetsCategoryRequirement", "符合基础研究类或应用研究类的评审要求", "Meets the basic- or applied-research requirement"),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        WorksAndInsuredInJinshan.Requires("jinshan-5-6-insured", "在金山区工作并缴纳社保", "Works and pays social insurance in Jinshan"),
        new("jinshan-5-6-under-60", "评选当年 1 月 1 日未满 60 周岁", "Under 60 on 1 January of the selection year",
            f => f.Date("birthDate") is { } born && f.Count("selectionYear") is { } year
                ? year is >= 1 and <= 9999 && born.AddYears(AgeLimit) > new DateOnly((int)year, 1, 1)
                : null),
        Condition.Requires("meetsOneTalentCriterion", "jinshan-5-6-talent-criterion", "符合人才奖条件之一", "Meets one talent criterion"),
        Condition.Requires("meetsCategoryRequirement", "jinshan-5-6-category", "符合基础研究类或应用研究类的要求", "Meets the category requirement"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan), Param("ageLimit", AgeLimit, "周岁")];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}
