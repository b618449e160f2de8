using System.Globalization;
using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Policies.Dalinghaowan;

/// <summary>Shared arrangements for the 大零号湾 clause tests: facts with every requirement met, and the checks every clause gets.</summary>
internal static class DalinghaowanTestKit
{
    public static readonly DateOnly InForce = new(2025, 6, 1);

    public static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    public static DateOnly Day(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    public static Clause Make(Type type) => (Clause)Activator.CreateInstance(type)!;

    /// <summary>Plain facts that meet a clause's derived requirements (a date, a term, a tier); none for a clause without.</summary>
    private static (string Key, object Value)[] DerivedMet(Clause clause) => clause switch
    {
        Measure11NewDoctoralGraduateAllowance =>
            [(Measure11NewDoctoralGraduateAllowance.DoctorateConferredOn.Key, Day("2024-06-30")), (Measure11NewDoctoralGraduateAllowance.RecruitedOn.Key, Day("2024-09-01"))],
        Measure13LoanInterestSubsidy =>
            [(Measure13LoanInterestSubsidy.LoanTermMonths.Key, 12L), (Measure13LoanInterestSubsidy.LoanSecurity.Key, Measure13LoanInterestSubsidy.Credit), (Measure13LoanInterestSubsidy.Lender.Key, Measure13LoanInterestSubsidy.FinancialInstitution)],
        Measure16JournalFirstQ1 => [(Measure16JournalTiers.ThisYear.Key, Measure16JournalTiers.Tier1), (Measure16JournalTiers.BestBefore.Key, Measure16JournalTiers.Tier2)],
        Measure16JournalFirstQ2 => [(Measure16JournalTiers.ThisYear.Key, Measure16JournalTiers.Tier2), (Measure16JournalTiers.BestBefore.Key, Measure16JournalTiers.Lower)],
        _ => [],
    };

    /// <summary>Every yes/no input of the clause set to yes, plain facts meeting its derived requirements, then the given figures.</summary>
    public static Facts AllMet(Clause clause, params (string Key, object Value)[] figures)
    {
        var values = clause.Inputs.Where(i => i.Type == InputType.Boolean).ToDictionary(i => i.Key, _ => (object)true);
        foreach (var (key, value) in DerivedMet(clause).Concat(figures))
        {
            values[key] = value;
        }

        return new Facts(values);
    }

    /// <summary>Typical figures that make any clause eligible: bases well under the cap, year 1, no voucher used.</summary>
    public static Facts Typical(Clause clause) => clause switch
    {
        DalinghaowanYearlyRateCappedClause y => AllMet(clause, (y.BaseKey, 1_000_000m), (y.YearKey, 1L)),
        DalinghaowanRateCappedClause r => AllMet(clause, (r.BaseKey, 1_000_000m)),
        Measure09RdVoucher => AllMet(clause, ("rdServiceFees", 100_000m), ("voucherUsedThisYear", 0m)),
        _ => AllMet(clause),
    };

    public static Evaluation Eval(Clause clause, Facts facts, DateOnly? day = null, IReadOnlyList<PriorAward>? prior = null) =>
        ClauseEvaluator.Evaluate(clause, facts, day ?? InForce, prior ?? []);

    public static AmountResult Eligible(Clause clause, Facts facts)
    {
        var result = Eval(clause, facts);
        Assert.True(result.Outcome == EvaluationOutcome.Eligible, $"{clause.Id}: {result.Outcome} {string.Join(", ", result.Conditions.Where(c => c.Status != ConditionStatus.Met).Select(c => c.Code))}");
        return result.Amount!;
    }

    /// <summary>Each yes/no requirement answered "no" on its own makes the clause not eligible, naming that condition.</summary>
    public static void EachRequirementFailsAlone(Clause clause)
    {
        var facts = Typical(clause);
        foreach (var input in clause.Inputs.Where(i => i.Type == InputType.Boolean))
        {
            var result = Eval(clause, facts.With(input.Key, false));
            Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
            var failed = Assert.Single(result.Conditions, c => c.Status == ConditionStatus.NotMet);
            Assert.StartsWith("dalinghaowan-", failed.Code, StringComparison.Ordinal);
            Assert.Null(result.Amount);
        }
    }

    /// <summary>Leaving out any one input asks for it (NeedsInput), never refuses and never shows an amount.</summary>
    public static void EachMissingInputNeedsInput(Clause clause)
    {
        var facts = Typical(clause);
        Assert.Equal(EvaluationOutcome.NeedsInput, Eval(clause, Facts.Empty).Outcome);
        foreach (var input in clause.Inputs)
        {
            var without = new Facts(facts.Values.Where(kv => kv.Key != input.Key).ToDictionary(kv => kv.Key, kv => kv.Value));
            var result = Eval(clause, without);
            Assert.True(result.Outcome == EvaluationOutcome.NeedsInput, $"{clause.Id} without {input.Key}: {result.Outcome}");
            Assert.Null(result.Amount);
        }
    }

    public static void AppliesOnlyInsidePeriod(Clause clause, string day, EvaluationOutcome expected)
    {
        var result = Eval(clause, Typical(clause), Day(day));
        Assert.Equal(expected, result.Outcome);
        if (expected == EvaluationOutcome.NoRuleInForce)
        {
            Assert.Null(result.Amount);
        }
    }

    /// <summary>A rate-capped clause: base × rate, capped, as a ceiling, with the base given.</summary>
    public static AmountResult RateCapped(Clause clause, decimal baseYuan)
    {
        var r = (DalinghaowanRateCappedClause)clause;
        var facts = clause is DalinghaowanYearlyRateCappedClause y
            ? AllMet(clause, (r.BaseKey, baseYuan), (y.YearKey, 1L))
            : AllMet(clause, (r.BaseKey, baseYuan));
        return Eligible(clause, facts);
    }

    public static void ZeroBaseIsNotEligible(Clause clause)
    {
        var r = (DalinghaowanRateCappedClause)clause;
        var result = Eval(clause, Typical(clause).With(r.BaseKey, 0m));
        Assert.Equal(EvaluationOutcome.NotEligible, result.Outcome);
        Assert.Contains(result.Conditions, c => c.Code.EndsWith("-positive-base", StringComparison.Ordinal) && c.Status == ConditionStatus.NotMet);

        // The smallest base whose amount rounds to at least one fen (half away from zero) is eligible; one fen
        // less gives 0.00, which is refused as a zero amount rather than granted.
        var smallest = Math.Ceiling(0.005m / r.Rate * 100m) / 100m;
        var least = Eval(clause, Typical(clause).With(r.BaseKey, smallest));
        Assert.Equal(EvaluationOutcome.Eligible, least.Outcome);
        Assert.Equal(0.01m, least.Amount!.Value);
        if (smallest > 0.01m)
        {
            var zero = Eval(clause, Typical(clause).With(r.BaseKey, smallest - 0.01m));
            Assert.Equal(EvaluationOutcome.NotEligible, zero.Outcome);
            Assert.Contains(zero.Conditions, c => c.Code == "amount-above-zero" && c.Status == ConditionStatus.NotMet);
        }
    }
}

internal static class DalinghaowanCases
{
    public static Clause ById(string id) => DalinghaowanClauses.All.Single(c => c.Id == id);

    /// <summary>The day before, the first day, the last day and the day after 2024-07-11 – 2029-07-10, for each clause.</summary>
    public static TheoryData<string, string, EvaluationOutcome> Period(params string[] ids)
    {
        var data = new TheoryData<string, string, EvaluationOutcome>();
        foreach (var id in ids)
        {
            data.Add(id, "2024-07-10", EvaluationOutcome.NoRuleInForce);
            data.Add(id, "2024-07-11", EvaluationOutcome.Eligible);
            data.Add(id, "2029-07-10", EvaluationOutcome.Eligible);
            data.Add(id, "2029-07-11", EvaluationOutcome.NoRuleInForce);
        }

        return data;
    }
}
