using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 金科〔2025〕25 号: 区科委关于印发《金山区关于加快培育发展新质生产力进一步推动产业高质量转型升级的若干政策》
/// 相关实施细则的通知 (上海市金山区科学技术委员会, 2025 年 4 月 30 日; 区科委办公室 2025 年 5 月 8 日印发).
/// <para>
/// The document has no numbered chapters: it has eight 实施细则, numbered here in the order they appear
/// (Chapter1 = 关于引导重点产业集聚壮大实施细则 … Chapter8 = 关于促进产业创新成果转化实施细则). The Article of each clause
/// quotes the 实施细则's own title and its 专题 number.
/// </para>
/// <para>
/// Period. 六、应用解释和施行时间: "施行时间同《…若干政策》（金发改规〔2025〕1 号）规定的有效期。" The rules give no
/// dates of their own and the parent document is not among the project's policy texts, so its dates are unknown
/// here. The period is therefore provisional: it starts on the notice's date (2025-04-30, the earliest day the
/// rules can be read as in force) and has no known end. Replace <see cref="Document"/>'s period with the
/// 有效期 of 金发改规〔2025〕1 号 once that text is available.
/// </para>
/// <para>
/// Outside programmes named in <see cref="Clause.NotCombinableWith"/>:
/// <list type="bullet">
/// <item><see cref="ZhangjiangHighTech"/> — 张江示范区的高新技术企业扶持政策 (关于支持创新主体培育实施细则 专题二 支持对象 (2)).</item>
/// <item><see cref="CityHighTechCultivation"/> — 上海市高新技术企业培育入库资助 (关于支持创新主体培育实施细则 专题二 支持对象 (3)).</item>
/// </list>
/// </para>
/// </summary>
public static class JinshanPolicy
{
    public const string Id = "jinshan-2025";

    /// <summary>受理部门 of every 专题: "1.受理部门：区科委".</summary>
    public const string Committee = "区科委";

    public static readonly DateOnly NoticeDate = new(2025, 4, 30);

    public static readonly PolicyDocument Document = new(
        Id,
        "金科〔2025〕25 号",
        "区科委关于印发《金山区关于加快培育发展新质生产力进一步推动产业高质量转型升级的若干政策》相关实施细则的通知",
        "金山区科学技术委员会",
        EffectivePeriod.From(NoticeDate));

    /// <summary>张江示范区的高新技术企业扶持政策: not combinable with the high-tech award (专题二 支持对象 (2)).</summary>
    public const string ZhangjiangHighTech = "external/zhangjiang-high-tech";

    /// <summary>上海市高新技术企业培育入库资助: excludes the first-certification award (专题二 支持对象 (3)).</summary>
    public const string CityHighTechCultivation = "external/shanghai-high-tech-cultivation";

    /// <summary>关于支持生物医药企业做强做优实施细则: "主营业务收入多次突破的企业可就高（不重复）享受奖励资金。"</summary>
    public const string RevenueMilestoneGroup = "jinshan-2025/revenue-milestone";

    // ---- where the enterprise is ----------------------------------------------------------------------

    public const string Tinglin = "tinglin";
    public const string Shanyang = "shanyang";
    public const string HighTechZone = "high-tech-zone";
    public const string CarbonValley = "carbon-valley";
    public const string ElsewhereInJinshan = "elsewhere-in-jinshan";
    public const string OutsideJinshan = "outside-jinshan";

    /// <summary>
    /// The town or park the enterprise is in, as the text names the biomedical areas ("亭林镇、山阳镇、高新区、碳谷绿湾");
    /// the profile's town/park settles it (<see cref="BiomedAreaTowns"/>).
    /// </summary>
    public static readonly FactDefinition Location = FactDefinition.Choice(
        "jinshanLocation", "企业所在的金山区镇（园区）", "Town or park of Jinshan the enterprise is in", [.. LocationOptions()]).OfEnterprise(FactSource.Profile);

    private static IEnumerable<FactOption> LocationOptions() =>
    [
        new(Tinglin, "亭林镇", "Tinglin"),
        new(Shanyang, "山阳镇", "Shanyang"),
        new(HighTechZone, "高新区（上海湾区高新技术产业开发区）", "High-tech zone (Shanghai Bay Area hi-tech development zone)"),
        new(CarbonValley, "碳谷绿湾", "Carbon Valley Green Bay park"),
        new(ElsewhereInJinshan, "金山区其他镇（园区）", "Elsewhere in Jinshan"),
        new(OutsideJinshan, "不在金山区", "Not in Jinshan"),
    ];

    /// <summary>Where a project's premises are (专题二's new-land project or bought plant), in the same words.</summary>
    public static readonly FactDefinition PremisesLocation = FactDefinition.Choice(
        "premisesLocation", "新增用地项目或所购厂房所在的镇（园区）", "Town or park of the new-land project or the plant bought", [.. LocationOptions()]);

    /// <summary>The portal's towns/parks (reference data) that are the text's four biomedical areas, by their names.</summary>
    public static readonly IReadOnlyDictionary<string, string> BiomedAreaTowns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["亭林镇"] = Tinglin,
        ["山阳镇"] = Shanyang,
        ["上海湾区高新技术产业开发区"] = HighTechZone,
        ["碳谷绿湾产业园"] = CarbonValley,
    };

    public static bool IsBiomedArea(string location) => location is Tinglin or Shanyang or HighTechZone or CarbonValley;

    /// <summary>The day the enterprise settled in Jinshan: registered there, or moved its registration there.</summary>
    public static readonly FactDefinition SettledOn = FactDefinition.Date(
        "settledInJinshanOn", "在金山区落户的日期（注册设立或迁入之日）", "Date the enterprise settled in Jinshan (registered or moved in)").OfEnterprise();

    // ---- shared conditions -------------------------------------------------------------------------

    /// <summary>
    /// 关于项目管理有关要求 一、信用管理: "对过去三年内有严重失信行为或违法行为的申报主体，原则上不予支持。"
    /// Applied to every clause, including 免申即享 ones (the committee's 信用审查 still runs on its own data).
    /// </summary>
    public static readonly Condition Credit = Condition.Requires(
        "noSeriousDishonestyInThreeYears",
        "jinshan-credit",
        "过去三年内无严重失信行为或违法行为（项目管理 一、信用管理）",
        "No serious dishonesty or illegal conduct in the past three years (project management, credit)");

    public static readonly FactDefinition CreditInput = FactDefinition.Flag(
        "noSeriousDishonestyInThreeYears", "过去三年内无严重失信行为或违法行为", "No serious dishonesty or illegal conduct in three years").OfEnterprise(FactSource.Profile);

    public static readonly Condition Registered = Condition.Requires(
        "registeredInJinshan", "jinshan-registered", "在金山区依法登记注册", "Registered in Jinshan district");

    public static readonly Condition TaxPaid = Condition.Requires(
        "taxPaidInJinshan", "jinshan-tax", "在金山区纳税", "Pays tax in Jinshan district");

    public static readonly Condition Settlement = Condition.Requires(
        "settlementInJinshan", "jinshan-settlement", "销售结算在本区", "Sales are settled in Jinshan district");

    public static readonly Condition IndependentLegalPerson = Condition.Requires(
        "independentLegalPerson", "jinshan-legal-person", "具有独立法人资格", "Is an independent legal person");

    public static readonly Condition SoundFinance = Condition.Requires(
        "soundFinancialManagement", "jinshan-finance", "具备健全的财务管理制度", "Has a sound financial management system");

    public static readonly Condition BiomedBusiness = Condition.Requires(
        "biomedBusiness",
        "jinshan-biomed-business",
        "从事药品、医疗器械、生物技术、生命科学科研仪器和制药装备等领域研发、生产和专业服务",
        "Researches, makes or serves in drugs, medical devices, biotechnology, life-science instruments or pharma equipment");

    public static readonly FactDefinition RegisteredInput = FactDefinition.Flag("registeredInJinshan", "在金山区依法登记注册", "Registered in Jinshan").OfEnterprise(FactSource.Profile);

    public static readonly FactDefinition TaxPaidInput = FactDefinition.Flag("taxPaidInJinshan", "在金山区纳税", "Pays tax in Jinshan").OfEnterprise(FactSource.Profile);

    public static readonly FactDefinition SettlementInput = FactDefinition.Flag("settlementInJinshan", "销售结算在本区", "Sales settled in Jinshan").OfEnterprise(FactSource.Profile);

    public static readonly FactDefinition IndependentLegalPersonInput = FactDefinition.Flag("independentLegalPerson", "具有独立法人资格", "Independent legal person").OfEnterprise();

    public static readonly FactDefinition SoundFinanceInput = FactDefinition.Flag("soundFinancialManagement", "具备健全的财务管理制度", "Sound financial management system").OfEnterprise();

    public static readonly FactDefinition BiomedBusinessInput = FactDefinition.Flag("biomedBusiness", "从事生物医药领域研发、生产和专业服务", "In the biomedical field").OfEnterprise(FactSource.Profile);

    /// <summary>
    /// 支持对象 (1) of chapters 1, 3 and 4: "在金山区依法登记注册并纳税，具有独立法人资格，具备健全的财务管理制度，
    /// 销售结算在本区，从事药品、医疗器械……的企业", plus the credit rule.
    /// </summary>
    public static readonly IReadOnlyList<Condition> BiomedEnterprise =
        [Registered, TaxPaid, IndependentLegalPerson, SoundFinance, Settlement, BiomedBusiness, Credit];

    public static readonly IReadOnlyList<FactDefinition> BiomedEnterpriseInputs =
        [RegisteredInput, TaxPaidInput, IndependentLegalPersonInput, SoundFinanceInput, SettlementInput, BiomedBusinessInput, CreditInput];

    /// <summary>
    /// 支持对象 (1)(2) of chapter 2: registered in Jinshan, independent legal person, biomedical business, settled
    /// in Jinshan, sound finances, no serious dishonesty in three years (no tax requirement is stated there).
    /// </summary>
    public static readonly IReadOnlyList<Condition> BiomedInnovator =
        [Registered, IndependentLegalPerson, BiomedBusiness, Settlement, SoundFinance, Credit];

    public static readonly IReadOnlyList<FactDefinition> BiomedInnovatorInputs =
        [RegisteredInput, IndependentLegalPersonInput, BiomedBusinessInput, SettlementInput, SoundFinanceInput, CreditInput];

    // ---- helpers -------------------------------------------------------------------------------------

    /// <summary>part ≥ share × whole (e.g. 研发人员数不低于职工总数的 10%); NeedsInput while either is missing.</summary>
    public static Condition ShareAtLeast(string partKey, string wholeKey, decimal share, string code, string zh, string en)
    {
        var (partSlot, wholeSlot) = (FactKey.Of(partKey), FactKey.Of(wholeKey));
        return new(code, zh, en, f => f.Money(partSlot) is { } part && f.Money(wholeSlot) is { } whole ? whole > 0 && part >= share * whole : null);
    }

    /// <summary>
    /// The base an amount is computed from (rent, cost, R&amp;D, investment, bid, loans) is above zero: an eligible
    /// result always carries an amount above zero, never a silent zero.
    /// </summary>
    public static Condition Positive(string key, string code, string zh, string en)
    {
        var slot = FactKey.Of(key);
        return new(code, zh, en, f => f.Money(slot) is { } v ? v > 0 : null);
    }

    /// <summary>A count or figure at or above a threshold.</summary>
    public static Condition CountAtLeast(string key, long threshold, string code, string zh, string en)
    {
        var slot = FactKey.Of(key);
        return new(code, zh, en, f => f.Count(slot) is { } v ? v >= threshold : null);
    }

    /// <summary>
    /// 市、区两级给予最高 N: the district pays only what remains of N after the city grant. A city grant that
    /// already reaches N leaves nothing: that is a failed condition, never a silent zero.
    /// </summary>
    public static Condition CityGrantBelow(string grantKey, decimal combinedCeiling, string code, string zh, string en) =>
        new(code, zh, en, f => f.Money(grantKey) is { } g ? g < combinedCeiling : null);

    public static Condition CityGrantPositive(string grantKey, string code) =>
        new(code, "已获得市级（国家级）部门资助，资助金额大于零", "A city (or state) grant above zero was received",
            f => f.Money(grantKey) is { } g ? g > 0 : null);

    /// <summary>按市级部门资助金额的 rate 给予配套, optionally capped; null while the grant is unknown.</summary>
    public static AmountResult? Matching(Facts facts, string grantKey, decimal rate, string rateZh, Citation citation, AmountKind kind = AmountKind.Fixed, decimal? cap = null, decimal? combinedCeiling = null)
    {
        if (facts.Money(grantKey) is not { } grant)
        {
            return null;
        }

        var calc = AmountCalculation.Of(kind).Base("市级（国家级）部门资助金额", grant, citation).Rate(rate, rateZh, citation);
        if (cap is { } c)
        {
            calc = calc.Cap(c, "最高支持金额", citation);
        }

        if (combinedCeiling is { } n)
        {
            calc = calc.Limit(n - grant, "市、区两级合计上限扣除市级资助后的余额", citation);
        }

        return calc.Round();
    }
}

/// <summary>Common ground of every 金科〔2025〕25 号 clause: the document, the accepting department, parameters.</summary>
public abstract class JinshanClause : Clause
{
    public override PolicyDocument Policy => JinshanPolicy.Document;

    public override string AcceptingDepartment => JinshanPolicy.Committee;

    protected Parameter Param(string name, decimal value, string unit = "元") => new(name, value, unit, Citation, Policy.Period);

    /// <summary>
    /// The fact holding the city-level (or national) grant a matching clause matches: one key per clause, since the grant
    /// received for one matter says nothing about another (evaluating every clause with one enterprise's facts must not
    /// let 专题三's grant answer 专题五).
    /// </summary>
    public virtual string CityGrantKey => throw new NotSupportedException($"{Id} matches no city grant.");

    protected FactDefinition CityGrantInput => FactDefinition.Money(
        CityGrantKey, $"本事项（{TitleZh}）获得的国家或市级部门资助金额", "Grant received from the state or city for this matter");

    protected Condition CityGrantPositive(string code) => JinshanPolicy.CityGrantPositive(CityGrantKey, code);

    protected Condition CityGrantBelow(decimal combinedCeiling, string code, string zh, string en) =>
        JinshanPolicy.CityGrantBelow(CityGrantKey, combinedCeiling, code, zh, en);

    protected AmountResult? Matching(Facts facts, decimal rate, string rateZh, AmountKind kind = AmountKind.Fixed, decimal? cap = null, decimal? combinedCeiling = null) =>
        JinshanPolicy.Matching(facts, CityGrantKey, rate, rateZh, Citation, kind, cap, combinedCeiling);
}

/// <summary>
/// 按市级部门资助金额的 X% 给予配套 for a body registered in Jinshan that holds a city-level status (重点实验室, 新型研发机构,
/// 科技创新券, 研发公共服务平台, 创新创业载体): registered in Jinshan, the status, a city grant above zero, credit.
/// </summary>
public abstract class JinshanCityMatchingClause : JinshanClause
{
    protected abstract decimal Rate { get; }

    protected virtual decimal? CapYuan => null;

    protected abstract string StatusKey { get; }

    protected abstract string StatusZh { get; }

    protected abstract string StatusEn { get; }

    protected abstract string RateZh { get; }

    protected abstract string CodePrefix { get; }

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        FactDefinition.Flag(StatusKey, StatusZh, StatusEn),
        CityGrantInput,
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        Condition.Requires(StatusKey, $"{CodePrefix}-status", StatusZh, StatusEn),
        CityGrantPositive($"{CodePrefix}-grant"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters =>
        CapYuan is { } cap ? [Param("matchingRate", Rate, "比例"), Param("cap", cap)] : [Param("matchingRate", Rate, "比例")];

    public override AmountResult? Amount(Facts facts) => Matching(facts, Rate, RateZh, cap: CapYuan);
}
