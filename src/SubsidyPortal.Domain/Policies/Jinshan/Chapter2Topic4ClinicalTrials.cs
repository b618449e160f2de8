using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药产业创新发展实施细则 专题四 支持企业开展临床试验: 10 % of the project's R&amp;D input, 择优 up to a
/// ceiling that depends on the drug class and trial phase. One subclass per 支持标准 sub-case; which one applies is
/// derived from the drug's registration class and the trial's stage, as the applicant states them, never asked as a
/// yes/no per sub-case.
/// </summary>
public abstract class Chapter2Topic4ClinicalTrial : JinshanClause
{
    public const decimal Rate = 0.10m;

    protected abstract decimal CapYuan { get; }

    protected abstract string CaseKey { get; }

    protected abstract string CaseZh { get; }

    protected abstract string CaseEn { get; }

    /// <summary>Whether this sub-case's 支持标准 covers a drug of this class in a trial at this stage.</summary>
    protected abstract bool Covers(string drugClass, string stage);

    public const string Class1 = "class-1";
    public const string Class2 = "class-2";
    public const string Class3 = "class-3";
    public const string Class4 = "class-4";
    public const string PhaseOne = "phase-1";
    public const string PhaseTwo = "phase-2";
    public const string PhaseThree = "phase-3";
    public const string EquivalenceCompleted = "equivalence-completed";

    /// <summary>注册分类 of the drug (中药、化学药、生物制品 alike), as its trial approval states it.</summary>
    public static readonly FactDefinition DrugClass = FactDefinition.Choice(
        "drugRegistrationClass", "药品注册分类（中药、化学药、生物制品）", "Registration class of the drug (TCM, chemical or biological)",
        new(Class1, "1 类（创新药）", "Class 1 (innovative drug)"),
        new(Class2, "2 类（改良型新药）", "Class 2 (improved new drug)"),
        new(Class3, "3 类", "Class 3"),
        new(Class4, "4 类（仿制药）", "Class 4 (generic)"));

    /// <summary>The trial's stage: a phase under way, or a BE / clinical-effectiveness trial completed.</summary>
    public static readonly FactDefinition TrialStage = FactDefinition.Choice(
        "clinicalTrialStage", "临床试验阶段", "Stage of the clinical trial",
        new(PhaseOne, "I 期临床试验", "Phase I trial"),
        new(PhaseTwo, "II 期临床试验", "Phase II trial"),
        new(PhaseThree, "III 期临床试验（细胞治疗、基因治疗等确证性临床试验阶段等同于 III 期）", "Phase III trial (confirmatory cell or gene therapy trials count as III)"),
        new(EquivalenceCompleted, "已完成人体生物等效性试验（BE 试验）或临床有效性试验", "Completed a bioequivalence (BE) or clinical-effectiveness trial"));

    /// <summary>The day the trial approval (临床批件) was granted.</summary>
    public static readonly FactDefinition TrialApprovedOn = FactDefinition.Date("clinicalTrialApprovedOn", "获得临床批件的日期", "Date the clinical trial approval was granted");

    private DerivedFact? _case;
    private DerivedFact? _approvedInPeriod;

    private DerivedFact Case => _case ??= new(
        CaseKey, CaseZh, CaseEn, [DrugClass.Key, TrialStage.Key], Quote, FactEntity.Project,
        f => f.Choice(DrugClass.Key) is { } drugClass && f.Choice(TrialStage.Key) is { } stage ? Covers(drugClass, stage) : null);

    private DerivedFact ApprovedInPeriod => _approvedInPeriod ??= new(
        "clinicalTrialApprovedInPeriod", "在限定期间内获得临床批件", "Trial approval granted within the period", [TrialApprovedOn.Key],
        "申报单位原则上在限定期间内，获得临床批件、进入临床试验阶段", FactEntity.Project,
        f => f.Date(TrialApprovedOn.Key) is { } on ? on >= Period.Start : null);

    public override IReadOnlyList<DerivedFact> Derived => [ApprovedInPeriod, Case];

    public override string Article => "关于支持生物医药产业创新发展实施细则 专题四";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业发展专项资金申请表-临床试验", "药物临床试验批件（复印件）", "临床试验研究相关佐证材料，如药物临床试验申报表、伦理委员会批件，申请单位与临床研究机构签订的临床研究合同等（复印件）", "申报单位前 2 个自然年度财务审计报告（复印件）", "申报产品的研发费用证明材料", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedInnovatorInputs,
        DrugClass,
        TrialStage,
        TrialApprovedOn,
        FactDefinition.Flag("drugConvertedInJinshan", "药品在金山区转化", "The drug is converted (developed into production) in Jinshan"),
        FactDefinition.Money("projectRdInput", "项目研发投入", "R&D input of the project"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedInnovator,
        ApprovedInPeriod.Requires("jinshan-2-4-approved-in-period", "在限定期间内（政策施行之日起）获得临床批件", "Trial approval granted within the period (from the policy's start)"),
        Condition.Requires("drugConvertedInJinshan", "jinshan-2-4-converted-here", "药品在我区转化", "The drug is converted in Jinshan"),
        Case.Requires($"jinshan-2-4-{CaseKey}", CaseZh, CaseEn),
        JinshanPolicy.Positive("projectRdInput", "jinshan-2-4-rd-input", "项目研发投入大于零", "Project R&D input above zero"),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("cap", CapYuan)];

    public override AmountResult? Amount(Facts facts) => facts.Money("projectRdInput") is { } input
        ? AmountCalculation.Of(AmountKind.Ceiling).Base("项目研发投入", input, Citation).Rate(Rate, "按照项目研发投入的 10%", Citation).Cap(CapYuan, "择优最高支持金额", Citation).Round()
        : null;
}

/// <summary>支持标准 (1): class 1, phase I: 最高 100 万.</summary>
public sealed class Chapter2Topic4Class1PhaseOne : Chapter2Topic4ClinicalTrial
{
    public override string Id => "jinshan-2025/2-4-class1-phase1";

    public override string TitleZh => "1 类中药、化学药和生物制品 I 期临床试验";

    public override string Quote => "按照项目研发投入的 10%，I 期临床试验择优最高给予 100万元支持";

    protected override decimal CapYuan => 1_000_000m;

    protected override string CaseKey => "class1PhaseOne";

    protected override string CaseZh => "1 类中药、化学药或生物制品，获得临床批件并开展 I 期临床试验";

    protected override string CaseEn => "Class 1 drug in a phase I trial";

    protected override bool Covers(string drugClass, string stage) => drugClass == Class1 && stage == PhaseOne;
}

/// <summary>支持标准 (1): class 1, phase II or III (细胞治疗、基因治疗等确证性临床试验阶段等同于 III 期): 最高 200 万.</summary>
public sealed class Chapter2Topic4Class1PhaseTwoOrThree : Chapter2Topic4ClinicalTrial
{
    public override string Id => "jinshan-2025/2-4-class1-phase2-3";

    public override string TitleZh => "1 类中药、化学药和生物制品 II、III 期临床试验";

    public override string Quote => "II、III 期临床试验分别择优最高给予 200 万元支持";

    protected override decimal CapYuan => 2_000_000m;

    protected override string CaseKey => "class1PhaseTwoOrThree";

    protected override string CaseZh => "1 类中药、化学药或生物制品，开展 II 期或 III 期临床试验（细胞治疗、基因治疗等确证性临床试验阶段等同于 III 期）";

    protected override string CaseEn => "Class 1 drug in a phase II or III trial (confirmatory cell or gene therapy trials count as III)";

    protected override bool Covers(string drugClass, string stage) => drugClass == Class1 && stage is PhaseTwo or PhaseThree;
}

/// <summary>支持标准 (2): classes 2–3, phase II: 最高 50 万.</summary>
public sealed class Chapter2Topic4Class2To3PhaseTwo : Chapter2Topic4ClinicalTrial
{
    public override string Id => "jinshan-2025/2-4-class2-3-phase2";

    public override string TitleZh => "2-3 类药品 II 期临床试验";

    public override string Quote => "II 期临床试验择优最高给予 50 万元支持";

    protected override decimal CapYuan => 500_000m;

    protected override string CaseKey => "class2To3PhaseTwo";

    protected override string CaseZh => "2-3 类中药、化学药、预防用或治疗用生物制品，开展 II 期临床试验";

    protected override string CaseEn => "Class 2–3 drug in a phase II trial";

    protected override bool Covers(string drugClass, string stage) => drugClass is Class2 or Class3 && stage == PhaseTwo;
}

/// <summary>支持标准 (2): classes 2–3, phase III: 最高 100 万.</summary>
public sealed class Chapter2Topic4Class2To3PhaseThree : Chapter2Topic4ClinicalTrial
{
    public override string Id => "jinshan-2025/2-4-class2-3-phase3";

    public override string TitleZh => "2-3 类药品 III 期临床试验";

    public override string Quote => "III 期临床试验择优最高给予 100 万元支持";

    protected override decimal CapYuan => 1_000_000m;

    protected override string CaseKey => "class2To3PhaseThree";

    protected override string CaseZh => "2-3 类中药、化学药、预防用或治疗用生物制品，开展 III 期临床试验";

    protected override string CaseEn => "Class 2–3 drug in a phase III trial";

    protected override bool Covers(string drugClass, string stage) => drugClass is Class2 or Class3 && stage == PhaseThree;
}

/// <summary>支持标准 (3): BE or clinical-effectiveness trial of an improved new drug or generic: 最高 50 万.</summary>
public sealed class Chapter2Topic4BioequivalenceTrial : Chapter2Topic4ClinicalTrial
{
    public override string Id => "jinshan-2025/2-4-bioequivalence";

    public override string TitleZh => "改良型新药、仿制药完成 BE 试验或临床有效性试验";

    public override string Quote => "按照项目研发投入的 10%，择优最高给予 50 万元支持。";

    protected override decimal CapYuan => 500_000m;

    protected override string CaseKey => "bioequivalenceCompleted";

    protected override string CaseZh => "改良型新药或仿制药完成人体生物等效性试验（BE 试验）或临床有效性试验";

    protected override string CaseEn => "Improved new drug or generic completed a BE or clinical-effectiveness trial";

    /// <summary>(3) 改良型新药（含 2 类…）、仿制药（含 3 类、4 类…）: classes 2 to 4, the trial completed.</summary>
    protected override bool Covers(string drugClass, string stage) => drugClass is Class2 or Class3 or Class4 && stage == EquivalenceCompleted;
}
