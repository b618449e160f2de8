using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Changning.ChangningTest;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/11-*: premium support with no figure — the committee's decided amount, Fixed.</summary>
public sealed class Article11TechFinanceTests
{
    private static readonly Article11LoanInsurancePremium Loan = new();
    private static readonly Article11StartupInsurancePremium Startup = new();

    private static Facts LoanEligible() => Facts(
        ("techSme", true),
        ("creditedUnderTechLoanScheme", true),
        ("loanPremiumRecognised", true),
        (Loan.DecidedAmountKey, 18_000m));

    private static Facts StartupEligible() => Facts(
        ("policyholderIsParkOrIncubator", true),
        ("insuredUnderStartupInsurance", true),
        ("startupInsuranceRecognised", true),
        (Startup.DecidedAmountKey, 25_000m));

    [Fact]
    public void A_credited_Tech_SME_gets_the_premium_support_the_committee_decided()
    {
        var result = AssertEligible(Loan, LoanEligible(), AmountKind.Fixed, 18_000.00m);
        Assert.Equal("第 11 条", result.Citation.Article);
    }

    [Fact]
    public void A_park_or_incubator_insuring_start_ups_gets_the_premium_support_the_committee_decided() =>
        AssertEligible(Startup, StartupEligible(), AmountKind.Fixed, 25_000.00m);

    [Theory]
    [InlineData("techSme", "changning-11-tech-sme")]
    [InlineData("creditedUnderTechLoanScheme", "changning-11-credited")]
    [InlineData("loanPremiumRecognised", "changning-11-loan-recognised")]
    [InlineData("goodCredit", "changning-13-applicability")]
    public void Each_unmet_loan_condition_makes_the_enterprise_not_eligible(string key, string code) =>
        AssertFailsOn(Loan, LoanEligible().With(key, false), code);

    [Theory]
    [InlineData("policyholderIsParkOrIncubator", "changning-11-park-or-incubator")]
    [InlineData("insuredUnderStartupInsurance", "changning-11-startup-insurance")]
    [InlineData("startupInsuranceRecognised", "changning-11-startup-recognised")]
    [InlineData("operatingNormally", "changning-13-applicability")]
    public void Each_unmet_start_up_insurance_condition_makes_the_policyholder_not_eligible(string key, string code) =>
        AssertFailsOn(Startup, StartupEligible().With(key, false), code);

    [Fact]
    public void Both_wait_for_the_committee_decided_amount()
    {
        AssertNeedsInput(Loan, Facts(("techSme", true), ("creditedUnderTechLoanScheme", true), ("loanPremiumRecognised", true)));
        AssertNeedsInput(Startup, Facts(("policyholderIsParkOrIncubator", true), ("insuredUnderStartupInsurance", true), ("startupInsuranceRecognised", true)));
    }

    [Theory]
    [MemberData(nameof(ChangningTest.PeriodBoundaries), MemberType = typeof(ChangningTest))]
    public void Both_clauses_apply_only_while_the_policy_is_in_force(string day, bool inForce)
    {
        AssertPeriod(Loan, LoanEligible(), day, inForce);
        AssertPeriod(Startup, StartupEligible(), day, inForce);
    }
}
