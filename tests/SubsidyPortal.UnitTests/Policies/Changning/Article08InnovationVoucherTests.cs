using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/8-innovation-voucher: the approved service fees, capped at 30 万元, as a ceiling.</summary>
public sealed class Article08InnovationVoucherTests
{
    private static readonly Article08InnovationVoucher Clause = new();

    private static Facts Eligible(decimal fees = 120_000m) => Facts(
        ("usedShanghaiInnovationVoucher", true),
        (Article08InnovationVoucher.FeesKey, fees));

    [Fact]
    public void Approved_service_fees_below_the_cap_are_the_ceiling()
    {
        var result = AssertEligible(Clause, Eligible(), AmountKind.Ceiling, 120_000.00m);
        Assert.Equal("第 8 条", result.Citation.Article);
        Assert.Contains(result.Amount!.Trace, s => s.Stage == AmountStage.Cap && s.Value == 120_000m);
    }

    [Theory]
    [InlineData("299999.99", "299999.99")]
    [InlineData("300000", "300000")]
    [InlineData("300000.01", "300000")]
    [InlineData("1000000", "300000")]
    public void The_ceiling_never_exceeds_300000_yuan(string fees, string ceiling) =>
        AssertEligible(Clause, Eligible(Yuan(fees)), AmountKind.Ceiling, Yuan(ceiling));

    [Theory]
    [InlineData("0.01", true)]
    [InlineData("0", false)]
    public void The_approved_fees_must_be_above_zero(string fees, bool eligible)
    {
        if (eligible)
        {
            AssertEligible(Clause, Eligible(Yuan(fees)), AmountKind.Ceiling, Yuan(fees));
        }
        else
        {
            AssertFailsOn(Clause, Eligible(Yuan(fees)), "changning-8-fees-positive");
        }
    }

    [Theory]
    [InlineData("usedShanghaiInnovationVoucher", "changning-8-used-voucher")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_condition_makes_the_enterprise_not_eligible(string key, string code) =>
        AssertFailsOn(Clause, Eligible().With(key, false), code);

    [Fact]
    public void Missing_approved_fees_ask_for_input() => AssertNeedsInput(Clause, Facts(("usedShanghaiInnovationVoucher", true)));

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void The_clause_applies_only_while_the_policy_is_in_force(string day, bool inForce) => AssertPeriod(Clause, Eligible(), day, inForce);
}
