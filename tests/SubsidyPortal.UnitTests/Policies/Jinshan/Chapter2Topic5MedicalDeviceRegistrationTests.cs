using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/2-5-class3-device and -class2-device: 10 % of R&amp;D cost, ceilings 200 万 and 50 万.</summary>
public sealed class Chapter2Topic5MedicalDeviceRegistrationTests
{
    internal static Dictionary<string, object> Eligible(string key, decimal cost)
    {
        var f = SharedWithoutTax();
        f[key] = true;
        f["deviceProductRdCost"] = cost;
        return f;
    }

    [Theory]
    [InlineData(12_000_000, 1_200_000)]
    [InlineData(19_999_999.90, 1_999_999.99)]
    [InlineData(20_000_000.10, 2_000_000)]
    public void A_class_three_device_gets_ten_percent_up_to_two_million(double cost, double expected)
    {
        var result = Evaluate(new Chapter2Topic5ClassThreeDevice(), new Facts(Eligible("newClassThreeDeviceRegistration", (decimal)cost)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal((decimal)expected, result.Amount!.Ceiling);
    }

    [Theory]
    [InlineData(3_000_000, 300_000)]
    [InlineData(4_999_999.90, 499_999.99)]
    [InlineData(5_000_000.10, 500_000)]
    public void A_class_two_device_gets_ten_percent_up_to_500000_yuan(double cost, double expected) =>
        Assert.Equal((decimal)expected, Evaluate(new Chapter2Topic5ClassTwoDevice(), new Facts(Eligible("newClassTwoDeviceRegistration", (decimal)cost))).Amount!.Ceiling);

    [Fact]
    public void A_class_two_certificate_does_not_qualify_for_the_class_three_ceiling() =>
        AssertFails(Evaluate(new Chapter2Topic5ClassThreeDevice(), With(Eligible("newClassTwoDeviceRegistration", 1m), ("newClassThreeDeviceRegistration", false))), "jinshan-2-5-newClassThreeDeviceRegistration");

    [Fact]
    public void An_enterprise_without_a_sound_financial_system_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter2Topic5ClassTwoDevice(), With(Eligible("newClassTwoDeviceRegistration", 1m), ("soundFinancialManagement", false))), "jinshan-finance");

    [Fact]
    public void A_missing_rd_cost_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(new Chapter2Topic5ClassTwoDevice(), Without(Eligible("newClassTwoDeviceRegistration", 1m), "deviceProductRdCost")).Outcome);

    [Fact]
    public void The_clauses_apply_from_the_notice_date_2025_04_30() =>
        AssertPeriodEdges(new Chapter2Topic5ClassThreeDevice(), new Facts(Eligible("newClassThreeDeviceRegistration", 1_000_000m)));
}
