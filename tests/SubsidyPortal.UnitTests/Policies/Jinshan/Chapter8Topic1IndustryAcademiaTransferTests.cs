using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/8-1-industry-academia-transfer: 20 万 when every requirement is met.</summary>
public sealed class Chapter8Topic1IndustryAcademiaTransferTests
{
    private static readonly Chapter8Topic1IndustryAcademiaTransfer Clause = new();

    internal static Dictionary<string, object> Eligible() => new()
    {
        ["registeredInJinshan"] = true,
        ["transferProjectPassedReviewAndNotice"] = true,
        ["longTermCooperationAndTransfer"] = true,
        ["ownIpProject"] = true,
        ["domesticLeading"] = true,
        ["lastYearRevenue"] = 20_000_000m,
        ["operatingWell"] = true,
        ["collegeStaff"] = 30L,
        ["totalStaff"] = 100L,
        ["lastYearRdSpend"] = 600_000m,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void A_project_exactly_at_every_threshold_earns_200000_yuan()
    {
        var result = Evaluate(Clause, new Facts(Eligible()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(200_000.00m, result.Amount!.FixedAmount);
    }

    [Theory]
    [InlineData("lastYearRevenue", 19_999_999.99, "jinshan-8-1-revenue")]
    [InlineData("collegeStaff", 29L, "jinshan-8-1-college-staff")]
    [InlineData("lastYearRdSpend", 599_999.99, "jinshan-8-1-rd")]
    [InlineData("domesticLeading", false, "jinshan-8-1-leading")]
    [InlineData("transferProjectPassedReviewAndNotice", false, "jinshan-8-1-reviewed")]
    public void Just_below_any_requirement_is_not_eligible(string key, object value, string code)
    {
        var v = value is double d ? (object)(decimal)d : value;
        AssertFails(Evaluate(Clause, With(Eligible(), (key, v))), code);
    }

    [Fact]
    public void A_missing_staff_count_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(Clause, Without(Eligible(), "collegeStaff")).Outcome);

    [Fact]
    public void The_clause_applies_from_the_notice_date_2025_04_30() => AssertPeriodEdges(Clause, new Facts(Eligible()));
}
