using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Rules;

/// <summary>
/// Evaluating every clause with one enterprise's full facts answers each clause as evaluating it alone: no clause reads
/// a fact meant for another. Each provision's project facts get their own figures, so a key two provisions shared
/// would hand one of them the other's figure and change its answer.
/// </summary>
public sealed class AllClausesTogetherTests
{
    private static Dictionary<string, object> EnterpriseFacts() => FactVocabulary.All
        .Where(e => e.Definition.Entity != FactEntity.Project)
        .ToDictionary(e => e.Key, e => Value(e.Definition, 0), StringComparer.Ordinal);

    // Figures differ by provision (index), so a shared key shows; yes/no facts are "yes", years and counts 1.
    private static object Value(FactDefinition fact, int provision) => fact.Type switch
    {
        InputType.Money => 1_000_000m + (10_000m * provision),
        InputType.Boolean => true,
        InputType.Date => new DateOnly(1990, 1, 1),
        InputType.Choice => fact.Options[provision % fact.Options.Count].Code,
        _ => 1L,
    };

    private static Dictionary<string, object> ProjectFacts(Clause clause, int provision) => clause.Inputs
        .Where(i => i.Entity == FactEntity.Project)
        .ToDictionary(i => i.Key, i => Value(i, provision), StringComparer.Ordinal);

    [Fact]
    public void Every_clause_answers_the_same_with_all_facts_as_with_its_own()
    {
        var provisions = PolicyCatalog.Clauses.Select(FactVocabulary.ProvisionOf).Distinct().ToList();
        var all = EnterpriseFacts();
        foreach (var clause in PolicyCatalog.Clauses)
        {
            foreach (var (key, value) in ProjectFacts(clause, provisions.IndexOf(FactVocabulary.ProvisionOf(clause)) + 1))
            {
                all[key] = value;
            }
        }

        var together = new Facts(all);
        foreach (var clause in PolicyCatalog.Clauses)
        {
            var own = EnterpriseFacts();
            foreach (var (key, value) in ProjectFacts(clause, provisions.IndexOf(FactVocabulary.ProvisionOf(clause)) + 1))
            {
                own[key] = value;
            }

            var day = clause.Period.Start.AddDays(30);
            var alone = ClauseEvaluator.Evaluate(clause, new Facts(own.Where(kv => clause.Inputs.Any(i => i.Key == kv.Key)).ToDictionary()), day, []);
            var inCompany = ClauseEvaluator.Evaluate(clause, together, day, []);
            Assert.True(
                (alone.Outcome, alone.Amount?.FixedAmount, alone.Amount?.Ceiling) == (inCompany.Outcome, inCompany.Amount?.FixedAmount, inCompany.Amount?.Ceiling),
                $"{clause.Id}: alone {alone.Outcome} {alone.Amount?.FixedAmount ?? alone.Amount?.Ceiling}, with every fact {inCompany.Outcome} {inCompany.Amount?.FixedAmount ?? inCompany.Amount?.Ceiling}");
            Assert.Equal(alone.Conditions.Select(c => (c.Code, c.Status)), inCompany.Conditions.Select(c => (c.Code, c.Status)));
        }
    }

    [Fact]
    public void Support_received_under_volume_procurement_does_not_refuse_the_international_market_topic()
    {
        // 金科〔2025〕25 号 开拓市场 专题一 and 专题二 each cap one year's support; what 专题一 paid is not 专题二's.
        var procurement = new Chapter4Topic1VolumeBasedProcurement();
        var international = new Chapter4Topic2InternationalMarket();
        var facts = new Dictionary<string, object>(EnterpriseFacts(), StringComparer.Ordinal)
        {
            ["winningBidAmount"] = 20_000_000m,
            ["procurementAwardedThisYear"] = 1_000_000m,
            ["overseasApprovedVarietyCount"] = 1L,
            ["overseasMarketAwardedThisYear"] = 0m,
        };
        foreach (var input in procurement.Inputs.Concat(international.Inputs).Where(i => !facts.ContainsKey(i.Key)))
        {
            facts[input.Key] = Value(input, 1);
        }

        var day = new DateOnly(2025, 9, 1);
        var overseas = ClauseEvaluator.Evaluate(international, new Facts(facts), day, []);
        Assert.Equal(EvaluationOutcome.Eligible, overseas.Outcome);
        Assert.Equal(ConditionStatus.Met, Assert.Single(overseas.Conditions, c => c.Code == "jinshan-4-2-annual-limit").Status);

        // 专题一 itself is held to what it paid: 1 % of 2000 万 is 20 万, within the 200 万 left of its 300 万.
        Assert.Equal(200_000.00m, ClauseEvaluator.Evaluate(procurement, new Facts(facts), day, []).Amount?.FixedAmount);
    }
}
