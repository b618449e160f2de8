using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Changning;

/// <summary>
/// Every clause of 长宁区鼓励科技创新的若干政策措施 encoded as a rule, articles 1–12 in text order. Articles 13, 14
/// and 16 are encoded through <see cref="ChangningPolicy"/> (applicability, exclusivity groups, period).
/// </summary>
public static class ChangningClauses
{
    public static IReadOnlyList<Clause> All { get; } =
    [
        new Article01CoreTechnology(),
        new Article02ZhangjiangMatching(),
        new Article03CityLittleGiantMatching(),
        new Article03DistrictLittleGiant(),
        new Article04CityInnovationFundMatching(),
        new Article04DistrictInnovationFund(),
        new Article05Commercialisation(),
        new Article06ScienceAwardMatching(),
        new Article06HighTechFirstCertification(),
        new Article06HighTechRenewal(),
        new Article07FunctionalPlatform(),
        new Article07NewRdInstitute(),
        new Article08InnovationVoucher(),
        new Article09CloudAndCompute(),
        new Article10ApplicationScenarios(),
        new Article11LoanInsurancePremium(),
        new Article11StartupInsurancePremium(),
        new Article12IncubatorStartUpFunds(),
        new Article12IncubatorOperatingSubsidy(),
        new Article12IncubatorPerformanceMatching(),
        new Article12UniversitySciencePark(),
        new Article12SciencePark(),
        new Article12IncubatorOrMakerSpace(),
    ];
}
