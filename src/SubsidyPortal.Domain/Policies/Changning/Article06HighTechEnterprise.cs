using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 6 条 创新成果奖励政策: "对首次认定为高新技术企业或新迁入长宁区的高新技术企业，给予最高不超过 20 万元的
/// 一次性支持；对再次认定为高新技术企业的，给予最高不超过 10 万元的一次性支持。"
/// 首次认定 is derived from the certificate dates (the first certificate dated in the policy's period, none after it);
/// 新迁入 stays the applicant's statement, shown by the 工商变更证明 it files.
/// </summary>
public sealed class Article06HighTechFirstCertification : Clause
{
    public const decimal CeilingYuan = 200_000m;

    public override string Id => "changning-2024/6-high-tech-first";

    public override PolicyDocument Policy => ChangningPolicy.Document;

    public override string Article => "第 6 条";

    public override string TitleZh => "首次认定或新迁入的高新技术企业一次性支持";

    public override string Quote => "对首次认定为高新技术企业或新迁入长宁区的高新技术企业，给予最高不超过 20 万元的一次性支持";

    public override string AcceptingDepartment => ChangningPolicy.Committee;

    public override IReadOnlyList<string> RequiredMaterials =>
        ["高新技术企业证书复印件（加盖公章）", "营业执照复印件（加盖公章）", "新迁入的，提供迁入长宁区的工商变更证明"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. ChangningPolicy.ApplicabilityInputs,
        .. EnterpriseCertificates.Inputs,
        FactDefinition.Flag("highTechMovedIn", "新迁入长宁区的高新技术企业", "High-tech enterprise newly moved into Changning"),
    ];

    private DerivedFact? _first;

    private DerivedFact First => _first ??= EnterpriseCertificates.FirstCertifiedIn("changningHighTechFirstCertified", Period, "对首次认定为高新技术企业……的");

    public override IReadOnlyList<DerivedFact> Derived => [First];

    public override IReadOnlyList<Condition> Conditions =>
    [
        ChangningPolicy.Applicability,
        new(
            "changning-6-first-or-moved-in",
            "首次认定为高新技术企业，或为新迁入长宁区的高新技术企业",
            "First certified as high-tech, or a high-tech enterprise newly moved into Changning",
            f => First.Compute(f) is { } first && f.Flag("highTechMovedIn") is { } moved ? first || moved
                : First.Compute(f) == true || f.Flag("highTechMovedIn") == true ? true : null),
    ];

    public override IReadOnlyList<Parameter> Parameters =>
        [new("ceiling", CeilingYuan, "元", Citation, Policy.Period)];

    public override string? ExclusivityGroup => ChangningPolicy.HighTechAwardGroup;

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}

/// <summary>第 6 条: "对再次认定为高新技术企业的，给予最高不超过 10 万元的一次性支持。"</summary>
public sealed class Article06HighTechRenewal : Clause
{
    public const decimal CeilingYuan = 100_000m;

    public override string Id => "changning-2024/6-high-tech-renewal";

    public override PolicyDocument Policy => ChangningPolicy.Document;

    public override string Article => "第 6 条";

    public override string TitleZh => "再次认定的高新技术企业一次性支持";

    public override string Quote => "对再次认定为高新技术企业的，给予最高不超过 10 万元的一次性支持";

    public override string AcceptingDepartment => ChangningPolicy.Committee;

    public override IReadOnlyList<string> RequiredMaterials => ["高新技术企业证书复印件（加盖公章）", "营业执照复印件（加盖公章）"];

    public override IReadOnlyList<FactDefinition> Inputs =>
    [
        .. ChangningPolicy.ApplicabilityInputs,
        .. EnterpriseCertificates.Inputs,
    ];

    private DerivedFact? _renewed;

    private DerivedFact Renewed => _renewed ??= EnterpriseCertificates.RenewedIn("changningHighTechRenewed", Period, "对再次认定为高新技术企业的");

    public override IReadOnlyList<DerivedFact> Derived => [Renewed];

    public override IReadOnlyList<Condition> Conditions =>
    [
        ChangningPolicy.Applicability,
        Renewed.Requires("changning-6-renewed", "在政策期内再次认定为高新技术企业", "Re-certified as a high-tech enterprise within the policy's period"),
    ];

    public override IReadOnlyList<Parameter> Parameters =>
        [new("ceiling", CeilingYuan, "元", Citation, Policy.Period)];

    public override string? ExclusivityGroup => ChangningPolicy.HighTechAwardGroup;

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(CeilingYuan, Citation);
}
