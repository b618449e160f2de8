using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>
/// 关于强化创新载体建设实施细则 专题三: 最高 20 万 on recognition, 最高 10 万 more after a full year of actual operation:
/// a 30 万 ceiling in two tranches. "每 10 家在孵企业至少配备 1 名…" is read as at least one per ten or part of ten
/// (15 incubated enterprises need 2 professionals and 2 mentors).
/// </summary>
public sealed class Chapter7Topic3DistrictIncubator : JinshanClause
{
    public const decimal FirstTrancheYuan = 200_000m;
    public const decimal SecondTrancheYuan = 100_000m;

    public override string Id => "jinshan-2025/7-3-district-incubator";

    public override string Article => "关于强化创新载体建设实施细则 专题三";

    public override string TitleZh => "新认定的区级孵化器";

    public override string Quote => "对新认定的区级孵化器，给予最高 20 万元一次性奖励，实际运营满一年后再给予最高 10 万元一次性奖励。";

    public override IReadOnlyList<string> RequiredMaterials => ["区级孵化器申请书", "相关附件材料"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        JinshanPolicy.RegisteredInput,
        JinshanPolicy.IndependentLegalPersonInput,
        FactDefinition.Count("operatingMonths", "月", "运营主体正常运营月数", "Months the operator has operated normally"),
        FactDefinition.Money("professionalServiceIncome", "上年度专业服务收入", "Professional-service income last year"),
        FactDefinition.Money("totalIncome", "上年度总收入", "Total income last year"),
        FactDefinition.Count("professionalStaff", "人", "专业孵化服务人员数", "Professional incubation staff"),
        FactDefinition.Count("operatorStaff", "人", "孵化器工作人员总数", "All incubator staff"),
        FactDefinition.Count("mentors", "人", "创业导师数", "Start-up mentors"),
        FactDefinition.Count("incubationArea", "平方米", "孵化场地面积", "Incubation floor area"),
        FactDefinition.Count("incubatedEnterprises", "家", "在孵企业数", "Enterprises in incubation"),
        FactDefinition.Count("alignedEnterprises", "家", "与孵化器专业领域一致的在孵企业数", "Incubated enterprises in the incubator's field"),
        FactDefinition.Count("financedEnterprises", "家", "获得银行贷款或投融资的在孵企业数", "Incubated enterprises with loans or investment"),
        JinshanPolicy.CreditInput,
    ];

    public override IReadOnlyList<Condition> Conditions =>
    [
        JinshanPolicy.Registered,
        JinshanPolicy.IndependentLegalPerson,
        JinshanPolicy.CountAtLeast("operatingMonths", 12, "jinshan-7-3-operating-year", "运营主体注册在金山区且正常运营满 1 年", "Operating normally for a full year"),
        JinshanPolicy.ShareAtLeast("professionalServiceIncome", "totalIncome", 0.20m, "jinshan-7-3-service-income", "上年度专业服务收入占比不低于 20%", "Professional-service income at least 20 %"),
        JinshanPolicy.ShareAtLeast("professionalStaff", "operatorStaff", 0.80m, "jinshan-7-3-professional-share", "专业孵化服务人员占比不低于 80%", "Professional staff at least 80 %"),
        new("jinshan-7-3-staff-per-ten", "每 10 家在孵企业至少配备 1 名专业孵化服务人员和 1 名创业导师", "At least one professional and one mentor per ten incubated enterprises",
            f => f.Count("professionalStaff") is { } p && f.Count("mentors") is { } m && f.Count("incubatedEnterprises") is { } n ? p * 10 >= n && m * 10 >= n : null),
        JinshanPolicy.CountAtLeast("incubationArea", 2000, "jinshan-7-3-area", "孵化场地面积不低于 2000 ㎡", "Floor area at least 2000 m²"),
        JinshanPolicy.CountAtLeast("incubatedEnterprises", 15, "jinshan-7-3-incubated", "在孵企业不低于 15 家", "At least 15 incubated enterprises"),
        JinshanPolicy.ShareAtLeast("alignedEnterprises", "incubatedEnterprises", 0.60m, "jinshan-7-3-aligned", "60%以上在孵企业与孵化器专业领域一致", "At least 60 % in the incubator's field"),
        JinshanPolicy.ShareAtLeast("financedEnterprises", "incubatedEnterprises", 0.10m, "jinshan-7-3-financed", "获得银行贷款或投融资的在孵企业数占比不低于 10%", "At least 10 % financed"),
        JinshanPolicy.Credit,
    ];

    public override IReadOnlyList<Parameter> Parameters =>
        [Param("firstTranche", FirstTrancheYuan), Param("secondTranche", SecondTrancheYuan), Param("minArea", 2000, "平方米"), Param("minIncubated", 15, "家")];

    public override AmountResult? Amount(Facts facts) =>
        AmountCalculation.Of(AmountKind.Ceiling)
            .Base("最高 20 万元 + 运营满一年后最高 10 万元", FirstTrancheYuan + SecondTrancheYuan, Citation)
            .InTranches(
                AmountBasis.Total,
            [
                new Tranche(1, "新认定", FirstTrancheYuan, AmountKind.Ceiling, "认定为区级孵化器"),
                new Tranche(2, "实际运营满一年", SecondTrancheYuan, AmountKind.Ceiling, "认定后实际运营满一年"),
            ])
            .Round();
}
