using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using static SubsidyPortal.UnitTests.Policies.Jinshan.JinshanFacts;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>jinshan-2025/5-2-high-tech-first (20 万) and -renewal (5 万); not combined with 张江 high-tech support.</summary>
public sealed class Chapter5Topic2HighTechEnterpriseTests
{
    internal static Dictionary<string, object> First() => new()
    {
        ["registeredInJinshan"] = true,
        ["highTechFirstCertifiedOn"] = new DateOnly(2025, 4, 30),
        ["highTechLatestCertifiedOn"] = new DateOnly(2025, 4, 30),
        ["noZhangjiangHighTechSupport"] = true,
        ["noCityHighTechCultivationFunding"] = true,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    internal static Dictionary<string, object> Renewal() => new()
    {
        ["registeredInJinshan"] = true,
        ["highTechFirstCertifiedOn"] = new DateOnly(2022, 4, 30),
        ["highTechLatestCertifiedOn"] = new DateOnly(2025, 4, 30),
        ["noZhangjiangHighTechSupport"] = true,
        ["noSeriousDishonestyInThreeYears"] = true,
    };

    [Fact]
    public void A_first_certification_earns_a_fixed_200000_yuan()
    {
        var result = Evaluate(new Chapter5Topic2HighTechFirstCertification(), new Facts(First()));
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);
        Assert.Equal(200_000.00m, result.Amount!.FixedAmount);
    }

    [Fact]
    public void A_renewal_on_expiry_earns_a_fixed_50000_yuan() =>
        Assert.Equal(50_000.00m, Evaluate(new Chapter5Topic2HighTechRenewal(), new Facts(Renewal())).Amount!.FixedAmount);

    [Fact]
    public void An_enterprise_funded_by_the_city_cultivation_programme_gets_no_first_certification_award() =>
        AssertFails(Evaluate(new Chapter5Topic2HighTechFirstCertification(), With(First(), ("noCityHighTechCultivationFunding", false))), "jinshan-5-2-no-cultivation");

    [Fact]
    public void A_recorded_city_cultivation_award_also_excludes_the_first_certification_award()
    {
        var prior = new PriorAward(JinshanPolicy.CityHighTechCultivation, null, 100_000m, new DateOnly(2025, 5, 1));
        AssertFails(Evaluate(new Chapter5Topic2HighTechFirstCertification(), new Facts(First()), null, prior), "not-combinable");
    }

    [Fact]
    public void Zhangjiang_high_tech_support_already_received_excludes_the_renewal_award()
    {
        var prior = new PriorAward(JinshanPolicy.ZhangjiangHighTech, null, 50_000m, new DateOnly(2025, 5, 1));
        AssertFails(Evaluate(new Chapter5Topic2HighTechRenewal(), new Facts(Renewal()), null, prior), "not-combinable");
        AssertFails(Evaluate(new Chapter5Topic2HighTechRenewal(), With(Renewal(), ("noZhangjiangHighTechSupport", false))), "jinshan-5-2-no-zhangjiang");
    }

    [Fact]
    public void Not_first_certified_is_not_eligible_for_the_first_award() =>
        AssertFails(Evaluate(new Chapter5Topic2HighTechFirstCertification(), With(First(), ("highTechFirstCertifiedOn", new DateOnly(2025, 4, 29)), ("highTechLatestCertifiedOn", new DateOnly(2025, 4, 29)))), "jinshan-5-2-first");

    [Fact]
    public void A_certificate_renewed_before_the_policy_started_earns_no_renewal_award_and_is_no_first_certification()
    {
        var facts = With(Renewal(), ("highTechLatestCertifiedOn", new DateOnly(2025, 4, 29)));
        AssertFails(Evaluate(new Chapter5Topic2HighTechRenewal(), facts), "jinshan-5-2-renewed");
        AssertFails(Evaluate(new Chapter5Topic2HighTechFirstCertification(), With(First(), ("highTechFirstCertifiedOn", new DateOnly(2022, 4, 30)))), "jinshan-5-2-first");
    }

    [Fact]
    public void A_missing_certification_fact_asks_for_input() =>
        Assert.Equal(EvaluationOutcome.NeedsInput, Evaluate(new Chapter5Topic2HighTechRenewal(), Without(Renewal(), "highTechLatestCertifiedOn")).Outcome);

    [Fact]
    public void The_clauses_apply_from_the_notice_date_2025_04_30()
    {
        AssertPeriodEdges(new Chapter5Topic2HighTechFirstCertification(), new Facts(First()));
        AssertPeriodEdges(new Chapter5Topic2HighTechRenewal(), new Facts(Renewal()));
    }
}
