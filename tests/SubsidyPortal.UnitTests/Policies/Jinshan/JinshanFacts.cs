using System.Globalization;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>Facts builders and an evaluation shortcut shared by the Jinshan clause tests.</summary>
internal static class JinshanFacts
{
    /// <summary>A day inside the (provisional) period of 金科〔2025〕25 号.</summary>
    public static readonly DateOnly InForce = new(2025, 9, 1);

    public static readonly DateOnly FirstDay = new(2025, 4, 30);

    public static readonly DateOnly DayBefore = new(2025, 4, 29);

    /// <summary>Every shared condition (注册, 纳税, 结算, 法人, 财务, 生物医药, 信用) met.</summary>
    public static Dictionary<string, object> Shared() => new()
    {
        ["registeredInJinshan"] = true,
        ["taxPaidInJinshan"] = true,
        ["settlementInJinshan"] = true,
        ["independentLegalPerson"] = true,
        ["soundFinancialManagement"] = true,
        ["biomedBusiness"] = true,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    /// <summary>Chapter 2 (生物医药产业创新发展) names no tax requirement: its shared facts leave tax out.</summary>
    public static Dictionary<string, object> SharedWithoutTax()
    {
        var f = Shared();
        f.Remove("taxPaidInJinshan");
        return f;
    }

    public static Facts With(Dictionary<string, object> values, params (string Key, object Value)[] changes)
    {
        var copy = new Dictionary<string, object>(values);
        foreach (var (key, value) in changes)
        {
            copy[key] = value;
        }

        return new Facts(copy);
    }

    public static Facts Without(Dictionary<string, object> values, string key)
    {
        var copy = new Dictionary<string, object>(values);
        copy.Remove(key);
        return new Facts(copy);
    }

    public static Evaluation Evaluate(Clause clause, Facts facts, DateOnly? day = null, params PriorAward[] prior) =>
        ClauseEvaluator.Evaluate(clause, facts, day ?? InForce, prior);

    /// <summary>
    /// The policy text with line breaks removed: found by walking up from the test binaries to the folder holding
    /// SubsidyPortal.sln, then ../shared/policies/.
    /// </summary>
    public static readonly Lazy<string> PolicyText = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SubsidyPortal.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var path = Path.Combine(dir.FullName, "..", "shared", "policies", "jinshan-2025-implementation-rules.txt");
        return File.ReadAllText(path).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
    });

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    public static void AssertFails(Evaluation result, string code)
    {
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code == code && c.Status == ConditionStatus.NotMet);
        Assert.Null(result.Amount);
    }

    public static void AssertPeriodEdges(Clause clause, Facts eligibleFacts)
    {
        Assert.Equal(EvaluationOutcome.NoRuleInForce, Evaluate(clause, eligibleFacts, DayBefore).Outcome);
        Assert.Null(Evaluate(clause, eligibleFacts, DayBefore).Amount);
        Assert.Equal(EvaluationOutcome.Eligible, Evaluate(clause, eligibleFacts, FirstDay).Outcome);
    }
}
