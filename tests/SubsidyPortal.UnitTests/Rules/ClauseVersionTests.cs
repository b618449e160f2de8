using System.Text.Json;
using SubsidyPortal.Application.RuleVersions;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Testing;

namespace SubsidyPortal.UnitTests.Rules;

/// <summary>
/// Issue 13 point 6: a clause amended with effect from a date is a new version with its own quote and amount; the
/// version in force on a day is chosen by that date; every evaluation records its clause's version; what an amendment
/// would change for recorded facts is worked out before it takes effect.
/// </summary>
public sealed class ClauseVersionTests
{
    private static readonly Clause Renewal = PolicyCatalog.Find("changning-2024/6-high-tech-renewal")!;

    private static readonly DateOnly AmendedFrom = new(2026, 7, 1);

    private static readonly Clause Amended = new ClauseAmendment(Renewal, AmendedFrom, 150_000m);

    /// <summary>A Changning enterprise re-certified in 2025, in good standing.</summary>
    private static readonly Facts Renewed = new(new Dictionary<string, object>
    {
        ["inChangning"] = true, ["operatingNormally"] = true, ["goodCredit"] = true, ["techSme"] = false,
        ["highTechFirstCertifiedOn"] = new DateOnly(2019, 11, 28), ["highTechLatestCertifiedOn"] = new DateOnly(2025, 3, 14),
    });

    [Fact]
    public void The_published_text_is_version_1_from_the_policy_s_first_day()
    {
        Assert.Equal(1, Renewal.Version.Number);
        Assert.Equal(ChangningPolicy.Document.Period.Start, Renewal.Version.EffectiveFrom);
        Assert.Equal("v1@2024-04-03", Renewal.Version.Code);
        Assert.All(PolicyCatalog.Clauses, c => Assert.True(c.Version.Code.Length <= 20, c.Id));
    }

    [Fact]
    public void The_version_in_force_is_chosen_by_its_effective_date_on_both_sides_of_it()
    {
        IReadOnlyList<Clause> versions = [Renewal, Amended];

        Assert.Same(Renewal, ClauseVersions.InForce(versions, AmendedFrom.AddDays(-1)));
        Assert.Same(Amended, ClauseVersions.InForce(versions, AmendedFrom));
        Assert.Same(Amended, ClauseVersions.InForce([Amended, Renewal], AmendedFrom.AddDays(30)));
        Assert.Same(Renewal, ClauseVersions.InForce(versions, new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Each_evaluation_records_the_version_it_used_and_its_own_figure()
    {
        var before = ClauseEvaluator.Evaluate(Renewal, Renewed, AmendedFrom.AddDays(-1), []);
        var after = ClauseEvaluator.Evaluate(Amended, Renewed, AmendedFrom, []);

        Assert.Equal(("v1@2024-04-03", 100_000m), (before.RuleSetVersion, before.Amount!.Value));
        Assert.Equal(("v2@2026-07-01", 150_000m), (after.RuleSetVersion, after.Amount!.Value));
        // Before its first day the amendment is no rule at all, never a silent zero.
        Assert.Equal(EvaluationOutcome.NoRuleInForce, ClauseEvaluator.Evaluate(Amended, Renewed, AmendedFrom.AddDays(-1), []).Outcome);
    }

    [Fact]
    public void An_amendment_is_compared_with_what_was_recorded_from_the_facts_snapshot()
    {
        // The snapshot as submission stores it: every fact as text.
        var snapshot = JsonSerializer.Serialize(Renewed.Values.ToDictionary(p => p.Key, p => p.Value switch
        {
            bool b => b ? "true" : "false",
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            var v => v.ToString()!,
        }));

        var raised = AmendmentComparison.Compare(
            Amended, AmendmentSubject.OpenApplication, Guid.NewGuid(), "CN-2026-X", "企业", "项目", EvaluationOutcome.Eligible, 100_000m,
            AmountKind.Ceiling, AmendmentComparison.Read(snapshot), []);
        var same = AmendmentComparison.Compare(
            new ClauseAmendment(Renewal, AmendedFrom, 100_000m), AmendmentSubject.OpenApplication, Guid.NewGuid(), "CN-2026-Y", "企业", "项目",
            EvaluationOutcome.Eligible, 100_000m, AmountKind.Ceiling, AmendmentComparison.Read(snapshot), []);

        Assert.True(raised.Changes);
        Assert.Equal(EvaluationOutcome.Eligible, raised.OutcomeThen);
        Assert.Equal(150_000m, raised.AmountThen!.Value);
        Assert.False(same.Changes);
    }

    [Fact]
    public void A_recorded_snapshot_missing_a_fact_the_amendment_needs_says_so_rather_than_guessing()
    {
        var effect = AmendmentComparison.Compare(
            Amended, AmendmentSubject.UnpaidAward, Guid.NewGuid(), "AW-1", "企业", "项目", EvaluationOutcome.Eligible, 100_000m,
            AmountKind.Fixed, AmendmentComparison.Read(null), []);

        Assert.Equal(EvaluationOutcome.NeedsInput, effect.OutcomeThen);
        Assert.True(effect.Changes);
    }
}
