using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>Shared checks for the city-matching 专题 of chapter 6 and 7-4's carrier matching (tax and legal-person facts are set for 7-4).</summary>
internal static class CityMatchingChecks
{
    public static Dictionary<string, object> Eligible(JinshanClause clause, string statusKey, decimal city) => new()
    {
        ["registeredInJinshan"] = true,
        ["taxPaidInJinshan"] = true,
        ["independentLegalPerson"] = true,
        [statusKey] = true,
        [clause.CityGrantKey] = city,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    public static void AssertCommonRules(JinshanClause clause, string statusKey, string codePrefix)
    {
        AssertFails(Evaluate(clause, With(Eligible(clause, statusKey, 100_000m), (statusKey, false))), $"{codePrefix}-status");
        AssertFails(Evaluate(clause, With(Eligible(clause, statusKey, 100_000m), ("registeredInJinshan", false))), "jinshan-registered");
        AssertFails(Evaluate(clause, new Facts(Eligible(clause, statusKey, 0m))), $"{codePrefix}-grant");
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(clause, Without(Eligible(clause, statusKey, 100_000m), clause.CityGrantKey)).Outcome);
        AssertPeriodEdges(clause, new Facts(Eligible(clause, statusKey, 100_000m)));
    }
}
