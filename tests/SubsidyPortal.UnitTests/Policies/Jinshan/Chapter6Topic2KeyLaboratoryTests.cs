using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/6-2-key-laboratory: 免申即享; 1:1 of the city grant, at most 500 万.</summary>
public sealed class Chapter6Topic2KeyLaboratoryTests
{
    private static readonly Chapter6Topic2KeyLaboratory Clause = new();

    [Theory]
    [InlineData(2_000_000, 2_000_000)]
    [InlineData(4_999_999.99, 4_999_999.99)]
    [InlineData(5_000_000, 5_000_000)]
    [InlineData(5_000_000.01, 5_000_000)]
    public void The_city_grant_is_matched_one_to_one_up_to_five_million(double city, double expected)
    {
        var result = Evaluate(Clause, new Facts(CityMatchingChecks.Eligible(Clause, "certifiedKeyLaboratory", (decimal)city)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal((decimal)expected, result.Amount!.FixedAmount);
    }

    [Fact]
    public void It_is_granted_without_an_application() => Assert.Equal(ClaimMethod.AutomaticEntitlement, Clause.Claim);

    [Fact]
    public void Status_registration_grant_missing_input_and_period_are_checked() =>
        CityMatchingChecks.AssertCommonRules(Clause, "certifiedKeyLaboratory", "jinshan-6-2");
}
