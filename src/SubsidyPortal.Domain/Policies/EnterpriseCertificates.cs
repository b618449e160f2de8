using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies;

/// <summary>
/// What the enterprise's certificates and registrations say, as facts defined once for every policy: the 高新技术企业
/// certificate dates, which the profile holds, with what the texts make of them ("首次认定", "再次认定" / "有效期满重新
/// 认定") derived against a clause's period (长宁 第 6 条, 金科〔2025〕25 号 创新主体培育 专题二); and the 科技型中小企业
/// registration.
/// </summary>
public static class EnterpriseCertificates
{
    public static readonly FactDefinition FirstCertifiedOn = FactDefinition.Date(
        "highTechFirstCertifiedOn", "首次认定为高新技术企业的日期（首张证书发证日期）", "Date of the first high-tech certification").OfEnterprise(FactSource.Profile);

    /// <summary>The latest certificate's date: the first one's while the enterprise has not been re-certified.</summary>
    public static readonly FactDefinition LatestCertifiedOn = FactDefinition.Date(
        "highTechLatestCertifiedOn", "最近一次认定为高新技术企业的日期（首次或重新认定）", "Date of the latest high-tech certification (first or renewal)").OfEnterprise(FactSource.Profile);

    public static readonly IReadOnlyList<FactDefinition> Inputs = [FirstCertifiedOn, LatestCertifiedOn];

    /// <summary>A high-tech certificate runs three years from its date (the national certification rules), as RenewedIn assumes.</summary>
    public const int ValidYears = 3;

    /// <summary>
    /// 科技型中小企业 (入库登记): one fact for 长宁 第 11 条 and 大零号湾 （九） alike, settled by the profile's registration
    /// (<c>Enterprise.IsTechSme</c>) and asked only when the profile does not record one.
    /// </summary>
    public static readonly FactDefinition TechSme = FactDefinition.Flag("techSme", "科技型中小企业", "A Tech SME").OfEnterprise(FactSource.Profile);

    /// <summary>首次认定 in the clause's period: the first certificate is dated in it and none has followed.</summary>
    public static DerivedFact FirstCertifiedIn(string key, EffectivePeriod period, string quote) => new(
        key, "在政策期内首次认定为高新技术企业", "First certified as high-tech within the policy's period",
        [FirstCertifiedOn.Key, LatestCertifiedOn.Key], quote, FactEntity.Enterprise,
        f => f.Date(FirstCertifiedOn.Key) is { } first && f.Date(LatestCertifiedOn.Key) is { } latest ? first >= period.Start && latest == first : null);

    /// <summary>
    /// 再次认定 in the clause's period: a certificate later than the first is dated in it. Certificates run three years and
    /// a renewal is granted only on expiry, so a later certificate is the "有效期满重新认定" the texts speak of.
    /// </summary>
    public static DerivedFact RenewedIn(string key, EffectivePeriod period, string quote) => new(
        key, "在政策期内重新认定为高新技术企业", "Re-certified as high-tech within the policy's period",
        [FirstCertifiedOn.Key, LatestCertifiedOn.Key], quote, FactEntity.Enterprise,
        f => f.Date(FirstCertifiedOn.Key) is { } first && f.Date(LatestCertifiedOn.Key) is { } latest ? latest > first && latest >= period.Start : null);
}
