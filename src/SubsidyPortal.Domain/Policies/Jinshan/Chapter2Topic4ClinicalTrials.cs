using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于支持生物医药产业创新发展实施细则 专题四 支持企业开展临床试验: 10 % of the project's R&amp;D input, 择优 up to a
/// ceiling that depends on the drug class and trial phase. One subclass per 支持标准 sub-case.
/// </summary>
public abstract class Chapter2Topic4ClinicalTrial : JinshanClause
{
    public const decimal Rate = 0.10m;

    protected abstract decimal CapYuan { get; }

    protected abstract string CaseKey { get; }

    protected abstract string CaseZh { get; }

    protected abstract string CaseEn { get; }

    public override string Article => "关于支持生物医药产业创新发展实施细则 专题四";

    public override IReadOnlyList<string> RequiredMaterials =>
        ["金山区生物医药产业发展专项资金申请表-临床试验", "药物临床试验批件（复印件）", "临床试验研究相关佐证材料，如药物临床试验申报表、伦理委员会批件，申请单位与临床研究机构签订的临床研究合同等（复印件）", "申报单位前 2 个自然年度财务审计报告（复印件）", "申报产品的研发费用证明材料", "其他需要提供的佐证材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. JinshanPolicy.BiomedInnovatorInputs,
        FactDefinition.Flag("drugConvertedInJinshan", "限定期间内获得临床批件、进入临床试验阶段，并且药品在我区转化", "Trial approval in the period, trial under way, drug converted in Jinshan"),
        FactDefinition.Flag(CaseKey, CaseZh, CaseEn),
        FactDefinition.Money("projectRdInput", "项目研发投入", "R&D input of the project"),
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        .. JinshanPolicy.BiomedInnovator,
        Condition.Requires("drugConvertedInJinshan", "jinshan-2-4-converted-here", "获得临床批件、进入临床试验阶段，并且药品在我区转化", "Trial approval, trial under way, converted in Jinshan"),
        Condition.Requires(CaseKey, $"jinshan-2-4-{CaseKey}", CaseZh, CaseEn),
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
}
