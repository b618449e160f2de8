using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>Every clause of 金科〔2025〕25 号, in the document's order.</summary>
public static class JinshanClauses
{
    public static IReadOnlyList<Clause> All { get; } =
    [
        new Chapter1Topic1RentalPremises(),
        new Chapter1Topic2PurchasedPremises(),
        new Chapter2Topic1MajorInnovativeDrug(),
        new Chapter2Topic2GenericConsistency(),
        new Chapter2Topic3DrugRegistration(),
        new Chapter2Topic4Class1PhaseOne(),
        new Chapter2Topic4Class1PhaseTwoOrThree(),
        new Chapter2Topic4Class2To3PhaseTwo(),
        new Chapter2Topic4Class2To3PhaseThree(),
        new Chapter2Topic4BioequivalenceTrial(),
        new Chapter2Topic5ClassThreeDevice(),
        new Chapter2Topic5ClassTwoDevice(),
        new Chapter2Topic6ServicePlatform(),
        new Chapter2Topic6CoFundedPlatform(),
        new Chapter3RevenueMilestone50Million(),
        new Chapter3RevenueMilestone100Million(),
        new Chapter3RevenueMilestone500Million(),
        new Chapter3RevenueMilestone1Billion(),
        new Chapter4Topic1VolumeBasedProcurement(),
        new Chapter4Topic2InternationalMarket(),
        new Chapter5Topic1TechSmeInnovationFund(),
        new Chapter5Topic2HighTechFirstCertification(),
        new Chapter5Topic2HighTechRenewal(),
        new Chapter5Topic3CityLittleGiant(),
        new Chapter5Topic4DistrictLittleGiant(),
        new Chapter5Topic5ScienceAwardMatching(),
        new Chapter5Topic6InnovationAchievementAward(),
        new Chapter5Topic6InnovationTalentAward(),
        new Chapter5Topic7ZhangjiangFundMatching(),
        new Chapter6Topic1DistrictEngineeringCentre(),
        new Chapter6Topic1EngineeringCentreReviewExcellent(),
        new Chapter6Topic1CityEngineeringCentre(),
        new Chapter6Topic1NationalEngineeringCentre(),
        new Chapter6Topic2KeyLaboratory(),
        new Chapter6Topic3NewResearchInstitution(),
        new Chapter6Topic4InnovationVoucher(),
        new Chapter6Topic5ResearchServicePlatform(),
        new Chapter7Topic1TechFinanceServiceStation(),
        new Chapter7Topic2PerformanceLoanInsurance(),
        new Chapter7Topic3DistrictIncubator(),
        new Chapter7Topic4CarrierMatching(),
        new Chapter7Topic4ExcellentNationalIncubator(),
        new Chapter7Topic4HighEnergyNationalIncubator(),
        new Chapter8Topic1IndustryAcademiaTransfer(),
        new Chapter8Topic2TechnologyContracts(),
    ];
}
