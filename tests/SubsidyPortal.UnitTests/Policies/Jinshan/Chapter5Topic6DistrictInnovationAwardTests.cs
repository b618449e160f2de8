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
        ["worksAndInsuredInJinshan"] = true,
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

    [Fact]
    public void A_scientist_not_insured_in_Jinshan_is_not_eligible() =>
        AssertFails(Evaluate(new Chapter5Topic6InnovationTalentAward(), With(Talent(), ("worksAndInsuredInJinshan", false))), "jinshan-5-6-insured");

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
