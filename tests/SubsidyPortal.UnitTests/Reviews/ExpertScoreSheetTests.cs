using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>One expert's sheet: every criterion scored 0..max to the hundredth with a comment; total = Σ score / max × weight.</summary>
public sealed class ExpertScoreSheetTests
{
    private static readonly ScoringRubric Standard = ScoringRubric.Standard();

    private static List<CriterionScore> Scores(decimal innovation = 80m, decimal benefit = 70m, decimal capability = 90m, decimal management = 60m) =>
    [
        new("innovation", innovation, "核心技术有自主知识产权"),
        new("benefit", benefit, "预期新增产值明确"),
        new("capability", capability, "团队与设备齐备"),
        new("management", management, "财务制度基本健全"),
    ];

    private static DomainException Refusal(IEnumerable<CriterionScore> scores, ScoringRubric? rubric = null) =>
        Assert.Throws<DomainException>(() => ExpertScoreSheet.Score(rubric ?? Standard, scores));

    [Fact]
    public void The_total_is_each_score_over_its_maximum_times_its_weight()
    {
        // 80×0.3 + 70×0.3 + 90×0.2 + 60×0.2 = 24 + 21 + 18 + 12
        Assert.Equal(75m, ExpertScoreSheet.Score(Standard, Scores()).WeightedTotal);
    }

    [Fact]
    public void Full_marks_give_100_and_zero_everywhere_gives_0()
    {
        Assert.Equal(100m, ExpertScoreSheet.Score(Standard, Scores(100m, 100m, 100m, 100m)).WeightedTotal);
        Assert.Equal(0m, ExpertScoreSheet.Score(Standard, Scores(0m, 0m, 0m, 0m)).WeightedTotal);
    }

    [Fact]
    public void Criteria_with_different_maxima_are_scaled_to_their_weight()
    {
        var rubric = new ScoringRubric([new("a", "甲", "A", 40m, 10m), new("b", "乙", "B", 60m, 20m)]);
        var sheet = ExpertScoreSheet.Score(rubric, [new("a", 7.5m, "好"), new("b", 15m, "较好")]);
        Assert.Equal(75m, sheet.WeightedTotal); // 7.5/10×40 + 15/20×60 = 30 + 45
    }

    [Fact]
    public void The_total_is_rounded_once_half_away_from_zero_to_two_decimals()
    {
        // 80.05×0.3 + 70.05×0.3 + 90×0.2 + 60×0.2 = 24.015 + 21.015 + 18 + 12 = 75.03 exactly, no rounding needed;
        // 80.01×0.3 + 70.04×0.3 + ... = 24.003 + 21.012 + 30 = 75.015 → 75.02 (half away from zero, not to even).
        Assert.Equal(75.03m, ExpertScoreSheet.Score(Standard, Scores(80.05m, 70.05m)).WeightedTotal);
        Assert.Equal(75.02m, ExpertScoreSheet.Score(Standard, Scores(80.01m, 70.04m)).WeightedTotal);
        Assert.Equal(75.01m, ExpertScoreSheet.Score(Standard, Scores(80.01m, 70.03m)).WeightedTotal); // 75.012
    }

    [Fact]
    public void A_total_exactly_on_a_midpoint_rounds_up_even_when_a_maximum_of_3_makes_the_division_non_terminating()
    {
        // 0.01/3×1 + 0.05/6×89 = 0.745 exactly; computed naively as 0.01/3×1 + 0.05/6×89 in decimal it is 0.74499…97.
        var rubric = new ScoringRubric([new("a", "甲", "A", 1m, 3m), new("b", "乙", "B", 89m, 6m), new("c", "丙", "C", 10m, 100m)]);
        var sheet = ExpertScoreSheet.Score(rubric, [new("a", 0.01m, "意见"), new("b", 0.05m, "意见"), new("c", 0m, "意见")]);
        Assert.Equal(0.75m, sheet.WeightedTotal);
    }

    [Fact]
    public void Scores_come_back_in_rubric_order_with_the_rubric_spelling_and_trimmed_comments()
    {
        var given = Scores();
        given.Reverse();
        given[0] = new CriterionScore(" MANAGEMENT ", 60m, "  财务制度基本健全  ");
        var sheet = ExpertScoreSheet.Score(Standard, given);
        Assert.Equal(["innovation", "benefit", "capability", "management"], sheet.Scores.Select(s => s.CriterionCode));
        Assert.Equal("财务制度基本健全", sheet.Scores[3].Comment);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.01)]
    [InlineData(99.99)]
    [InlineData(100)]
    public void Scores_from_zero_to_the_maximum_are_accepted(double score) =>
        Assert.NotNull(ExpertScoreSheet.Score(Standard, Scores(innovation: (decimal)score)));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    [InlineData(150)]
    public void A_score_below_zero_or_above_the_maximum_is_refused_naming_the_criterion(double score)
    {
        var error = Refusal(Scores(benefit: (decimal)score));
        Assert.Equal("review.score-out-of-range", error.Code);
        Assert.Contains("benefit (经济社会效益)", error.Message, StringComparison.Ordinal);
        Assert.Contains("100.00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_with_more_than_two_decimals_is_refused_and_two_are_accepted()
    {
        var error = Refusal(Scores(capability: 88.885m));
        Assert.Equal("review.score-precision", error.Code);
        Assert.Contains("capability (实施基础与能力)", error.Message, StringComparison.Ordinal);
        Assert.Contains("88.885", error.Message, StringComparison.Ordinal);
        Assert.NotNull(ExpertScoreSheet.Score(Standard, Scores(capability: 88.88m)));
    }

    [Fact]
    public void Trailing_zeros_beyond_two_decimals_are_not_extra_precision() =>
        Assert.Equal(75m, ExpertScoreSheet.Score(Standard, Scores(innovation: 80.000m)).WeightedTotal);

    [Fact]
    public void Every_criterion_must_be_scored()
    {
        var error = Refusal(Scores().Where(s => s.CriterionCode != "capability"));
        Assert.Equal("review.criterion-missing", error.Code);
        Assert.Contains("capability (实施基础与能力)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_for_a_criterion_outside_the_rubric_is_refused()
    {
        var error = Refusal([.. Scores(), new("novelty", 50m, "意见")]);
        Assert.Equal("review.criterion-unknown", error.Code);
        Assert.Contains("novelty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_criterion_scored_twice_is_refused_even_when_spelled_differently()
    {
        var error = Refusal([.. Scores(), new("Innovation", 50m, "意见")]);
        Assert.Equal("review.criterion-scored-twice", error.Code);
        Assert.Contains("innovation (技术创新性)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Every_score_needs_a_comment(string? comment)
    {
        var scores = Scores();
        scores[3] = scores[3] with { Comment = comment };
        var error = Refusal(scores);
        Assert.Equal("review.comment-required", error.Code);
        Assert.Contains("management (财务与管理规范)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_of_up_to_2000_characters_is_kept_and_a_longer_one_refused()
    {
        var scores = Scores();
        scores[0] = scores[0] with { Comment = new string('评', ExpertScoreSheet.CommentMaxLength) };
        Assert.NotNull(ExpertScoreSheet.Score(Standard, scores));

        scores[0] = scores[0] with { Comment = new string('评', ExpertScoreSheet.CommentMaxLength + 1) };
        var error = Refusal(scores);
        Assert.Equal("review.comment-too-long", error.Code);
        Assert.Contains("innovation (技术创新性)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_are_reported_for_the_first_criterion_in_rubric_order()
    {
        var scores = Scores(innovation: 101m);
        scores[1] = scores[1] with { Comment = "" };
        Assert.Equal("review.score-out-of-range", Refusal(scores).Code);
    }

    [Fact]
    public void The_running_total_of_a_complete_sheet_is_the_sheets_total()
    {
        foreach (var scores in new[] { Scores(), Scores(80.01m, 70.04m), Scores(100m, 100m, 100m, 100m) })
        {
            Assert.Equal(ExpertScoreSheet.Score(Standard, scores).WeightedTotal,
                ExpertScoreSheet.RunningTotal(Standard, scores.ToDictionary(s => s.CriterionCode, s => s.Score)));
        }
    }

    [Fact]
    public void The_running_total_counts_only_the_criteria_scored_so_far_and_within_bounds()
    {
        // innovation 80 → 24; benefit 150 is refused and adds nothing; capability and management not yet typed.
        var typed = new Dictionary<string, decimal> { ["innovation"] = 80m, ["benefit"] = 150m };
        Assert.Equal(24m, ExpertScoreSheet.RunningTotal(Standard, typed));
        Assert.Equal(0m, ExpertScoreSheet.RunningTotal(Standard, new Dictionary<string, decimal>()));
    }

    [Fact]
    public void One_fields_problems_are_the_sheets_own_checks()
    {
        var innovation = Standard.Criteria[0];
        Assert.Null(ExpertScoreSheet.ScoreProblem(innovation, 100m));
        Assert.Equal("review.score-out-of-range", ExpertScoreSheet.ScoreProblem(innovation, 100.01m));
        Assert.Equal("review.score-out-of-range", ExpertScoreSheet.ScoreProblem(innovation, -1m));
        Assert.Equal("review.score-precision", ExpertScoreSheet.ScoreProblem(innovation, 88.885m));
        Assert.Null(ExpertScoreSheet.CommentProblem("意见"));
        Assert.Equal("review.comment-required", ExpertScoreSheet.CommentProblem("  "));
        Assert.Equal("review.comment-too-long", ExpertScoreSheet.CommentProblem(new string('评', ExpertScoreSheet.CommentMaxLength + 1)));
    }
}
