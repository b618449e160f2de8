using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Dalinghaowan;

/// <summary>Every encoded clause of 沪府办规〔2024〕7 号, in the order of the text.</summary>
public static class DalinghaowanClauses
{
    public static IReadOnlyList<Clause> All { get; } =
    [
        new Measure01NationalPlatformReward(),
        new Measure02FutureIndustryNationalProject(),
        new Measure03InstrumentsReagentsSoftware(),
        new Measure04MajorAchievementStartupFunds(),
        new Measure04MajorAchievementEquityFunds(),
        new Measure04AchievementTransferCosts(),
        new Measure05PublicPlatformConstruction(),
        new Measure05PublicPlatformOperation(),
        new Measure05OnlineServicePlatform(),
        new Measure06CarrierPostSubsidy(),
        new Measure06IncubatorConstruction(),
        new Measure06IncubatorOperation(),
        new Measure06StudentStaffStartup(),
        new Measure07IndustrialisationInvestment(),
        new Measure08GazelleFirstQualified(),
        new Measure08UnicornFirstQualified(),
        new Measure08ChallengeList(),
        new Measure08TopList(),
        new Measure09OpenInnovationCentre(),
        new Measure09InnovationConsortium(),
        new Measure09InternationalStandard(),
        new Measure09NationalStandard(),
        new Measure09RdVoucherTechSme(),
        new Measure09RdVoucherTeam(),
        new Measure09NationalCompetitionPrize(),
        new Measure09InternationalCompetitionPrize(),
        new Measure10InnovativeProductFirstBatch(),
        new Measure10FutureIndustryScenario(),
        new Measure10ComputingPower(),
        new Measure11OverseasTalentAllowance(),
        new Measure11NewDoctoralGraduateAllowance(),
        new Measure11FullTimePostdocAllowance(),
        new Measure11InStationPostdocAllowance(),
        new Measure11InStationPostdocCompletion(),
        new Measure11TalentTraining(),
        new Measure13LoanInterestSubsidy(),
        new Measure13FinanceLease(),
        new Measure14HighValuePatents(),
        new Measure16InternationalOrganisationStartup(),
        new Measure16InternationalOrganisationOperation(),
        new Measure16JournalStartup(),
        new Measure16JournalOperation(),
        new Measure16JournalFirstQ1(),
        new Measure16JournalFirstQ2(),
        new Measure17HostingEvents(),
        new Measure17InternationalParticipation(),
        new Measure19ParkInfrastructure(),
    ];
}
