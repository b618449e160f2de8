using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/2-6-service-platform and -co-funded-platform: 10 % of fixed assets, ceiling 500 万.</summary>
public sealed class Chapter2Topic6TechnicalServicePlatformTests
{
    internal static Dictionary<string, object> Eligible(string key, decimal investment)
    {
        var f = SharedWithoutTax();
        f["platformVerifiedAndOperating"] = true;
        f[key] = true;
        f["fixedAssetInvestment"] = investment;
        return f;
    }

    [Theory]
    [InlineData(30_000_000, 3_000_000)]
    [InlineData(49_999_999.90, 4_999_999.99)]
    [InlineData(50_000_000.10, 5_000_000)]
    public void A_service_platform_gets_ten_percent_of_its_fixed_assets_up_to_five_million(double investment, double expected)
    {
        var result = Evaluate(new Chapter2Topic6ServicePlatform(), new Facts(Eligible("importantServicePlatform", (decimal)investment)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal((decimal)expected, result.Amount!.Ceiling);
    }

    [Fact]
    public void A_co_funded_major_platform_has_the_same_ceiling() =>
        Assert.Equal(5_000_000.00m, Evaluate(new Chapter2Topic6CoFundedPlatform(), new Facts(Eligible("coFundedMajorPlatform", 80_000_000m))).Amount!.Ceiling);

    [Fact]
    public void A_platform_not_yet_operating_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter2Topic6ServicePlatform(), With(Eligible("importantServicePlatform", 1m), ("platformVerifiedAndOperating", false))), "jinshan-2-6-operating");

    [Fact]
    public void A_platform_not_co_funded_with_top_scientists_is_not_eligible_under_sub_case_two() =>
        AssertFails(Evaluate(new Chapter2Topic6CoFundedPlatform(), With(Eligible("coFundedMajorPlatform", 1m), ("coFundedMajorPlatform", false))), "jinshan-2-6-coFundedMajorPlatform");

    [Fact]
    public void A_missing_investment_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(new Chapter2Topic6ServicePlatform(), Without(Eligible("importantServicePlatform", 1m), "fixedAssetInvestment")).Outcome);

    [Fact]
    public void The_clauses_apply_from_the_notice_date_2025_04_30() =>
        AssertPeriodEdges(new Chapter2Topic6CoFundedPlatform(), new Facts(Eligible("coFundedMajorPlatform", 1_000_000m)));
}
