using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure16InternationalCooperation.cs: dalinghaowan-2024/16-international-organisation-startup, dalinghaowan-2024/16-international-organisation-operation, dalinghaowan-2024/16-journal-startup, dalinghaowan-2024/16-journal-operation, dalinghaowan-2024/16-journal-first-q1, dalinghaowan-2024/16-journal-first-q2.</summary>
public sealed class Measure16InternationalCooperationTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/16-international-organisation-startup", "dalinghaowan-2024/16-international-organisation-operation", "dalinghaowan-2024/16-journal-startup", "dalinghaowan-2024/16-journal-operation", "dalinghaowan-2024/16-journal-first-q1", "dalinghaowan-2024/16-journal-first-q2"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/16-international-organisation-startup", "dalinghaowan-2024/16-international-organisation-operation", "dalinghaowan-2024/16-journal-startup", "dalinghaowan-2024/16-journal-operation", "dalinghaowan-2024/16-journal-first-q1", "dalinghaowan-2024/16-journal-first-q2");

    [Fact]
    public void An_international_organisation_settling_here_is_eligible_for_startup_funds_up_to_5_million_yuan()
    {
        var amount = Eligible(new Measure16InternationalOrganisationStartup(), Typical(new Measure16InternationalOrganisationStartup()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(5000000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Theory]
    [InlineData("3333333.33", "1000000.00")]
    [InlineData("6666665.67", "1999999.70")]
    [InlineData("6666666.67", "2000000.00")]
    [InlineData("6666667.67", "2000000.00")]
    public void International_organisation_operation_is_30_percent_of_the_base_capped_at_200_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure16InternationalOrganisationOperation(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void International_organisation_operation_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure16InternationalOrganisationOperation());

    [Theory]
    [InlineData(0L, EvaluationOutcome.NotEligible)]
    [InlineData(1L, EvaluationOutcome.Eligible)]
    [InlineData(3L, EvaluationOutcome.Eligible)]
    [InlineData(4L, EvaluationOutcome.NotEligible)]
    public void International_organisation_operation_is_paid_only_in_years_one_to_three(long year, EvaluationOutcome expected)
    {
        var clause = new Measure16InternationalOrganisationOperation();
        var result = Eval(clause, Typical(clause).With(clause.YearKey, year));
        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.Eligible)
        {
            var tranche = Assert.Single(result.Amount!.Tranches);
            Assert.Equal((int)year, tranche.Sequence);
            Assert.Equal(300_000.00m, tranche.Value);
        }
    }

    [Fact]
    public void A_journal_operating_on_site_is_eligible_for_startup_funds_up_to_5_million_yuan()
    {
        var amount = Eligible(new Measure16JournalStartup(), Typical(new Measure16JournalStartup()));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(5000000.00m, amount.Ceiling);
        Assert.Null(amount.FixedAmount);
    }

    [Theory]
    [InlineData("3333333.33", "1000000.00")]
    [InlineData("6666665.67", "1999999.70")]
    [InlineData("6666666.67", "2000000.00")]
    [InlineData("6666667.67", "2000000.00")]
    public void Journal_operation_is_30_percent_of_the_base_capped_at_200_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure16JournalOperation(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Journal_operation_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure16JournalOperation());

    [Theory]
    [InlineData(0L, EvaluationOutcome.NotEligible)]
    [InlineData(1L, EvaluationOutcome.Eligible)]
    [InlineData(3L, EvaluationOutcome.Eligible)]
    [InlineData(4L, EvaluationOutcome.NotEligible)]
    public void Journal_operation_is_paid_only_in_years_one_to_three(long year, EvaluationOutcome expected)
    {
        var clause = new Measure16JournalOperation();
        var result = Eval(clause, Typical(clause).With(clause.YearKey, year));
        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.Eligible)
        {
            var tranche = Assert.Single(result.Amount!.Tranches);
            Assert.Equal((int)year, tranche.Sequence);
            Assert.Equal(300_000.00m, tranche.Value);
        }
    }

    [Fact]
    public void A_journal_first_entering_q1_or_t1_gets_exactly_3_million_yuan()
    {
        var amount = Eligible(new Measure16JournalFirstQ1(), Typical(new Measure16JournalFirstQ1()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(3000000.00m, amount.FixedAmount);
    }

    [Fact]
    public void A_journal_first_entering_q2_or_t2_gets_exactly_1500000_yuan()
    {
        var amount = Eligible(new Measure16JournalFirstQ2(), Typical(new Measure16JournalFirstQ2()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(1500000.00m, amount.FixedAmount);
    }

    private const string Q1 = Measure16JournalTiers.Tier1;
    private const string Q2 = Measure16JournalTiers.Tier2;
    private const string Lower = Measure16JournalTiers.Lower;

    private static Evaluation Journal(Clause clause, string? now, string? before)
    {
        var values = Typical(clause).Values.Where(kv => kv.Key is not "journalTierThisYear" and not "journalBestTierBefore").ToDictionary(kv => kv.Key, kv => kv.Value);
        if (now is not null)
        {
            values["journalTierThisYear"] = now;
        }

        if (before is not null)
        {
            values["journalBestTierBefore"] = before;
        }

        return Eval(clause, new Facts(values));
    }

    [Theory]
    [InlineData(Q1, Lower, EvaluationOutcome.Eligible)]
    [InlineData(Q1, Q2, EvaluationOutcome.Eligible)]
    [InlineData(Q1, Q1, EvaluationOutcome.NotEligible)]
    [InlineData(Q2, Lower, EvaluationOutcome.NotEligible)]
    [InlineData(Lower, Lower, EvaluationOutcome.NotEligible)]
    [InlineData(Q1, null, EvaluationOutcome.NeedsInput)]
    [InlineData(Q2, null, EvaluationOutcome.NotEligible)]
    public void First_into_q1_or_t1_is_q1_or_t1_now_and_never_before(string now, string? before, EvaluationOutcome expected)
    {
        var result = Journal(new Measure16JournalFirstQ1(), now, before);
        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.Eligible)
        {
            Assert.Equal(3_000_000.00m, result.Amount!.FixedAmount);
        }
        else if (expected == EvaluationOutcome.NotEligible)
        {
            Assert.Contains(result.Conditions, c => c.Code == "dalinghaowan-16-journal-first-q1" && c.Status == ConditionStatus.NotMet);
        }
    }

    [Theory]
    [InlineData(Q2, Lower, EvaluationOutcome.Eligible)]
    [InlineData(Q2, Q2, EvaluationOutcome.NotEligible)]
    [InlineData(Q2, Q1, EvaluationOutcome.NotEligible)]
    [InlineData(Q1, Lower, EvaluationOutcome.NotEligible)]
    [InlineData(Lower, Lower, EvaluationOutcome.NotEligible)]
    [InlineData(Q2, null, EvaluationOutcome.NeedsInput)]
    [InlineData(Q1, null, EvaluationOutcome.NotEligible)]
    public void Portal_reading_first_into_q2_or_t2_is_q2_or_t2_now_and_never_as_high_before_so_falling_back_from_q1_is_not_first(string now, string? before, EvaluationOutcome expected)
    {
        // A journal leaping from below Q2 straight to Q1 takes the Q1 award alone; one falling back from Q1 is not new to Q2.
        var result = Journal(new Measure16JournalFirstQ2(), now, before);
        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.Eligible)
        {
            Assert.Equal(1_500_000.00m, result.Amount!.FixedAmount);
        }
        else if (expected == EvaluationOutcome.NotEligible)
        {
            Assert.Contains(result.Conditions, c => c.Code == "dalinghaowan-16-journal-first-q2" && c.Status == ConditionStatus.NotMet);
        }
    }

    [Fact]
    public void The_journal_awards_now_get_their_answers_from_one_pair_of_tier_facts()
    {
        // Formerly two yes/no restating the text ("首次进入 SCI Q1 区…", "…Q2 区…"); now this year's tier and the best before.
        var q1 = new Measure16JournalFirstQ1();
        var q2 = new Measure16JournalFirstQ2();
        Assert.DoesNotContain(q1.Inputs, i => i.Key == "journalFirstQ1OrT1");
        Assert.DoesNotContain(q2.Inputs, i => i.Key == "journalFirstQ2OrT2");
        Assert.Same(Measure16JournalTiers.ThisYear, Assert.Single(q1.Inputs, i => i.Key == "journalTierThisYear"));
        Assert.Same(Measure16JournalTiers.ThisYear, Assert.Single(q2.Inputs, i => i.Key == "journalTierThisYear"));
        Assert.Same(Measure16JournalTiers.BestBefore, Assert.Single(q2.Inputs, i => i.Key == "journalBestTierBefore"));

        // A journal new to Q2 this year, after years below: the Q2 award, not the Q1 one.
        Assert.Equal(EvaluationOutcome.Eligible, Journal(q2, Q2, Lower).Outcome);
        Assert.Equal(EvaluationOutcome.NotEligible, Journal(q1, Q2, Lower).Outcome);

        // Rising from Q2 to Q1 the next year: the Q1 award, and no second Q2 award.
        Assert.Equal(EvaluationOutcome.Eligible, Journal(q1, Q1, Q2).Outcome);
        Assert.Equal(EvaluationOutcome.NotEligible, Journal(q2, Q1, Q2).Outcome);
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

}
