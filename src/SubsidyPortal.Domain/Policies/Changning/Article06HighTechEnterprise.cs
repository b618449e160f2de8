using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// 第 6 条 创新成果奖励政策: "对首次认定为高新技术企业或新迁入长宁区的高新技术企业，给予最高不超过 20 万元的
/// 一次性支持；对再次认定为高新技术企业的，给予最高不超过 10 万元的一次性支持。"
/// 首次认定 is derived from the certificate dates (the first certificate dated in the policy's period, none after it);
/// 新迁入 from how the enterprise came to Changning and the date it moved in, against the period and the certificates.
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
        Arrival,
        MovedInOn,
    ];

    public const string SetUpHere = "set-up";
    public const string MovedIn = "moved-in";

    /// <summary>How the enterprise came to Changning; the date is asked only of one that moved in. The profile's
    /// registration history settles both for an enterprise registered in Changning.</summary>
    public static readonly FactDefinition Arrival = FactDefinition.Choice(
        "changningArrival", "在长宁区的设立方式", "How the enterprise came to Changning",
        new(SetUpHere, "在长宁区设立", "Set up in Changning"),
        new(MovedIn, "由外区（外省市）迁入长宁区", "Moved in from another district or province")).OfEnterprise(FactSource.Profile);

    public static readonly FactDefinition MovedInOn = FactDefinition.Date(
        "movedIntoChangningOn", "迁入长宁区的日期（工商变更登记日期）", "Date moved into Changning (registration change)").OfEnterprise(FactSource.Profile);

    private DerivedFact? _first;
    private DerivedFact? _movedIn;

    private DerivedFact First => _first ??= EnterpriseCertificates.FirstCertifiedIn("changningHighTechFirstCertified", Period, "对首次认定为高新技术企业……的");

    /// <summary>
    /// "新迁入长宁区的高新技术企业": moved in within the policy's period, and a high-tech enterprise when it did — first
    /// certified by then, with a certificate still running (certificates run three years) or renewed since. An enterprise
    /// certified only after moving in is a first certification, the other half of the sentence.
    /// </summary>
    private DerivedFact MovedInAsHighTech => _movedIn ??= new(
        "changningHighTechMovedIn", "在政策期内以高新技术企业身份新迁入长宁区", "Moved into Changning within the policy's period as a high-tech enterprise",
        [Arrival.Key, MovedInOn.Key, EnterpriseCertificates.FirstCertifiedOn.Key, EnterpriseCertificates.LatestCertifiedOn.Key],
        "……或新迁入长宁区的高新技术企业", FactEntity.Enterprise,
        f => f.Choice(Arrival.Key) switch
        {
            SetUpHere => false,
            MovedIn => f.Date(MovedInOn.Key) switch
            {
                null => null,
                { } on when on < Period.Start => false,
                { } on => f.Date(EnterpriseCertificates.FirstCertifiedOn.Key) is { } first && f.Date(EnterpriseCertificates.LatestCertifiedOn.Key) is { } latest
                    ? first <= on && latest > on.AddYears(-EnterpriseCertificates.ValidYears)
                    : null,
            },
            _ => null,
        });

    public override IReadOnlyList<DerivedFact> Derived => [First, MovedInAsHighTech];

    public override IReadOnlyList<Condition> Conditions =>
    [
        ChangningPolicy.Applicability,
        new(
            "changning-6-first-or-moved-in",
            "首次认定为高新技术企业，或为新迁入长宁区的高新技术企业",
            "First certified as high-tech, or a high-tech enterprise newly moved into Changning",
            f => Condition.Any(First.Compute(f), MovedInAsHighTech.Compute(f))),
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
