using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>
/// An eligibility requirement and the named condition that reads it: a yes/no flag the applicant answers, or, made with
/// <see cref="Derive"/>, a fact the engine computes from plain facts (a date, a figure, a choice) that are asked instead.
/// </summary>
public sealed record Requirement(string Key, string Code, string Zh, string En)
{
    /// <summary>Project unless the requirement is about the applicant itself (科技企业, 科技领军企业).</summary>
    public FactEntity Entity { get; init; } = FactEntity.Project;

    /// <summary>Where the fact comes from: the application unless the profile settles it.</summary>
    public FactSource Source { get; init; } = FactSource.Application;

    /// <summary>The vocabulary's own definition when the fact is shared with other policies (科技型中小企业).</summary>
    public FactDefinition? Shared { get; init; }

    /// <summary>The fact computed for the condition when the requirement is derived; null for a yes/no that is asked.</summary>
    public DerivedFact? Derived { get; private init; }

    /// <summary>The plain facts asked in place of a yes/no: those the derived fact reads.</summary>
    public IReadOnlyList<FactDefinition> PlainFacts { get; private init; } = [];

    /// <summary>A requirement computed from plain facts; the condition keeps its code so stored traces still read well.</summary>
    public static Requirement Derive(DerivedFact fact, IReadOnlyList<FactDefinition> plainFacts, string code, string zh, string en) =>
        new(fact.Key, code, zh, en) { Derived = fact, PlainFacts = plainFacts, Entity = fact.Definition.Entity };

    public IReadOnlyList<FactDefinition> Inputs =>
        Derived is null ? [Shared ?? FactDefinition.Flag(Key, Zh, En) with { Entity = Entity, Source = Source }] : PlainFacts;

    public Condition Condition => Derived?.Requires(Code, Zh, En) ?? Condition.Requires(Key, Code, Zh, En);
}

/// <summary>
/// What every 大零号湾 clause shares: the document, the fund that accepts applications, the area condition and
/// the policy-wide 从优、就高、不重复 rule. A subclass lists its own requirements (asked or derived) and amount inputs.
/// </summary>
public abstract class DalinghaowanClause : Clause
{
    public override PolicyDocument Policy => DalinghaowanPolicy.Document;

    public override string AcceptingDepartment => DalinghaowanPolicy.Department;

    /// <summary>The clause's own yes/no requirements (支持对象 / 申报条件).</summary>
    protected abstract IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>Figures the amount reads (investment, fees, year); empty for plain fixed awards and ceilings.</summary>
    protected virtual IReadOnlyList<FactDefinition> AmountInputs => [];

    /// <summary>Conditions on figures (positive base, year within three years).</summary>
    protected virtual IReadOnlyList<Condition> FigureConditions => [];

    public override IReadOnlyList<FactDefinition> Inputs =>
        [.. DalinghaowanPolicy.LocatedInputs, .. Requirements.SelectMany(r => r.Inputs), .. AmountInputs];

    public override IReadOnlyList<DerivedFact> Derived => [.. Requirements.Select(r => r.Derived).OfType<DerivedFact>()];

    public override IReadOnlyList<Condition> Conditions =>
        [DalinghaowanPolicy.Located, .. Requirements.Select(r => r.Condition), .. FigureConditions];

    public override string? ExclusivityGroup => DalinghaowanPolicy.HighestOnlyGroup(Id);

    protected Parameter Param(string name, decimal value, string unit) => new(name, value, unit, Citation, Policy.Period);
}

/// <summary>给予最高 N 万元: only a ceiling; the amount under it is decided on review.</summary>
public abstract class DalinghaowanCeilingClause : DalinghaowanClause
{
    public abstract decimal CeilingYuan { get; }

    public override IReadOnlyList<Parameter> Parameters => [Param("ceiling", CeilingYuan, "元")];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}

/// <summary>给予 N 万元: a fixed award.</summary>
public abstract class DalinghaowanFixedClause : DalinghaowanClause
{
    public abstract decimal AwardYuan { get; }

    public override IReadOnlyList<Parameter> Parameters => [Param("award", AwardYuan, "元")];

    public override AmountResult? Amount(Facts facts) => AmountCalculation.FixedAward(AwardYuan, Citation);
}

/// <summary>
/// 给予不超过 [base] X%、最高 N 万元: rate × base, capped. Because the text says 不超过 / 最高, the result is a ceiling
/// the reviewers award up to (AmountKind.Ceiling), never a promised figure.
/// </summary>
public abstract class DalinghaowanRateCappedClause : DalinghaowanClause
{
    public abstract string BaseKey { get; }

    public abstract string BaseLabelZh { get; }

    public abstract string BaseLabelEn { get; }

    public abstract decimal Rate { get; }

    public abstract decimal CapYuan { get; }

    protected virtual AmountKind Kind => AmountKind.Ceiling;

    protected string MeasureCode => Id[(Id.IndexOf('/', StringComparison.Ordinal) + 1)..];

    protected override IReadOnlyList<FactDefinition> AmountInputs => [FactDefinition.Money(BaseKey, BaseLabelZh, BaseLabelEn)];

    protected override IReadOnlyList<Condition> FigureConditions =>
    [
        new(
            $"dalinghaowan-{MeasureCode}-positive-base",
            $"{BaseLabelZh}须大于零",
            $"{BaseLabelEn} must be above zero",
            f => f.Money(BaseKey) is { } v ? v > 0m : null),
    ];

    public override IReadOnlyList<Parameter> Parameters => [Param("rate", Rate, "比例"), Param("cap", CapYuan, "元")];

    public override AmountResult? Amount(Facts facts) => facts.Money(BaseKey) is { } b ? Calculate(b).Round() : null;

    // Formatted once per clause: evaluation runs millions of times and the texts never change.
    private string? _rateText;
    private string? _capText;

    protected AmountCalculation Calculate(decimal baseYuan) =>
        AmountCalculation.Of(Kind)
            .Base(BaseLabelZh, baseYuan)
            .Rate(Rate, _rateText ??= $"按 {Rate * 100m:0.##}% 计算", Citation)
            .Cap(CapYuan, _capText ??= $"最高 {CapYuan / 10_000m:0.##} 万元", Citation);
}

/// <summary>
/// 连续三年每年给予不超过 [支出] X%、最高 N 万元: one year's operating support. The applicant applies each year
/// with that year's figure; the year must be the first, second or third since the award began.
/// </summary>
public abstract class DalinghaowanYearlyRateCappedClause : DalinghaowanRateCappedClause
{
    /// <summary>Which of the three years is applied for; one key per clause (an organisation's year is not a journal's).</summary>
    public abstract string YearKey { get; }

    public const int Years = 3;

    protected override IReadOnlyList<FactDefinition> AmountInputs =>
    [
        .. base.AmountInputs,
        new(YearKey, InputType.Integer, "年", "申请支持的年度（第几年，1–3）", "Year of support applied for (1–3)"),
    ];

    protected override IReadOnlyList<Condition> FigureConditions =>
    [
        .. base.FigureConditions,
        new(
            $"dalinghaowan-{MeasureCode}-within-three-years",
            "连续三年内（第 1 至第 3 年）",
            "Within the three consecutive years (year 1 to 3)",
            f => f.Count(YearKey) is { } y ? y is >= 1 and <= Years : null),
    ];

    public override IReadOnlyList<Parameter> Parameters => [.. base.Parameters, Param("years", Years, "年")];

    public override AmountResult? Amount(Facts facts)
    {
        if (facts.Money(BaseKey) is not { } b || facts.Count(YearKey) is not { } year)
        {
            return null;
        }

        var calc = Calculate(b);
        var yearly = Calculate(b).Round();
        return calc.InTranches(AmountBasis.PerYear, [new Tranche((int)year, $"第 {year} 年运营经费", yearly.Value, Kind, "按当年运营支出核定")]).Round();
    }
}

/// <summary>连续三年每年给予 N 万元: three yearly payments; the amount is their total, with one tranche per year.</summary>
public abstract class DalinghaowanThreeYearClause : DalinghaowanClause
{
    public const int Years = 3;

    public abstract decimal YearlyYuan { get; }

    protected abstract AmountKind Kind { get; }

    protected abstract string YearLabelZh { get; }

    public override IReadOnlyList<Parameter> Parameters => [Param("yearly", YearlyYuan, "元/年"), Param("years", Years, "年")];

    public override AmountResult? Amount(Facts facts) =>
        AmountCalculation.Of(Kind)
            .Base($"每年{YearLabelZh}", YearlyYuan, Citation)
            .Rate(Years, "连续三年合计", Citation)
            .InTranches(AmountBasis.Total, Enumerable.Range(1, Years).Select(y => new Tranche(y, $"第 {y} 年{YearLabelZh}", YearlyYuan, Kind, "当年仍符合条件")))
            .Round();
}
