using System.Globalization;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Policies.Changning;

/// <summary>Shared facts and assertions for the Changning clause tests.</summary>
internal static class ChangningTest
{
    /// <summary>A day well inside the policy's period.</summary>
    public static readonly DateOnly InForce = new(2025, 6, 1);

    /// <summary>The first and last days in force, and the days either side (第 16 条).</summary>
    public static TheoryData<string, bool> PeriodBoundaries => new()
    {
        { "2024-04-02", false },
        { "2024-04-03", true },
        { "2026-12-31", true },
        { "2027-01-01", false },
    };

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static decimal Yuan(string amount) => decimal.Parse(amount, CultureInfo.InvariantCulture);

    /// <summary>Article 13 met, plus the clause's own facts.</summary>
    public static Facts Facts(params (string Key, object Value)[] values)
    {
        var dict = new Dictionary<string, object>
        {
            ["inChangning"] = true,
            ["operatingNormally"] = true,
            ["goodCredit"] = true,
        };
        foreach (var (key, value) in values)
        {
            dict[key] = value;
        }

        return new Facts(dict);
    }

    public static Evaluation Evaluate(Clause clause, Facts facts, DateOnly? on = null, params PriorAward[] prior) =>
        ClauseEvaluator.Evaluate(clause, facts, on ?? InForce, prior);

    public static Evaluation AssertEligible(Clause clause, Facts facts, AmountKind kind, decimal value, DateOnly? on = null)
    {
        var result = Evaluate(clause, facts, on);
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(kind, result.Amount!.Kind);
        Assert.Equal(value, result.Amount.Value);
        return result;
    }

    public static void AssertFailsOn(Clause clause, Facts facts, string code)
    {
        var result = Evaluate(clause, facts);
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code == code && c.Status == ConditionStatus.NotMet);
        Assert.Null(result.Amount);
    }

    public static void AssertNeedsInput(Clause clause, Facts facts)
    {
        var result = Evaluate(clause, facts);
        Assert.Equal(EvaluationOutcome.NeedsInput, result.Outcome);
        Assert.Null(result.Amount);
    }

    public static void AssertPeriod(Clause clause, Facts facts, string day, bool inForce)
    {
        var result = Evaluate(clause, facts, Day(day));
        Assert.Equal(inForce ? EvaluationOutcome.Eligible : EvaluationOutcome.NoRuleInForce, result.Outcome);
        if (!inForce)
        {
            Assert.Null(result.Amount);
        }
    }
}
