using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/6-science-award-matching: 匹配 with no figure — a ceiling equal to the award's prize money.</summary>
public sealed class Article06ScienceAwardTests
{
    private static readonly Article06ScienceAwardMatching Clause = new();

    private static Facts Eligible(decimal prize = 200_000m) => Facts(
        ("nationalOrCityScienceAward", true),
        (Article06ScienceAwardMatching.PrizeKey, prize));

    [Fact]
    public void A_unit_with_a_national_or_city_science_award_gets_a_ceiling_equal_to_the_prize_money()
    {
        var result = AssertEligible(Clause, Eligible(), AmountKind.Ceiling, 200_000.00m);
        Assert.Equal("第 6 条", result.Citation.Article);
    }

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0", false)]
    public void The_prize_money_must_be_above_zero(string prize, bool eligible)
    {
        if (eligible)
        {
            AssertEligible(Clause, Eligible(Yuan(prize)), AmountKind.Ceiling, Yuan(prize));
        }
        else
        {
            AssertFailsOn(Clause, Eligible(Yuan(prize)), "changning-6-prize-positive");
        }
    }

    [Theory]
    [InlineData("nationalOrCityScienceAward", "changning-6-science-award")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_condition_makes_the_unit_not_eligible(string key, string code) =>
        AssertFailsOn(Clause, Eligible().With(key, false), code);

    [Fact]
    public void A_missing_prize_amount_asks_for_input() => AssertNeedsInput(Clause, Facts(("nationalOrCityScienceAward", true)));

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void The_clause_applies_only_while_the_policy_is_in_force(string day, bool inForce) => AssertPeriod(Clause, Eligible(), day, inForce);
}
