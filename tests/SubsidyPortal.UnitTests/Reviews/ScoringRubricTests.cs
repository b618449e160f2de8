using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>评分细则: at least one criterion, unique codes, positive weights that add up to exactly 100, positive maxima.</summary>
public sealed class ScoringRubricTests
{
    private static ScoringCriterion Criterion(string code, decimal weight, decimal maxScore = 100m) =>
        new(code, "指标" + code, "Criterion " + code, weight, maxScore);

    private static string CodeOf(Action action) => Assert.Throws<DomainException>(action).Code;

    [Fact]
    public void The_standard_rubric_has_four_criteria_weighted_30_30_20_20_out_of_100()
    {
        var rubric = ScoringRubric.Standard();
        Assert.Equal(["innovation", "benefit", "capability", "management"], rubric.Criteria.Select(c => c.Code));
        Assert.Equal([30m, 30m, 20m, 20m], rubric.Criteria.Select(c => c.Weight));
        Assert.All(rubric.Criteria, c => Assert.Equal(100m, c.MaxScore));
        Assert.Equal("技术创新性", rubric.Criteria[0].NameZh);
    }

    [Fact]
    public void A_rubric_without_criteria_is_refused() =>
        Assert.Equal("review.rubric-empty", CodeOf(() => _ = new ScoringRubric([])));

    [Fact]
    public void A_single_criterion_weighted_100_is_a_rubric() =>
        Assert.Single(new ScoringRubric([Criterion("all", 100m)]).Criteria);

    [Theory]
    [InlineData("a", "a")]
    [InlineData("a", "A")]
    [InlineData("a", " a ")]
    public void Two_criteria_with_the_same_code_ignoring_case_and_spaces_are_refused(string first, string second) =>
        Assert.Equal("review.criterion-code-duplicate", CodeOf(() => _ = new ScoringRubric([Criterion(first, 50m), Criterion(second, 50m)])));

    [Fact]
    public void Distinct_codes_are_accepted() =>
        Assert.Equal(2, new ScoringRubric([Criterion("a", 50m), Criterion("b", 50m)]).Criteria.Count);

    [Theory]
    [InlineData(99.99)]
    [InlineData(100.01)]
    [InlineData(60)]
    public void Weights_that_do_not_add_up_to_exactly_100_are_refused(double second)
    {
        var error = Assert.Throws<DomainException>(() => _ = new ScoringRubric([Criterion("a", 50m), Criterion("b", 50m + ((decimal)second - 100m))]));
        Assert.Equal("review.weights-not-100", error.Code);
        Assert.Contains(((decimal)second).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fractional_weights_that_add_up_to_exactly_100_are_accepted() =>
        Assert.Equal(3, new ScoringRubric([Criterion("a", 33.33m), Criterion("b", 33.33m), Criterion("c", 33.34m)]).Criteria.Count);

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    [InlineData(-30)]
    public void A_weight_of_zero_or_less_is_refused(double weight)
    {
        var error = Assert.Throws<DomainException>(() => Criterion("innovation", (decimal)weight));
        Assert.Equal("review.weight-not-positive", error.Code);
        Assert.Contains("innovation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_smallest_positive_weight_is_accepted() =>
        Assert.Equal(0.01m, Criterion("a", 0.01m).Weight);

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    public void A_maximum_score_of_zero_or_less_is_refused(double maxScore)
    {
        var error = Assert.Throws<DomainException>(() => Criterion("benefit", 30m, (decimal)maxScore));
        Assert.Equal("review.max-score-not-positive", error.Code);
        Assert.Contains("benefit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_smallest_positive_maximum_score_is_accepted() =>
        Assert.Equal(0.01m, Criterion("a", 100m, 0.01m).MaxScore);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_criterion_needs_a_code(string? code) =>
        Assert.Equal("review.criterion-code-required", CodeOf(() => _ = new ScoringCriterion(code!, "指标", "Criterion", 100m, 100m)));

    [Fact]
    public void A_code_longer_than_the_limit_is_refused_and_one_at_the_limit_is_kept()
    {
        Assert.Equal("review.criterion-code-required", CodeOf(() => Criterion(new string('c', ScoringCriterion.CodeMaxLength + 1), 100m)));
        Assert.Equal(ScoringCriterion.CodeMaxLength, Criterion(new string('c', ScoringCriterion.CodeMaxLength), 100m).Code.Length);
    }

    [Theory]
    [InlineData("", "Criterion")]
    [InlineData("指标", " ")]
    public void A_criterion_needs_a_Chinese_and_an_English_name(string nameZh, string nameEn) =>
        Assert.Equal("review.criterion-name-required", CodeOf(() => _ = new ScoringCriterion("a", nameZh, nameEn, 100m, 100m)));

    [Fact]
    public void Criteria_are_found_by_code_ignoring_case_and_spaces()
    {
        var rubric = ScoringRubric.Standard();
        Assert.Same(rubric.Criteria[1], rubric.Find(" Benefit "));
        Assert.Null(rubric.Find("novelty"));
    }
}
