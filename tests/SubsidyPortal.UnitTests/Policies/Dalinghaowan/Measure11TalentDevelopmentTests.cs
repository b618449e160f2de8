using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Dalinghaowan.DalinghaowanTestKit;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Measure11TalentDevelopment.cs: dalinghaowan-2024/11-overseas-talent-allowance, dalinghaowan-2024/11-new-doctoral-graduate-allowance, dalinghaowan-2024/11-full-time-postdoc-allowance, dalinghaowan-2024/11-in-station-postdoc-allowance, dalinghaowan-2024/11-in-station-postdoc-completion, dalinghaowan-2024/11-talent-training.</summary>
public sealed class Measure11TalentDevelopmentTests
{
    private static readonly string[] Ids = ["dalinghaowan-2024/11-overseas-talent-allowance", "dalinghaowan-2024/11-new-doctoral-graduate-allowance", "dalinghaowan-2024/11-full-time-postdoc-allowance", "dalinghaowan-2024/11-in-station-postdoc-allowance", "dalinghaowan-2024/11-in-station-postdoc-completion", "dalinghaowan-2024/11-talent-training"];

    public static TheoryData<string, string, EvaluationOutcome> PeriodCases => DalinghaowanCases.Period("dalinghaowan-2024/11-overseas-talent-allowance", "dalinghaowan-2024/11-new-doctoral-graduate-allowance", "dalinghaowan-2024/11-full-time-postdoc-allowance", "dalinghaowan-2024/11-in-station-postdoc-allowance", "dalinghaowan-2024/11-in-station-postdoc-completion", "dalinghaowan-2024/11-talent-training");

    [Fact]
    public void An_overseas_high_level_talent_gets_50000_yuan_a_year_for_three_years()
    {
        var amount = Eligible(new Measure11OverseasTalentAllowance(), Typical(new Measure11OverseasTalentAllowance()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(150000.00m, amount.FixedAmount);
        Assert.Equal([1, 2, 3], amount.Tranches.Select(t => t.Sequence));
        Assert.All(amount.Tranches, t => Assert.Equal(50000.00m, t.Value));
        Assert.All(amount.Tranches, t => Assert.Equal(AmountKind.Fixed, t.Kind));
    }

    [Fact]
    public void A_new_doctoral_graduate_gets_30000_yuan_a_year_for_three_years()
    {
        var amount = Eligible(new Measure11NewDoctoralGraduateAllowance(), Typical(new Measure11NewDoctoralGraduateAllowance()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(90000.00m, amount.FixedAmount);
        Assert.Equal([1, 2, 3], amount.Tranches.Select(t => t.Sequence));
        Assert.All(amount.Tranches, t => Assert.Equal(30000.00m, t.Value));
        Assert.All(amount.Tranches, t => Assert.Equal(AmountKind.Fixed, t.Kind));
    }

    [Theory]
    [InlineData("2024-06-29", EvaluationOutcome.NotEligible)]
    [InlineData("2024-06-30", EvaluationOutcome.Eligible)]
    [InlineData("2026-06-30", EvaluationOutcome.Eligible)]
    [InlineData("2026-07-01", EvaluationOutcome.NotEligible)]
    public void Portal_reading_of_new_graduate_is_recruited_on_or_after_the_doctorate_and_within_two_years_of_it(string recruited, EvaluationOutcome expected)
    {
        // The text leaves 应届 undefined; the portal takes the two-year 择业期 from the degree day (inclusive).
        var clause = new Measure11NewDoctoralGraduateAllowance();
        var facts = Typical(clause)
            .With(Measure11NewDoctoralGraduateAllowance.DoctorateConferredOn.Key, Day("2024-06-30"))
            .With(Measure11NewDoctoralGraduateAllowance.RecruitedOn.Key, Day(recruited));

        var result = Eval(clause, facts);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(
            expected == EvaluationOutcome.Eligible ? ConditionStatus.Met : ConditionStatus.NotMet,
            Assert.Single(result.Conditions, c => c.Code == "dalinghaowan-11-new-doctoral-graduate").Status);
    }

    [Fact]
    public void A_doctorate_conferred_on_29_february_leaves_the_window_open_through_28_february_two_years_on()
    {
        Assert.True(Measure11NewDoctoralGraduateAllowance.IsNewGraduate(Day("2024-02-29"), Day("2026-02-28")));
        Assert.False(Measure11NewDoctoralGraduateAllowance.IsNewGraduate(Day("2024-02-29"), Day("2026-03-01")));
    }

    [Fact]
    public void The_new_doctoral_graduate_allowance_now_gets_its_answer_from_the_degree_and_recruitment_dates()
    {
        // Formerly a yes/no restating the text ("本人为应届海内外高校博士毕业生"); now two dates, and the engine decides.
        var clause = new Measure11NewDoctoralGraduateAllowance();
        Assert.DoesNotContain(clause.Inputs, i => i.Key == "isNewDoctoralGraduate");
        Assert.Contains(clause.Inputs, i => i.Key == "doctorateConferredOn" && i.Type == InputType.Date);
        Assert.Contains(clause.Inputs, i => i.Key == "doctorRecruitedOn" && i.Type == InputType.Date);
        var derived = Assert.Single(clause.Derived);
        Assert.Equal(["doctorateConferredOn", "doctorRecruitedOn"], derived.From);

        var facts = new Facts(new Dictionary<string, object>
        {
            [DalinghaowanPolicy.LocatedKey] = true,
            ["doctorateConferredOn"] = Day("2025-01-10"),
            ["doctorRecruitedOn"] = Day("2025-03-01"),
        });
        Assert.Equal(EvaluationOutcome.Eligible, Eval(clause, facts).Outcome);
        Assert.Equal(EvaluationOutcome.NotEligible, Eval(clause, facts.With("doctorateConferredOn", Day("2020-01-10"))).Outcome);
        var withoutDegree = new Facts(facts.Values.Where(kv => kv.Key != "doctorateConferredOn").ToDictionary(kv => kv.Key, kv => kv.Value));
        Assert.Equal(EvaluationOutcome.NeedsInput, Eval(clause, withoutDegree).Outcome);
    }

    [Fact]
    public void A_full_time_rd_postdoc_gets_30000_yuan_a_year_for_three_years()
    {
        var amount = Eligible(new Measure11FullTimePostdocAllowance(), Typical(new Measure11FullTimePostdocAllowance()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(90000.00m, amount.FixedAmount);
        Assert.Equal([1, 2, 3], amount.Tranches.Select(t => t.Sequence));
        Assert.All(amount.Tranches, t => Assert.Equal(30000.00m, t.Value));
        Assert.All(amount.Tranches, t => Assert.Equal(AmountKind.Fixed, t.Kind));
    }

    [Fact]
    public void An_in_station_postdoc_gets_a_one_off_15000_yuan_living_allowance()
    {
        var amount = Eligible(new Measure11InStationPostdocAllowance(), Typical(new Measure11InStationPostdocAllowance()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(15000.00m, amount.FixedAmount);
    }

    [Fact]
    public void An_in_station_postdoc_who_completes_the_project_gets_30000_yuan()
    {
        var amount = Eligible(new Measure11InStationPostdocCompletion(), Typical(new Measure11InStationPostdocCompletion()));
        Assert.Equal(AmountKind.Fixed, amount.Kind);
        Assert.Equal(30000.00m, amount.FixedAmount);
    }

    [Theory]
    [InlineData("5000000.00", "1500000.00")]
    [InlineData("9999999.00", "2999999.70")]
    [InlineData("10000000.00", "3000000.00")]
    [InlineData("10000001.00", "3000000.00")]
    public void Talent_training_is_30_percent_of_the_base_capped_at_300_wan_yuan(string baseYuan, string expected)
    {
        var amount = RateCapped(new Measure11TalentTraining(), D(baseYuan));
        Assert.Equal(AmountKind.Ceiling, amount.Kind);
        Assert.Equal(D(expected), amount.Ceiling);
    }

    [Fact]
    public void Talent_training_with_a_zero_base_is_not_eligible_and_neither_is_an_amount_rounding_to_zero() => ZeroBaseIsNotEligible(new Measure11TalentTraining());

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
