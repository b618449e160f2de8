using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure13TechFinance.cs: dalinghaowan-2024/13-loan-interest-subsidy, dalinghaowan-2024/13-finance-lease.</summary>
public sealed class Measure13TechFinanceTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/13-loan-interest-subsidy", "dalinghaowan-2024/13-finance-lease"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/13-loan-interest-subsidy", "dalinghaowan-2024/13-finance-lease");

    [Theory]
    [InlineData("500000.00", "250000.00")]
    [InlineData("999999.00", "499999.50")]
    [InlineData("1000000.00", "500000.00")]
    [InlineData("1000001.00", "500000.00")]
    public void Loan_interest_subsidy_is_50_percent_of_the_base_capped_at_50_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure13LoanInterestSubsidy(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Loan_interest_subsidy_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure13LoanInterestSubsidy());

    private static readonly Measure13LoanInterestSubsidy Loan = new();

    private static Facts LoanFacts(long? months, string? security, string? lender)
    {
        var values = Typical(Loan).Values.ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var (key, value) in new (string, object?)[] { ("loanTermMonths", months), ("loanSecurity", security), ("loanLender", lender) })
        {
            if (value is null)
            {
                values.Remove(key);
            }
            else
            {
                values[key] = value;
            }
        }

        return new Facts(values);
    }

    [Theory]
    [InlineData(1L, EvaluationOutcome.Eligible)]
    [InlineData(12L, EvaluationOutcome.Eligible)]
    [InlineData(13L, EvaluationOutcome.NotEligible)]
    [InlineData(36L, EvaluationOutcome.NotEligible)]
    [InlineData(0L, EvaluationOutcome.NotEligible)]
    public void Short_term_means_a_loan_of_one_year_or_less_as_the_loan_rules_define_it(long months, EvaluationOutcome expected)
    {
        // 《贷款通则》: 短期贷款 is a term of one year or less, the year included; a term of nothing is no loan.
        var result = Eval(Loan, LoanFacts(months, Measure13LoanInterestSubsidy.Credit, Measure13LoanInterestSubsidy.FinancialInstitution));
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(
            expected == EvaluationOutcome.Eligible ? ConditionStatus.Met : ConditionStatus.NotMet,
            Assert.Single(result.Conditions, c => c.Code == "dalinghaowan-13-short-term-credit-loan").Status);
    }

    [Theory]
    [InlineData(Measure13LoanInterestSubsidy.Credit, EvaluationOutcome.Eligible)]
    [InlineData(Measure13LoanInterestSubsidy.Guaranteed, EvaluationOutcome.NotEligible)]
    [InlineData(Measure13LoanInterestSubsidy.Mortgage, EvaluationOutcome.NotEligible)]
    [InlineData(Measure13LoanInterestSubsidy.Pledge, EvaluationOutcome.NotEligible)]
    public void Only_a_credit_loan_is_of_the_credit_kind(string security, EvaluationOutcome expected) =>
        Assert.Equal(expected, Eval(Loan, LoanFacts(6L, security, Measure13LoanInterestSubsidy.FinancialInstitution)).Outcome);

    [Fact]
    public void A_loan_from_a_lender_that_is_no_financial_institution_is_refused()
    {
        var result = Eval(Loan, LoanFacts(6L, Measure13LoanInterestSubsidy.Credit, Measure13LoanInterestSubsidy.OtherLender));
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code == "dalinghaowan-13-short-term-credit-loan" && c.Status == ConditionStatus.NotMet);
    }

    [Fact]
    public void The_loan_interest_subsidy_now_gets_its_answer_from_the_loans_term_security_and_lender()
    {
        // Formerly a yes/no restating the text ("获得短期信用类金融机构贷款"); now three plain facts about the loan.
        Assert.DoesNotContain(Loan.Inputs, i => i.Key == "shortTermCreditLoan");
        Assert.Equal(["loanTermMonths", "loanSecurity", "loanLender"], Assert.Single(Loan.Derived).From);
        Assert.Equal(EvaluationOutcome.Eligible, Eval(Loan, LoanFacts(12L, Measure13LoanInterestSubsidy.Credit, Measure13LoanInterestSubsidy.FinancialInstitution)).Outcome);

        // Unknown while any is missing, unless one already known rules it out (a mortgage refuses without asking the term).
        Assert.Equal(EvaluationOutcome.NeedsInput, Eval(Loan, LoanFacts(null, Measure13LoanInterestSubsidy.Credit, Measure13LoanInterestSubsidy.FinancialInstitution)).Outcome);
        Assert.Equal(EvaluationOutcome.NeedsInput, Eval(Loan, LoanFacts(12L, null, Measure13LoanInterestSubsidy.FinancialInstitution)).Outcome);
        Assert.Equal(EvaluationOutcome.NeedsInput, Eval(Loan, LoanFacts(12L, Measure13LoanInterestSubsidy.Credit, null)).Outcome);
        Assert.Equal(EvaluationOutcome.NotEligible, Eval(Loan, LoanFacts(null, Measure13LoanInterestSubsidy.Mortgage, null)).Outcome);
    }

    [Theory]
    [InlineData("5000000.00", "1000000.00")]
    [InlineData("9999999.00", "1999999.80")]
    [InlineData("10000000.00", "2000000.00")]
    [InlineData("10000001.00", "2000000.00")]
    public void Finance_lease_is_20_percent_of_the_base_capped_at_200_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure13FinanceLease(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Finance_lease_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure13FinanceLease());

    [Theory]
    [MemberData(nameof(PeriodCases))]
    public void Each_clause_applies_only_from_2024_07_11_through_2029_07_10(string id, string day, EvaluationOutcome expected) =>
        AppliesOnlyInsidePeriod(DalinghaowanCases.ById(id), day, expected);

    [Fact]
    public void Each_requirement_answered_no_makes_the_clause_not_eligible()
    {
        foreach (var id in Ids)
        {
            EachRequirementFailsAlone(DalinghaowanCases.ById(id));
        }
    }

    [Fact]
    public void Outside_the_dalinghaowan_area_no_clause_is_eligible()
    {
        foreach (var id in Ids)
        {
            var clause = DalinghaowanCases.ById(id);
            var result = Eval(clause, Typical(clause).With(DalinghaowanPolicy.LocatedKey, false));
            Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
            Assert.Contains(result.Conditions, c => c.Code == "dalinghaowan-located-in-area" && c.Status == ConditionStatus.NotMet);
        }
    }

    [Fact]
    public void Missing_facts_ask_for_input_rather_than_refuse()
    {
        foreach (var id in Ids)
        {
            EachMissingInputNeedsInput(DalinghaowanCases.ById(id));
        }
    }

}
