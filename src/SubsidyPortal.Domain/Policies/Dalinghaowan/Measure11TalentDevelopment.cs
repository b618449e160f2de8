using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// （十一）第 2 段: living allowances for three years, per person per year, "在市级博士后创新实践基地日常经费资助的基础上"
/// — so they add to the city base funding and are not in a highest-only group with it.
/// </summary>
public abstract class Measure11ThreeYearLivingAllowance : DalinghaowanThreeYearClause
{
    public override string Article => "（十一）第 2 段";

    public override string Quote => "在市级博士后创新实践基地日常经费资助的基础上，连续三年分别给予海外高层次人才、应届海内外高校博士毕业生、基地入驻单位招收的全职研发型博士后每人每年 5 万元、3 万元、3万元的生活补助";

    protected override AmountKind Kind => AmountKind.Fixed;

    protected override string YearLabelZh => "生活补助";

    public override string? ExclusivityGroup => null;

    public override IReadOnlyList<string> RequiredMaterials => ["个人身份证明", "劳动合同或入站证明", "入驻市级博士后创新实践基地的证明"];
}

public sealed class Measure11OverseasTalentAllowance : Measure11ThreeYearLivingAllowance
{
    public override string Id => "dalinghaowan-2024/11-overseas-talent-allowance";

    public override string TitleZh => "海外高层次人才生活补助（连续三年）";

    public override decimal YearlyYuan => 50_000m;

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("isOverseasHighLevelTalent", "dalinghaowan-11-overseas-talent", "本人为海外高层次人才", "The person is a high-level overseas talent"),
    ];
}

/// <summary>
/// "应届海内外高校博士毕业生": derived from the day the doctorate was conferred and the day the person was recruited. The
/// text does not define 应届; the portal reads it as the usual 择业期 — recruited on or after the degree day and no more
/// than two years after it. Recruited before the degree, the person was not yet a 博士毕业生. The committee may narrow
/// the window in a call.
/// </summary>
public sealed class Measure11NewDoctoralGraduateAllowance : Measure11ThreeYearLivingAllowance
{
    /// <summary>The portal's 应届 window, not the text's: two years from the degree.</summary>
    public const int NewGraduateYears = 2;

    public static readonly FactDefinition DoctorateConferredOn = FactDefinition.Date(
        "doctorateConferredOn", "获得博士学位的日期（学位证书所载）", "Date the doctorate was conferred (as on the degree certificate)");

    public static readonly FactDefinition RecruitedOn = FactDefinition.Date(
        "doctorRecruitedOn", "入职（被招收）日期", "Date the person was recruited");

    /// <summary>Degree ≤ recruited ≤ degree + two years (the day itself included).</summary>
    public static bool IsNewGraduate(DateOnly conferred, DateOnly recruited) =>
        recruited >= conferred && recruited <= conferred.AddYears(NewGraduateYears);

    public static readonly DerivedFact NewGraduate = new(
        "newDoctoralGraduateWhenRecruited", "招收时为应届博士毕业生（获博士学位后两年内入职）", "A new doctoral graduate when recruited (within two years of the doctorate)",
        [DoctorateConferredOn.Key, RecruitedOn.Key],
        "应届海内外高校博士毕业生", FactEntity.Project,
        f => f.Date(DoctorateConferredOn.Key) is { } conferred && f.Date(RecruitedOn.Key) is { } recruited ? IsNewGraduate(conferred, recruited) : null);

    public override string Id => "dalinghaowan-2024/11-new-doctoral-graduate-allowance";

    public override string TitleZh => "应届海内外高校博士毕业生生活补助（连续三年）";

    public override decimal YearlyYuan => 30_000m;

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        Requirement.Derive(NewGraduate, [DoctorateConferredOn, RecruitedOn], "dalinghaowan-11-new-doctoral-graduate",
            "本人为应届海内外高校博士毕业生（获博士学位后两年内入职）", "The person is a new doctoral graduate (recruited within two years of the doctorate)"),
    ];
}

public sealed class Measure11FullTimePostdocAllowance : Measure11ThreeYearLivingAllowance
{
    public override string Id => "dalinghaowan-2024/11-full-time-postdoc-allowance";

    public override string TitleZh => "基地入驻单位招收的全职研发型博士后生活补助（连续三年）";

    public override decimal YearlyYuan => 30_000m;

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("fullTimeRdPostdocOfResidentUnit", "dalinghaowan-11-full-time-postdoc", "本人为基地入驻单位招收的全职研发型博士后", "The person is a full-time R&D postdoc recruited by a unit resident in the base"),
    ];
}

/// <summary>（十一）第 2 段: 在站研发型博士后 — 一次性 1.5 万元 living allowance, a fixed figure.</summary>
public sealed class Measure11InStationPostdocAllowance : DalinghaowanFixedClause
{
    public override string Id => "dalinghaowan-2024/11-in-station-postdoc-allowance";

    public override string Article => "（十一）第 2 段";

    public override string TitleZh => "在站研发型博士后一次性生活补助";

    public override string Quote => "给予基地入驻单位招收的在站研发型博士后一次性 1.5 万元的生活补助和 3 万元的项目完成补助。";

    public override decimal AwardYuan => 15_000m;

    public override string? ExclusivityGroup => null;

    public override IReadOnlyList<string> RequiredMaterials => ["博士后进站证明", "入驻市级博士后创新实践基地的证明", "个人身份证明"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("inStationRdPostdocOfResidentUnit", "dalinghaowan-11-in-station-postdoc", "本人为基地入驻单位招收的在站研发型博士后", "The person is an in-station R&D postdoc recruited by a unit resident in the base"),
    ];
}

/// <summary>（十一）第 2 段: 在站研发型博士后 — 3 万元 project-completion allowance, once the project is completed.</summary>
public sealed class Measure11InStationPostdocCompletion : DalinghaowanFixedClause
{
    public override string Id => "dalinghaowan-2024/11-in-station-postdoc-completion";

    public override string Article => "（十一）第 2 段";

    public override string TitleZh => "在站研发型博士后项目完成补助";

    public override string Quote => "给予基地入驻单位招收的在站研发型博士后一次性 1.5 万元的生活补助和 3 万元的项目完成补助。";

    public override decimal AwardYuan => 30_000m;

    public override string? ExclusivityGroup => null;

    public override IReadOnlyList<string> RequiredMaterials => ["博士后进站证明", "项目完成（结题）证明", "个人身份证明"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("inStationRdPostdocOfResidentUnit", "dalinghaowan-11-in-station-postdoc", "本人为基地入驻单位招收的在站研发型博士后", "The person is an in-station R&D postdoc recruited by a unit resident in the base"),
        new("postdocProjectCompleted", "dalinghaowan-11-project-completed", "博士后研究项目已完成", "The postdoc's research project is completed"),
    ];
}

/// <summary>（十一）第 3 段: 人才联合培养 — for the implementing body, at most 30% of actual training investment, at most 300 万元.</summary>
public sealed class Measure11TalentTraining : DalinghaowanRateCappedClause
{
    public override string Id => "dalinghaowan-2024/11-talent-training";

    public override string Article => "（十一）第 3 段";

    public override string TitleZh => "人才联合培养实施机构经费支持";

    public override string Quote => "支持创新创业人才、技术技能人才、专业服务人才的联合培养，促进跨界交流、深度合作，根据培训成效，给予实施机构不超过培训实际总投入 30%、最高 300 万元的经费支持。";

    public override string BaseKey => "trainingActualInvestment";

    public override string BaseLabelZh => "培训实际总投入";

    public override string BaseLabelEn => "Actual total training investment";

    public override decimal Rate => 0.30m;

    public override decimal CapYuan => 3_000_000m;

    public override IReadOnlyList<string> RequiredMaterials => ["联合培养方案及培训成效报告", "培训投入专项审计报告", "营业执照或法人登记证书复印件（加盖公章）"];

    protected override IReadOnlyList<Requirement> Requirements =>
    [
        new("implementsJointTraining", "dalinghaowan-11-implements-joint-training", "申报单位为创新创业人才、技术技能人才或专业服务人才联合培养的实施机构", "The applicant implements joint training of innovation, technical or professional-service talent"),
    ];
}
