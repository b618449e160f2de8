using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure09EnterpriseRd.cs: dalinghaowan-2024/09-open-innovation-centre, dalinghaowan-2024/09-innovation-consortium, dalinghaowan-2024/09-international-standard, dalinghaowan-2024/09-national-standard, dalinghaowan-2024/09-rd-voucher-tech-sme, dalinghaowan-2024/09-rd-voucher-team, dalinghaowan-2024/09-national-competition-prize, dalinghaowan-2024/09-international-competition-prize.</summary>
public sealed class Measure09EnterpriseRdTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/09-open-innovation-centre", "dalinghaowan-2024/09-innovation-consortium", "dalinghaowan-2024/09-international-standard", "dalinghaowan-2024/09-national-standard", "dalinghaowan-2024/09-rd-voucher-tech-sme", "dalinghaowan-2024/09-rd-voucher-team", "dalinghaowan-2024/09-national-competition-prize", "dalinghaowan-2024/09-international-competition-prize"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/09-open-innovation-centre", "dalinghaowan-2024/09-innovation-consortium", "dalinghaowan-2024/09-international-standard", "dalinghaowan-2024/09-national-standard", "dalinghaowan-2024/09-rd-voucher-tech-sme", "dalinghaowan-2024/09-rd-voucher-team", "dalinghaowan-2024/09-national-competition-prize", "dalinghaowan-2024/09-international-competition-prize");

    [Theory]
    [InlineData("50000000.00", "15000000.00")]
    [InlineData("99999999.00", "29999999.70")]
    [InlineData("100000000.00", "30000000.00")]
    [InlineData("100000001.00", "30000000.00")]
    public void Open_innovation_centre_is_30_percent_of_the_base_capped_at_3000_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure09OpenInnovationCentre(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Open_innovation_centre_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure09OpenInnovationCentre());

    [Theory]
    [InlineData("50000000.00", "15000000.00")]
    [InlineData("99999999.00", "29999999.70")]
    [InlineData("100000000.00", "30000000.00")]
    [InlineData("100000001.00", "30000000.00")]
    public void Innovation_consortium_is_30_percent_of_the_base_capped_at_3000_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure09InnovationConsortium(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Innovation_consortium_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure09InnovationConsortium());

    [Fact]
    public void The_first_drafter_of_an_international_standard_is_eligible_up_to_1_million_yuan()
    {
        var amount = Eligible(new Measure09InternationalStandard(), Typical(new Measure09InternationalStandard()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(1000000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Fact]
    public void The_first_drafter_of_a_national_standard_is_eligible_up_to_500000_yuan()
    {
        var amount = Eligible(new Measure09NationalStandard(), Typical(new Measure09NationalStandard()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(500000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Fact]
    public void A_national_contest_prize_is_eligible_up_to_1_million_yuan()
    {
        var amount = Eligible(new Measure09NationalCompetitionPrize(), Typical(new Measure09NationalCompetitionPrize()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(1000000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Fact]
    public void An_international_contest_prize_is_eligible_up_to_500000_yuan()
    {
        var amount = Eligible(new Measure09InternationalCompetitionPrize(), Typical(new Measure09InternationalCompetitionPrize()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(500000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

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

    [Theory]
    [InlineData("200000", "0", "100000.00")]
    [InlineData("599998", "0", "299999.00")]
    [InlineData("600000", "0", "300000.00")]
    [InlineData("600002", "0", "300000.00")]
    [InlineData("200000", "250000", "50000.00")]
    [InlineData("200000", "299999", "1.00")]
    public void A_tech_sme_voucher_covers_half_the_service_fees_within_300000_yuan_a_year(string fees, string used, string expected)
    {
        var clause = new Measure09RdVoucherTechSme();
        var amount = Eligible(clause, AllMet(clause, ("rdServiceFees", D(fees)), ("voucherUsedThisYear", D(used))));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(D(expected), amount.FixedAmount);
    }

    [Theory]
    [InlineData("199998", "0", "99999.00")]
    [InlineData("200000", "0", "100000.00")]
    [InlineData("200002", "0", "100000.00")]
    [InlineData("50000", "90000", "10000.00")]
    public void A_team_voucher_covers_half_the_service_fees_within_100000_yuan_a_year(string fees, string used, string expected)
    {
        var clause = new Measure09RdVoucherTeam();
        var amount = Eligible(clause, AllMet(clause, ("rdServiceFees", D(fees)), ("voucherUsedThisYear", D(used))));
        Assert.Equal(D(expected), amount.FixedAmount);
    }

    [Theory]
    [InlineData(typeof(Measure09RdVoucherTechSme), "300000")]
    [InlineData(typeof(Measure09RdVoucherTeam), "100000")]
    public void A_used_up_yearly_voucher_quota_is_not_eligible(Type type, string used)
    {
        var clause = Make(type);
        var result = Eval(clause, Typical(clause).With("voucherUsedThisYear", D(used)));
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code.EndsWith("-quota-left", StringComparison.Ordinal) && c.Status == ConditionStatus.NotMet);
    }

    [Fact]
    public void Zero_service_fees_are_not_eligible()
    {
        var clause = new Measure09RdVoucherTechSme();
        Assert.Equal(EvaluationOutcome.NotEligible, Eval(clause, Typical(clause).With("rdServiceFees", 0m)).Outcome);
    }

}
