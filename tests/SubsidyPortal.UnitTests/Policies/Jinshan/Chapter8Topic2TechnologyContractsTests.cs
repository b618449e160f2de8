using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/8-2-technology-contracts: 2‱ up to 1 万 from 2000 万; 3‱ up to 5 万 from 5000 万.</summary>
public sealed class Chapter8Topic2TechnologyContractsTests
{
    private static readonly Chapter8Topic2TechnologyContracts Clause = new();

    internal static Dictionary<string, object> Eligible(decimal amount = 30_000_000m) => new()
    {
        ["registeredInJinshan"] = true,
        ["technologyContractRole"] = Chapter8Topic2TechnologyContracts.Seller,
        ["contractsRegistered"] = true,
        ["annualContractAmount"] = amount,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Theory]
    [InlineData(20_000_000, 4_000)]
    [InlineData(30_000_000, 6_000)]
    [InlineData(49_999_999.99, 10_000)]
    [InlineData(50_000_000, 15_000)]
    [InlineData(166_666_666.66, 50_000)]
    [InlineData(100_000_000, 30_000)]
    [InlineData(300_000_000, 50_000)]
    public void The_rate_and_cap_follow_the_tier_of_the_annual_amount(double amount, double expected)
    {
        var result = Evaluate(Clause, new Facts(Eligible((decimal)amount)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal((decimal)expected, result.Amount!.FixedAmount);
    }

    [Fact]
    public void Below_20_million_there_is_no_support() =>
        AssertFails(Evaluate(Clause, new Facts(Eligible(19_999_999.99m))), "jinshan-8-2-threshold");

    [Fact]
    public void Unregistered_contracts_are_not_eligible() =>
        AssertFails(Evaluate(Clause, With(Eligible(), ("contractsRegistered", false))), "jinshan-8-2-registered");

    [Fact]
    public void A_missing_amount_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "annualContractAmount")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));

    [Theory]
    [InlineData(Chapter8Topic2TechnologyContracts.Seller, null, EvaluationOutcome.Eligible)]
    [InlineData(Chapter8Topic2TechnologyContracts.Seller, Chapter8Topic2TechnologyContracts.Domestic, EvaluationOutcome.Eligible)]
    [InlineData(Chapter8Topic2TechnologyContracts.Buyer, Chapter8Topic2TechnologyContracts.Overseas, EvaluationOutcome.Eligible)]
    [InlineData(Chapter8Topic2TechnologyContracts.Buyer, Chapter8Topic2TechnologyContracts.Domestic, EvaluationOutcome.NotEligible)]
    [InlineData(Chapter8Topic2TechnologyContracts.Buyer, null, EvaluationOutcome.NeedsInput)]
    public void The_party_comes_from_the_contract_role_and_where_the_seller_is(string role, string? sellerLocation, EvaluationOutcome expected)
    {
        // Formerly one yes/no restating the text ("卖方；卖方为境外单位的，为买方"); now the two plain facts it turns on.
        var facts = Eligible();
        facts.Remove("technologyContractRole");
        facts["technologyContractRole"] = role;
        if (sellerLocation is not null)
        {
            facts["technologyContractSellerLocation"] = sellerLocation;
        }

        var result = Evaluate(Clause, new Facts(facts));

        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.NotEligible)
        {
            AssertFails(result, "jinshan-8-2-party");
        }
    }
}
