using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/6-4-innovation-voucher: 免申即享; 100 % of the city voucher subsidy, no cap.</summary>
public sealed class Chapter6Topic4InnovationVoucherTests
{
    private static readonly Chapter6Topic4InnovationVoucher Clause = new();

    [Fact]
    public void The_voucher_subsidy_is_matched_in_full_to_the_fen()
    {
        var result = Evaluate(Clause, new Facts(CityMatchingChecks.Eligible(Clause, "cityInnovationVoucherSubsidy", 12_345.67m)));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(12_345.67m, result.Amount!.FixedAmount);
        Assert.Equal(ClaimMethod.AutomaticEntitlement, Clause.Claim);
    }

    [Fact]
    public void Status_registration_grant_missing_input_and_period_are_checked() =>
        CityMatchingChecks.AssertCommonRules(Clause, "cityInnovationVoucherSubsidy", "jinshan-6-4");
}
