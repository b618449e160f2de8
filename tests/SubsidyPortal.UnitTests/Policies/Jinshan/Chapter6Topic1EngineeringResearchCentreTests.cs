using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/6-1-*: district centre 15 万, excellent review 5 万, city 50 万, national 100 万.</summary>
public sealed class Chapter6Topic1EngineeringResearchCentreTests
{
    private static readonly Chapter6Topic1DistrictEngineeringCentre District = new();

    internal static Dictionary<string, object> Eligible() => new()
    {
        ["registeredInJinshan"] = true,
        ["engineeringCentrePassedReviewAndNotice"] = true,
        ["leadingTechnologyAndTeam"] = true,
        ["rdSiteArea"] = 200L,
        ["testingEquipment"] = true,
        ["revenueYear1"] = 40_000_000m,
        ["revenueYear2"] = 60_000_000m,
        ["rdSpendYear1"] = 1_500_000m,
        ["rdSpendYear2"] = 1_500_000m,
        ["soundManagement"] = true,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void A_district_centre_at_every_threshold_earns_150000_yuan()
    {
        var result = Evaluate(District, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(150_000.00m, result.Amount!.FixedAmount);
    }

    [Fact]
    public void A_site_of_199_square_metres_is_too_small() =>
        AssertFails(Evaluate(District, With(Eligible(), ("rdSiteArea", 199L))), "jinshan-6-1-site");

    [Fact]
    public void An_average_revenue_just_under_50_million_is_not_enough() =>
        AssertFails(Evaluate(District, With(Eligible(), ("revenueYear2", 59_999_999.99m))), "jinshan-6-1-revenue");

    [Fact]
    public void Rd_below_three_percent_fails_unless_each_year_reaches_three_million()
    {
        AssertFails(Evaluate(District, With(Eligible(), ("rdSpendYear2", 1_499_999.99m))), "jinshan-6-1-rd");
        var big = With(Eligible(), ("revenueYear1", 500_000_000m), ("rdSpendYear1", 3_000_000m), ("rdSpendYear2", 3_000_000m));
        Assert.Equal(EvaluationOutcome.Eligible, Evaluate(District, big).Outcome);
        AssertFails(Evaluate(District, With(Eligible(), ("revenueYear1", 500_000_000m), ("rdSpendYear1", 3_000_000m), ("rdSpendYear2", 2_999_999.99m))), "jinshan-6-1-rd");
    }

    [Fact]
    public void An_excellent_review_earns_50000_yuan_and_an_ordinary_one_nothing()
    {
        var facts = new Dictionary<string, object> { ["registeredInJinshan"] = true, ["reviewedExcellent"] = true, ["noSeriousDishonestyInThreeYears"] = true };
        Assert.Equal(50_000.00m, Evaluate(new Chapter6Topic1EngineeringCentreReviewExcellent(), new Facts(facts)).Amount!.FixedAmount);
        AssertFails(Evaluate(new Chapter6Topic1EngineeringCentreReviewExcellent(), With(facts, ("reviewedExcellent", false))), "jinshan-6-1-excellent");
    }

    [Fact]
    public void City_and_national_series_earn_500000_and_one_million_yuan()
    {
        var city = new Dictionary<string, object> { ["registeredInJinshan"] = true, ["citySeries"] = true, ["noSeriousDishonestyInThreeYears"] = true };
        var national = new Dictionary<string, object> { ["registeredInJinshan"] = true, ["nationalSeries"] = true, ["noSeriousDishonestyInThreeYears"] = true };
        Assert.Equal(500_000.00m, Evaluate(new Chapter6Topic1CityEngineeringCentre(), new Facts(city)).Amount!.FixedAmount);
        Assert.Equal(1_000_000.00m, Evaluate(new Chapter6Topic1NationalEngineeringCentre(), new Facts(national)).Amount!.FixedAmount);
        AssertFails(Evaluate(new Chapter6Topic1NationalEngineeringCentre(), With(national, ("nationalSeries", false))), "jinshan-6-1-nationalSeries");
    }

    [Fact]
    public void A_missing_revenue_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(District, Without(Eligible(), "revenueYear1")).Outcome);

    [Fact]
    public void The_clauses_apply_from_the_notice_date_2025_04_30() => AssertPeriodEdges(District, new Facts(Eligible()));
}
