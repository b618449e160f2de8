using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>The transition guard's question (Allows) and the refusal with reasons (Check) are one rule.</summary>
public class ApprovedAmountAllowsTests
{
    [Theory]
    [InlineData("100000", "100000")]
    [InlineData("100000.01", "100000")]
    [InlineData("0.01", "100000")]
    [InlineData("0", "100000")]
    [InlineData("-5", "100000")]
    [InlineData("99.999", "100000")]
    [InlineData("50", "0")]
    public void Allows_agrees_with_check_for_both_kinds(string approved, string rule)
    {
        var a = decimal.Parse(approved, System.Globalization.CultureInfo.InvariantCulture);
        var r = decimal.Parse(rule, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var kind in Enum.GetValues<AmountKind>())
        {
            var checkPasses = Record.Exception(() => ApprovedAmountRule.Check(a, r, kind)) is null;
            Assert.Equal(checkPasses, ApprovedAmountRule.Allows(a, r));
        }
    }

    [Fact]
    public void Nothing_is_allowed_without_an_amount_or_a_rule_figure()
    {
        Assert.False(ApprovedAmountRule.Allows(null, 100m));
        Assert.False(ApprovedAmountRule.Allows(100m, null));
    }

    [Fact]
    public void A_check_refusal_is_a_domain_exception_with_a_code()
    {
        var refused = Assert.Throws<DomainException>(() => ApprovedAmountRule.Check(200m, 100m, AmountKind.Ceiling));
        Assert.Equal(ReviewErrorCodes.AmountAboveCeiling, refused.Code);
    }
}
