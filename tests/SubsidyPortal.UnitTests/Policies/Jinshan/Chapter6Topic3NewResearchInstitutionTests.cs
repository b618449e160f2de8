using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/6-3-new-research-institution: 免申即享; 100 % of the city's performance-based grant.</summary>
public sealed class Chapter6Topic3NewResearchInstitutionTests
{
    private static readonly Chapter6Topic3NewResearchInstitution Clause = new();

    [Fact]
    public void The_city_grant_is_matched_in_full()
    {
        var result = Evaluate(Clause, new Facts(CityMatchingChecks.Eligible(Clause, "cityRegisteredNewResearchInstitution", 3_000_000m)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(3_000_000.00m, result.Amount!.FixedAmount);
        Assert.Equal(ClaimMethod.AutomaticEntitlement, Clause.Claim);
    }

    [Fact]
    public void Each_year_is_its_own_matter_and_the_same_year_is_matched_once()
    {
        var facts = With(CityMatchingChecks.Eligible(Clause, "cityRegisteredNewResearchInstitution", 3_000_000m), (ClauseEvaluator.MatterKey, "2025"));
        var prior = new PriorAward(Clause.Id, null, 3_000_000m, new DateOnly(2025, 12, 1), "2024");
        Assert.Equal(EvaluationOutcome.Eligible, Evaluate(Clause, facts, null, prior).Outcome);
        Assert.Equal(EvaluationOutcome.NotEligible, Evaluate(Clause, facts, null, prior with { MatterKey = "2025" }).Outcome);
    }

    [Fact]
    public void Status_registration_grant_missing_input_and_period_are_checked() =>
        CityMatchingChecks.AssertCommonRules(Clause, "cityRegisteredNewResearchInstitution", "jinshan-6-3");
}
