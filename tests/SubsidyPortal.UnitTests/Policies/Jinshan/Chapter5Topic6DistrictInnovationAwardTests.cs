using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/5-6-achievement-award (最高 20 万) and -talent-award (最高 5 万).</summary>
public sealed class Chapter5Topic6DistrictInnovationAwardTests
{
    internal static Dictionary<string, object> Achievement() => new()
    {
        ["contributingTeam"] = true,
        ["meetsOneAchievementCriterion"] = true,
        ["coreTechInventionPatent"] = true,
        ["technologyAppliedYears"] = 2L,
        ["achievementCategory"] = Chapter5Topic6InnovationAchievementAward.OtherAchievement,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    internal static Dictionary<string, object> Talent(string born = "1966-01-02") => new()
    {
        ["talentWorkDistrict"] = Chapter5Topic6InnovationTalentAward.JinshanDistrict,
        ["talentSocialInsuranceDistrict"] = Chapter5Topic6InnovationTalentAward.JinshanDistrict,
        ["birthDate"] = Day(born),
        ["selectionYear"] = 2026L,
        ["meetsOneTalentCriterion"] = true,
        ["meetsCategoryRequirement"] = true,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void The_achievement_award_is_a_ceiling_of_200000_yuan()
    {
        var result = Evaluate(new Chapter5Topic6InnovationAchievementAward(), new Facts(Achievement()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(200_000.00m, result.Amount!.Ceiling);
        Assert.Null(result.Amount.FixedAmount);
    }

    [Fact]
    public void Technology_applied_for_under_two_years_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter5Topic6InnovationAchievementAward(), With(Achievement(), ("technologyAppliedYears", 1L))), "jinshan-5-6-applied");

    [Theory]
    [InlineData(1L, EvaluationOutcome.NotEligible)]
    [InlineData(2L, EvaluationOutcome.Eligible)]
    public void A_civil_engineering_project_needs_two_years_since_acceptance(long years, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(new Chapter5Topic6InnovationAchievementAward(), With(Achievement(), ("achievementCategory", Chapter5Topic6InnovationAchievementAward.CivilEngineering), ("engineeringAcceptedYears", years))).Outcome);

    [Theory]
    [InlineData(Chapter5Topic6InnovationAchievementAward.IndustryAcademia, EvaluationOutcome.Eligible)]
    [InlineData(Chapter5Topic6InnovationAchievementAward.OtherAchievement, EvaluationOutcome.Eligible)]
    [InlineData(Chapter5Topic6InnovationAchievementAward.CivilEngineering, EvaluationOutcome.NeedsInput)]
    public void Only_a_civil_engineering_achievement_is_asked_when_its_works_were_accepted(string category, EvaluationOutcome expected)
    {
        // Formerly a yes/no "属于土木工程类项目"; now the achievement's kind, and the acceptance years only where it matters.
        var facts = Achievement();
        facts["achievementCategory"] = category;
        facts.Remove("engineeringAcceptedYears");

        Assert.Equal(expected, Evaluate(new Chapter5Topic6InnovationAchievementAward(), new Facts(facts)).Outcome);
    }

    [Fact]
    public void The_talent_award_is_a_ceiling_of_50000_yuan()
    {
        var result = Evaluate(new Chapter5Topic6InnovationTalentAward(), new Facts(Talent()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(50_000.00m, result.Amount!.Ceiling);
    }

    [Theory]
    [InlineData("1966-01-02", EvaluationOutcome.Eligible)]
    [InlineData("1966-01-01", EvaluationOutcome.NotEligible)]
    public void A_scientist_who_turns_60_on_1_january_of_the_selection_year_is_too_old(string born, EvaluationOutcome expected) =>
        Assert.Equal(expected, Evaluate(new Chapter5Topic6InnovationTalentAward(), new Facts(Talent(born))).Outcome);

    private const string InJinshan = Chapter5Topic6InnovationTalentAward.JinshanDistrict;
    private const string ElsewhereInShanghai = Chapter5Topic6InnovationTalentAward.OtherShanghaiDistrict;
    private const string OutsideShanghai = Chapter5Topic6InnovationTalentAward.OutsideShanghai;

    [Theory]
    [InlineData(InJinshan, InJinshan, EvaluationOutcome.Eligible)]
    [InlineData(InJinshan, ElsewhereInShanghai, EvaluationOutcome.NotEligible)]
    [InlineData(InJinshan, OutsideShanghai, EvaluationOutcome.NotEligible)]
    [InlineData(ElsewhereInShanghai, InJinshan, EvaluationOutcome.NotEligible)]
    [InlineData(OutsideShanghai, OutsideShanghai, EvaluationOutcome.NotEligible)]
    [InlineData(InJinshan, null, EvaluationOutcome.NeedsInput)]
    [InlineData(null, InJinshan, EvaluationOutcome.NeedsInput)]
    [InlineData(ElsewhereInShanghai, null, EvaluationOutcome.NotEligible)]
    public void A_scientist_must_both_work_and_pay_social_insurance_in_Jinshan(string? work, string? insured, EvaluationOutcome expected)
    {
        var facts = Talent();
        facts.Remove("talentWorkDistrict");
        facts.Remove("talentSocialInsuranceDistrict");
        if (work is not null)
        {
            facts["talentWorkDistrict"] = work;
        }

        if (insured is not null)
        {
            facts["talentSocialInsuranceDistrict"] = insured;
        }

        var result = Evaluate(new Chapter5Topic6InnovationTalentAward(), new Facts(facts));

        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.NotEligible)
        {
            AssertFails(result, "jinshan-5-6-insured");
        }
    }

    [Fact]
    public void The_talent_award_now_gets_its_answer_from_where_the_person_works_and_is_insured()
    {
        // Formerly a yes/no restating the text ("在金山区工作并缴纳社保"); now two districts, and the engine decides.
        var clause = new Chapter5Topic6InnovationTalentAward();
        Assert.DoesNotContain(clause.Inputs, i => i.Key == "worksAndInsuredInJinshan");
        var derived = Assert.Single(clause.Derived);
        Assert.Equal(["talentWorkDistrict", "talentSocialInsuranceDistrict"], derived.From);
        Assert.Contains(derived.Quote, PolicyText.Value, StringComparison.Ordinal);
        Assert.Equal(EvaluationOutcome.Eligible, Evaluate(clause, new Facts(Talent())).Outcome);
        AssertFails(Evaluate(clause, With(Talent(), ("talentSocialInsuranceDistrict", ElsewhereInShanghai))), "jinshan-5-6-insured");
    }

    [Fact]
    public void A_missing_birth_date_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(new Chapter5Topic6InnovationTalentAward(), Without(Talent(), "birthDate")).Outcome);

    [Fact]
    public void The_clauses_apply_from_the_notice_date_2025_04_30()
    {
        AssertPeriodEdges(new Chapter5Topic6InnovationAchievementAward(), new Facts(Achievement()));
        AssertPeriodEdges(new Chapter5Topic6InnovationTalentAward(), new Facts(Talent()));
    }
}
