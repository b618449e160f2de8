using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>changning-2024/6-high-tech-first and -renewal: ceilings of 20 万 and 10 万, 就高不重复 between them.</summary>
public sealed class Article06HighTechEnterpriseTests
{
    private static readonly DateOnly InForce = new(2025, 6, 1);

    // Certificate dates: a first one in the period (2024-04-03 on), an older one, or an older one renewed in the period.
    private static Facts Facts(bool first = true, bool moved = false, bool renewed = false, bool credit = true) => new(new Dictionary<string, object>
    {
        ["inChangning"] = true,
        ["operatingNormally"] = true,
        ["goodCredit"] = credit,
        ["highTechFirstCertifiedOn"] = first ? new DateOnly(2024, 12, 4) : new DateOnly(2021, 11, 18),
        ["highTechLatestCertifiedOn"] = first ? new DateOnly(2024, 12, 4) : renewed ? new DateOnly(2024, 12, 4) : new DateOnly(2021, 11, 18),
        ["changningArrival"] = moved ? Article06HighTechFirstCertification.MovedIn : Article06HighTechFirstCertification.SetUpHere,
        ["movedIntoChangningOn"] = new DateOnly(2024, 6, 1),
    });

    private static Facts MovedIn(string firstOn, string latestOn, string movedOn) => new(new Dictionary<string, object>(Facts().Values)
    {
        ["highTechFirstCertifiedOn"] = Day(firstOn),
        ["highTechLatestCertifiedOn"] = Day(latestOn),
        ["changningArrival"] = Article06HighTechFirstCertification.MovedIn,
        ["movedIntoChangningOn"] = Day(movedOn),
    });

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static EvaluationOutcome FirstOrMovedIn(Facts facts) =>
        ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), facts, InForce, []).Outcome;

    [Theory]
    [InlineData("2024-04-02", EvaluationOutcome.NotEligible)]
    [InlineData("2024-04-03", EvaluationOutcome.Eligible)]
    public void Moving_in_is_new_from_the_policy_start(string movedOn, EvaluationOutcome expected) =>
        Assert.Equal(expected, FirstOrMovedIn(MovedIn("2021-11-18", "2021-11-18", movedOn)));

    [Theory]
    [InlineData("2024-04-30", EvaluationOutcome.Eligible)]
    [InlineData("2024-05-01", EvaluationOutcome.NotEligible)]
    public void An_enterprise_moved_in_is_high_tech_only_while_its_certificate_runs_three_years(string movedOn, EvaluationOutcome expected) =>
        Assert.Equal(expected, FirstOrMovedIn(MovedIn("2021-05-01", "2021-05-01", movedOn)));

    [Fact]
    public void A_certificate_renewed_after_moving_in_shows_it_was_high_tech_throughout() =>
        Assert.Equal(EvaluationOutcome.Eligible, FirstOrMovedIn(MovedIn("2018-10-01", "2024-10-01", "2024-06-01")));

    [Fact]
    public void An_enterprise_first_certified_after_moving_in_is_a_first_certification()
    {
        var result = ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), MovedIn("2024-09-01", "2024-09-01", "2024-05-01"), InForce, []);
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
    }

    [Fact]
    public void An_enterprise_that_moved_in_is_asked_the_date_and_one_set_up_here_is_not()
    {
        var asked = new Facts(new Dictionary<string, object>(Facts(first: false, moved: true).Values.Where(kv => kv.Key != "movedIntoChangningOn").ToDictionary()));
        var result = ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), asked, InForce, []);
        Assert.Equal(EvaluationOutcome.NeedsInput, result.Outcome);

        var setUp = new Facts(new Dictionary<string, object>(Facts(first: false).Values.Where(kv => kv.Key != "movedIntoChangningOn").ToDictionary()));
        Assert.Equal(EvaluationOutcome.NotEligible, FirstOrMovedIn(setUp));
    }

    [Theory]
    [InlineData("2024-04-02", "2024-04-02", false, false)]
    [InlineData("2024-04-03", "2024-04-03", true, false)]
    [InlineData("2021-04-02", "2024-04-02", false, false)]
    [InlineData("2021-04-03", "2024-04-03", false, true)]
    public void First_certification_and_renewal_come_from_the_certificate_dates_against_the_period_start(string firstOn, string latestOn, bool first, bool renewed)
    {
        var facts = new Facts(new Dictionary<string, object>(Facts().Values)
        {
            ["highTechFirstCertifiedOn"] = DateOnly.Parse(firstOn, System.Globalization.CultureInfo.InvariantCulture),
            ["highTechLatestCertifiedOn"] = DateOnly.Parse(latestOn, System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(first, ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), facts, InForce, []).Outcome == EvaluationOutcome.Eligible);
        Assert.Equal(renewed, ClauseEvaluator.Evaluate(new Article06HighTechRenewal(), facts, InForce, []).Outcome == EvaluationOutcome.Eligible);
    }

    [Fact]
    public void A_first_certified_enterprise_is_eligible_up_to_200000_yuan_decided_by_the_committee()
    {
        var result = ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), Facts(), InForce, []);
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(AmountKind.Ceiling, result.Amount!.Kind);
        Assert.Equal(200_000.00m, result.Amount.Ceiling);
        Assert.Null(result.Amount.FixedAmount);
        Assert.Equal("第 6 条", result.Citation.Article);
    }

    [Fact]
    public void A_high_tech_enterprise_newly_moved_in_is_eligible_too() =>
        Assert.Equal(EvaluationOutcome.Eligible, ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), Facts(first: false, moved: true), InForce, []).Outcome);

    [Fact]
    public void Neither_first_certified_nor_moved_in_is_not_eligible()
    {
        var result = ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), Facts(first: false), InForce, []);
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code == "changning-6-first-or-moved-in" && c.Status == ConditionStatus.NotMet);
        Assert.Null(result.Amount);
    }

    [Fact]
    public void An_enterprise_the_profile_puts_outside_Changning_is_refused_without_being_asked_the_rest_of_article_13()
    {
        var facts = new Facts(new Dictionary<string, object>(Facts().Values.Where(kv => kv.Key != "operatingNormally").ToDictionary()) { ["inChangning"] = false });
        var result = ClauseEvaluator.Evaluate(new Article06HighTechRenewal(), facts, InForce, []);
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Equal(ConditionStatus.NotMet, Assert.Single(result.Conditions, c => c.Code == "changning-13-applicability").Status);

        // Unknown while nothing known fails it.
        var unknown = new Facts(new Dictionary<string, object>(Facts().Values.Where(kv => kv.Key != "operatingNormally").ToDictionary()));
        Assert.Equal(EvaluationOutcome.NeedsInput, ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), unknown, InForce, []).Outcome);
    }

    [Fact]
    public void A_poor_credit_record_fails_article_13()
    {
        var result = ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), Facts(credit: false), InForce, []);
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code == "changning-13-applicability" && c.Status == ConditionStatus.NotMet);
    }

    [Fact]
    public void Missing_facts_ask_for_input_rather_than_refuse()
    {
        var result = ClauseEvaluator.Evaluate(new Article06HighTechRenewal(), SubsidyPortal.Domain.Rules.Facts.Empty, InForce, []);
        Assert.Equal(EvaluationOutcome.NeedsInput, result.Outcome);
    }

    [Fact]
    public void A_renewed_enterprise_is_eligible_up_to_100000_yuan()
    {
        var result = ClauseEvaluator.Evaluate(new Article06HighTechRenewal(), Facts(first: false, renewed: true), InForce, []);
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(100_000.00m, result.Amount!.Ceiling);
    }

    [Theory]
    [InlineData("2024-04-02", EvaluationOutcome.NoRuleInForce)]
    [InlineData("2024-04-03", EvaluationOutcome.Eligible)]
    [InlineData("2026-12-31", EvaluationOutcome.Eligible)]
    [InlineData("2027-01-01", EvaluationOutcome.NoRuleInForce)]
    public void The_clause_applies_only_from_2024_04_03_through_2026_12_31(string day, EvaluationOutcome expected)
    {
        var result = ClauseEvaluator.Evaluate(new Article06HighTechFirstCertification(), Facts(), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), []);
        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.NoRuleInForce)
        {
            Assert.Null(result.Amount);
        }
    }

    [Fact]
    public void A_higher_award_already_held_in_the_same_group_excludes_the_lower_one()
    {
        var prior = new PriorAward(new Article06HighTechFirstCertification().Id, ChangningPolicy.HighTechAwardGroup, 200_000m, new DateOnly(2024, 10, 1));
        var result = ClauseEvaluator.Evaluate(new Article06HighTechRenewal(), Facts(first: false, renewed: true), InForce, [prior]);
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code == "highest-only" && c.Status == ConditionStatus.NotMet);
        Assert.Contains(prior, result.PriorAwardsConsidered);
    }

    [Fact]
    public void The_same_matter_is_supported_once()
    {
        var clause = new Article06HighTechFirstCertification();
        var prior = new PriorAward(clause.Id, ChangningPolicy.HighTechAwardGroup, 150_000m, new DateOnly(2024, 10, 1));
        Assert.Equal(EvaluationOutcome.NotEligible, ClauseEvaluator.Evaluate(clause, Facts(), InForce, [prior]).Outcome);
    }
}
