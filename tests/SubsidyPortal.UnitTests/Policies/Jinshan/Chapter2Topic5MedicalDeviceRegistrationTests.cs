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
        f["medicalDeviceClass"] = key == "newClassThreeDeviceRegistration" ? Chapter2Topic5MedicalDevice.ClassThree : Chapter2Topic5MedicalDevice.ClassTwo;
        f["medicalDeviceRegisteredOn"] = new DateOnly(2025, 4, 30);
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
        AssertFails(Evaluate(new Chapter2Topic5ClassThreeDevice(), new Facts(Eligible("newClassTwoDeviceRegistration", 1m))), "jinshan-2-5-newClassThreeDeviceRegistration");

    [Fact]
    public void An_enterprise_without_a_sound_financial_system_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter2Topic5ClassTwoDevice(), With(Eligible("newClassTwoDeviceRegistration", 1m), ("soundFinancialManagement", false))), "jinshan-finance");

    [Fact]
    public void A_missing_rd_cost_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(new Chapter2Topic5ClassTwoDevice(), Without(Eligible("newClassTwoDeviceRegistration", 1m), "deviceProductRdCost")).Outcome);

    [Fact]
    public void The_clauses_apply_from_the_notice_date_2025_04_30() =>
        AssertPeriodEdges(new Chapter2Topic5ClassThreeDevice(), new Facts(Eligible("newClassThreeDeviceRegistration", 1_000_000m)));

    [Theory]
    [InlineData(Chapter2Topic5MedicalDevice.ClassOne, false, false)]
    [InlineData(Chapter2Topic5MedicalDevice.ClassTwo, false, true)]
    [InlineData(Chapter2Topic5MedicalDevice.ClassThree, true, false)]
    public void The_devices_class_decides_which_ceiling_applies(string deviceClass, bool classThree, bool classTwo)
    {
        var facts = With(Eligible("newClassThreeDeviceRegistration", 1_000_000m), ("medicalDeviceClass", deviceClass));
        Assert.Equal(classThree, Evaluate(new Chapter2Topic5ClassThreeDevice(), facts).Outcome == EvaluationOutcome.Eligible);
        Assert.Equal(classTwo, Evaluate(new Chapter2Topic5ClassTwoDevice(), facts).Outcome == EvaluationOutcome.Eligible);
    }

    [Theory]
    [InlineData(2025, 4, 29, EvaluationOutcome.NotEligible)]
    [InlineData(2025, 4, 30, EvaluationOutcome.Eligible)]
    public void A_certificate_counts_as_new_from_the_policy_start(int year, int month, int day, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(
            new Chapter2Topic5ClassTwoDevice(),
            With(Eligible("newClassTwoDeviceRegistration", 1_000_000m), ("medicalDeviceRegisteredOn", new DateOnly(year, month, day))),
            new DateOnly(2025, 9, 1)).Outcome);
}
