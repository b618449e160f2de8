using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/6-5-research-service-platform: 免申即享; 30 % of the city grant.</summary>
public sealed class Chapter6Topic5ResearchServicePlatformTests
{
    private static readonly Chapter6Topic5ResearchServicePlatform Clause = new();

    [Theory]
    [InlineData(100_000, 30_000)]
    [InlineData(0.05, 0.02)]
    [InlineData(33_333.35, 10_000.01)]
    public void Thirty_percent_of_the_city_grant_rounded_half_away_from_zero_to_the_fen(double city, double expected)
    {
        var result = Evaluate(Clause, new Facts(CityMatchingChecks.Eligible(Clause, "cityResearchPlatformMemberSharing", (decimal)city)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal((decimal)expected, result.Amount!.FixedAmount);
    }

    [Fact]
    public void Status_registration_grant_missing_input_and_period_are_checked() =>
        CityMatchingChecks.AssertCommonRules(Clause, "cityResearchPlatformMemberSharing", "jinshan-6-5");
}
