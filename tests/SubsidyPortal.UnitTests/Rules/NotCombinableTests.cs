using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Rules;

/// <summary>不可同时享受 binds from either side: a clause that names another refuses it, and the other, which names
/// nothing, is refused by the first all the same — in the evaluator, and by the one check the findings use too.</summary>
public sealed class NotCombinableTests
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    /// <summary>Two clauses of one document: <see cref="Naming"/> says it does not combine with <see cref="Silent"/>.</summary>
    private sealed class TestClause(string id, IReadOnlyList<string> notCombinableWith) : Clause
    {
        public override string Id => id;

        public override PolicyDocument Policy => ChangningPolicy.Document;

        public override string Article => "测试";

        public override string TitleZh => id;

        public override string Quote => "测试条款";

        public override string AcceptingDepartment => "区科委";

        public override IReadOnlyList<string> NotCombinableWith => notCombinableWith;

        public override AmountResult? Amount(Facts facts) => new(AmountKind.Fixed, 100_000m, [], []);
    }

    private static readonly TestClause Silent = new("test/silent", []);
    private static readonly TestClause Naming = new("test/naming", ["test/silent"]);

    private static PriorAward Held(TestClause clause) => new(clause.Id, null, 100_000m, Day.AddDays(-30), NotCombinableWith: clause.NotCombinableWith);

    [Fact]
    public void The_clause_that_names_the_other_is_refused_when_the_other_is_held()
    {
        var evaluation = ClauseEvaluator.Evaluate(Naming, Facts.Empty, Day, [Held(Silent)]);
        Assert.Equal(EvaluationOutcome.NotEligible, evaluation.Outcome);
        Assert.Equal(ConditionStatus.NotMet, Assert.Single(evaluation.Conditions, c => c.Code == NotCombinable.Code).Status);
    }

    [Fact]
    public void The_clause_that_names_nothing_is_refused_when_the_naming_one_is_held()
    {
        var evaluation = ClauseEvaluator.Evaluate(Silent, Facts.Empty, Day, [Held(Naming)]);
        Assert.Equal(EvaluationOutcome.NotEligible, evaluation.Outcome);
        var condition = Assert.Single(evaluation.Conditions, c => c.Code == NotCombinable.Code);
        Assert.Equal((ConditionStatus.NotMet, NotCombinable.TextZh), (condition.Status, condition.MessageZh));
        Assert.Contains(evaluation.PriorAwardsConsidered, p => p.ClauseId == Naming.Id);
    }

    [Fact]
    public void Unrelated_support_leaves_both_eligible()
    {
        var other = new TestClause("test/other", []);
        Assert.Equal(EvaluationOutcome.Eligible, ClauseEvaluator.Evaluate(Silent, Facts.Empty, Day, [Held(other)]).Outcome);
        Assert.Equal(EvaluationOutcome.Eligible, ClauseEvaluator.Evaluate(Naming, Facts.Empty, Day, [Held(other)]).Outcome);
    }

    [Fact]
    public void The_check_the_findings_use_answers_the_same_from_either_side()
    {
        Assert.True(NotCombinable.Between(Naming, Silent.Id, Silent.NotCombinableWith));
        Assert.True(NotCombinable.Between(Silent, Naming.Id, Naming.NotCombinableWith));
        Assert.False(NotCombinable.Between(Silent, "test/other", []));
        // An outside programme (not in the catalogue) is named from our side only.
        Assert.True(NotCombinable.Between(new TestClause("test/x", ["external/p"]), "external/p", null));
    }
}
