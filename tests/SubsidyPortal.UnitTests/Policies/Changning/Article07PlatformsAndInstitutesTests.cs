using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/7-*: platforms (committee-decided amount, Fixed) and new R&amp;D institutes (≤ 250 万).</summary>
public sealed class Article07PlatformsAndInstitutesTests
{
    private static readonly Article07FunctionalPlatform Platform = new();
    private static readonly Article07NewRdInstitute Institute = new();

    private static Facts PlatformEligible(decimal decided = 600_000m) => Facts(
        ("contributedToTransferIncubationOrClustering", true),
        ("platformPerformanceEvaluated", true),
        (Platform.DecidedAmountKey, decided));

    private static Facts InstituteEligible() => Facts(
        ("newRdInstituteByKeyEnterprise", true),
        ("newRdInstituteSelectedOnPerformance", true));

    [Fact]
    public void A_contributing_platform_gets_the_amount_the_committee_decided_as_a_fixed_award()
    {
        var result = AssertEligible(Platform, PlatformEligible(), AmountKind.Fixed, 600_000.00m);
        Assert.Equal(600_000.00m, result.Amount!.FixedAmount);
        Assert.Contains("条款未规定金额", result.Amount.Trace[0].DescriptionZh, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committee_decided_amount_is_rounded_to_the_fen() =>
        AssertEligible(Platform, PlatformEligible(123_456.785m), AmountKind.Fixed, 123_456.79m);

    [Fact]
    public void A_platform_waits_for_the_committee_decided_amount()
    {
        var facts = Facts(("contributedToTransferIncubationOrClustering", true), ("platformPerformanceEvaluated", true));
        AssertNeedsInput(Platform, facts);
    }

    [Theory]
    [InlineData("contributedToTransferIncubationOrClustering", "changning-7-platform-contribution")]
    [InlineData("platformPerformanceEvaluated", "changning-7-platform-evaluated")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_platform_condition_makes_the_unit_not_eligible(string key, string code) =>
        AssertFailsOn(Platform, PlatformEligible().With(key, false), code);

    [Fact]
    public void A_selected_new_RD_institute_gets_a_ceiling_of_2500000_yuan() =>
        AssertEligible(Institute, InstituteEligible(), AmountKind.Ceiling, 2_500_000.00m);

    [Theory]
    [InlineData("newRdInstituteByKeyEnterprise", "changning-7-new-rd-institute")]
    [InlineData("newRdInstituteSelectedOnPerformance", "changning-7-selected-on-performance")]
    [InlineData("operatingNormally", "changning-13-applicability")]
    public void Each_unmet_institute_condition_makes_the_institute_not_eligible(string key, string code) =>
        AssertFailsOn(Institute, InstituteEligible().With(key, false), code);

    [Fact]
    public void Missing_institute_facts_ask_for_input() => AssertNeedsInput(Institute, Facts());

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void Both_clauses_apply_only_while_the_policy_is_in_force(string day, bool inForce)
    {
        AssertPeriod(Platform, PlatformEligible(), day, inForce);
        AssertPeriod(Institute, InstituteEligible(), day, inForce);
    }
}
