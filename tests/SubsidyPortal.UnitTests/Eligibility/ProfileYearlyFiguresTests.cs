using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Eligibility;

/// <summary>
/// 上年度 / 近两年 / 近三年 figures come from the profile's yearly figures when it holds those years, and the clauses that
/// read them decide at their edges from the profile alone (金山 专题四 小巨人: 上年度主营业务收入不低于 3000 万元).
/// </summary>
public sealed class ProfileYearlyFiguresTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static Enterprise WithFigures(params (int Year, decimal Revenue, decimal Rd, int Staff, int RdStaff)[] years)
    {
        var e = Enterprise.Register("上海测试生物医药有限公司", UnifiedSocialCreditCode.Parse("91330100799655058B"), District.Jinshan, null, "张伟", "13900001111", Now);
        foreach (var (year, revenue, rd, staff, rdStaff) in years)
        {
            e.RecordAnnualFigures(year, revenue, rd, staff, rdStaff, Now);
        }

        return e;
    }

    [Fact]
    public void Last_year_two_years_and_three_years_are_read_from_the_profile()
    {
        var facts = ProfileFacts.From(WithFigures((2023, 10m, 1m, 10, 1), (2024, 20m, 2m, 20, 2), (2025, 40.5m, 4m, 40, 4)), Today, null);

        Assert.Equal(40.5m, facts[EnterpriseYearFacts.LastYearRevenue.Key]);
        Assert.Equal(4m, facts[EnterpriseYearFacts.LastYearRdSpend.Key]);
        Assert.Equal((40L, 4L), (facts[EnterpriseYearFacts.TotalStaff.Key], facts[EnterpriseYearFacts.RdStaff.Key]));
        Assert.Equal((20m, 40.5m), (facts[EnterpriseYearFacts.RevenueEarlierOfTwoYears.Key], facts[EnterpriseYearFacts.RevenueLaterOfTwoYears.Key]));
        Assert.Equal((2m, 4m), (facts[EnterpriseYearFacts.RdSpendEarlierOfTwoYears.Key], facts[EnterpriseYearFacts.RdSpendLaterOfTwoYears.Key]));
        Assert.Equal((70.5m, 7m), (facts[EnterpriseYearFacts.RevenueThreeYears.Key], facts[EnterpriseYearFacts.RdSpendThreeYears.Key]));
    }

    [Fact]
    public void A_year_missing_from_the_profile_is_asked_never_counted_as_zero()
    {
        var facts = ProfileFacts.From(WithFigures((2024, 20m, 2m, 20, 2), (2025, 40m, 4m, 40, 4)), Today, null);
        Assert.False(facts.ContainsKey(EnterpriseYearFacts.RevenueThreeYears.Key));
        Assert.True(facts.ContainsKey(EnterpriseYearFacts.RevenueEarlierOfTwoYears.Key));

        var onlyOlder = ProfileFacts.From(WithFigures((2023, 10m, 1m, 10, 1), (2024, 20m, 2m, 20, 2)), Today, null);
        Assert.False(onlyOlder.ContainsKey(EnterpriseYearFacts.LastYearRevenue.Key));
        Assert.False(onlyOlder.ContainsKey(EnterpriseYearFacts.RevenueEarlierOfTwoYears.Key));
    }

    [Theory]
    [InlineData("29999999.99", ConditionStatus.NotMet)]
    [InlineData("30000000.00", ConditionStatus.Met)]
    public void The_little_giant_revenue_floor_is_decided_from_the_profile_at_its_edge(string revenue, ConditionStatus expected)
    {
        var yuan = decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture);
        var facts = ProfileFacts.From(WithFigures((2025, yuan, 1_000_000m, 100, 20)), Today, null);
        var evaluation = ClauseEvaluator.Evaluate(new Chapter5Topic4DistrictLittleGiant(), new Facts(facts), Today, []);
        Assert.Equal(expected, Assert.Single(evaluation.Conditions, c => c.Code == "jinshan-5-4-revenue").Status);
    }

    private static Dictionary<string, object> WithFinancials(YearEndFinancials lastYear, YearEndFinancials? firstYear = null)
    {
        var e = WithFigures();
        e.RecordAnnualFigures(2023, 20_000_000m, 1_000_000m, 100, 20, Now, firstYear);
        e.RecordAnnualFigures(2024, 25_000_000m, 1_000_000m, 100, 20, Now);
        e.RecordAnnualFigures(2025, 30_000_000m, 1_500_000m, 100, 20, Now, lastYear);
        return ProfileFacts.From(e, Today, null);
    }

    private static ConditionStatus LittleGiant(Dictionary<string, object> facts, string code) =>
        Assert.Single(ClauseEvaluator.Evaluate(new Chapter5Topic4DistrictLittleGiant(), new Facts(facts), Today, []).Conditions, c => c.Code == code).Status;

    [Theory]
    [InlineData("7000000.00", ConditionStatus.Met)]
    [InlineData("7000000.01", ConditionStatus.NotMet)]
    public void The_debt_ratio_is_decided_from_the_profiles_year_end_assets_and_liabilities_at_70_percent(string liabilities, ConditionStatus expected)
    {
        var yuan = decimal.Parse(liabilities, System.Globalization.CultureInfo.InvariantCulture);
        var facts = WithFinancials(new YearEndFinancials(TotalAssets: 10_000_000m, TotalLiabilities: yuan));
        Assert.Equal(expected, LittleGiant(facts, "jinshan-5-4-debt-ratio"));
    }

    [Theory]
    [InlineData("-0.01", ConditionStatus.NotMet)]
    [InlineData("0.00", ConditionStatus.Met)]
    public void A_loss_last_year_recorded_in_the_profile_refuses_without_asking(string profit, ConditionStatus expected)
    {
        var yuan = decimal.Parse(profit, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, LittleGiant(WithFinancials(new YearEndFinancials(NetProfit: yuan)), "jinshan-5-4-profit"));
    }

    [Fact]
    public void Net_profit_growth_is_read_from_the_first_and_last_years_of_the_profile()
    {
        // Revenue grew 1.5× (met on its own); the profit figures are there for the "or" too.
        var facts = WithFinancials(new YearEndFinancials(NetProfit: 1_440_000m), new YearEndFinancials(NetProfit: 1_000_000m));
        Assert.Equal(1_440_000m, facts[EnterpriseYearFacts.LastYearNetProfit.Key]);
        Assert.Equal(1_000_000m, facts[EnterpriseYearFacts.NetProfitThreeYearsAgo.Key]);
        Assert.Equal(ConditionStatus.Met, LittleGiant(facts, "jinshan-5-4-growth"));
    }

    [Fact]
    public void Figures_a_year_does_not_report_are_asked_not_taken_as_zero()
    {
        var facts = WithFinancials(YearEndFinancials.None);
        Assert.False(facts.ContainsKey(EnterpriseYearFacts.LastYearNetProfit.Key));
        Assert.False(facts.ContainsKey(EnterpriseYearFacts.TotalAssets.Key));
        Assert.False(facts.ContainsKey(EnterpriseYearFacts.TotalLiabilities.Key));
        Assert.Equal(ConditionStatus.NeedsInput, LittleGiant(facts, "jinshan-5-4-debt-ratio"));
    }

    private static Enterprise Registered(District district, DistrictArrival? arrival, DateOnly? movedIn)
    {
        var e = WithFigures();
        e.UpdateProfile(new EnterpriseProfile(e.Name, district, district, district, null, Industry.ArtificialIntelligence, new DateOnly(2015, 3, 1),
            new DateOnly(2021, 11, 18), null, null, false, null, TechLittleGiantStatus.None, "张伟", "13900001111", arrival, movedIn), Now);
        return e;
    }

    [Fact]
    public void A_Changning_enterprise_that_moved_in_is_decided_for_the_moved_in_support_from_its_profile()
    {
        // Certified in 2021 elsewhere (still running), moved its registration into Changning in 2024: 新迁入, with no question.
        var facts = ProfileFacts.From(Registered(District.Changning, DistrictArrival.MovedIn, new DateOnly(2024, 6, 1)), Today, null);
        facts["operatingNormally"] = true;
        var result = ClauseEvaluator.Evaluate(new SubsidyPortal.Domain.Policies.Changning.Article06HighTechFirstCertification(), new Facts(facts), Today, []);
        Assert.Equal(EvaluationOutcome.Eligible, result.Outcome);

        var setUp = ProfileFacts.From(Registered(District.Changning, DistrictArrival.SetUpHere, null), Today, null);
        setUp["operatingNormally"] = true;
        Assert.Equal(EvaluationOutcome.NotEligible,
            ClauseEvaluator.Evaluate(new SubsidyPortal.Domain.Policies.Changning.Article06HighTechFirstCertification(), new Facts(setUp), Today, []).Outcome);
    }

    [Fact]
    public void Registration_history_is_left_to_ask_when_unstated_or_about_another_district()
    {
        Assert.False(ProfileFacts.From(Registered(District.Changning, null, null), Today, null).ContainsKey("changningArrival"));
        Assert.False(ProfileFacts.From(Registered(District.Jinshan, DistrictArrival.MovedIn, new DateOnly(2024, 6, 1)), Today, null).ContainsKey("changningArrival"));
    }

    private static Enterprise Biomedical(int establishedYear, params (int Year, decimal Revenue)[] years)
    {
        var e = WithFigures(years.Select(y => (y.Year, y.Revenue, 1m, 10, 1)).ToArray());
        e.UpdateProfile(new EnterpriseProfile(e.Name, District.Jinshan, District.Jinshan, District.Jinshan, null, Industry.Biomedicine,
            new DateOnly(establishedYear, 5, 1), null, null, null, false, null, TechLittleGiantStatus.None, "张伟", "13900001111"), Now);
        return e;
    }

    [Theory]
    [InlineData("99999999.99", null)]
    [InlineData("100000000.00", "500000.00")]
    public void First_crossing_1_yi_is_decided_from_the_profiles_revenue_by_year_at_its_edge(string lastYear, string? award)
    {
        // Established 2022 with every year on file (today 2026-06-01: last year 2025): the highest before it is 2024's 8,000 万.
        var facts = ProfileFacts.From(Biomedical(2022, (2022, 30_000_000m), (2023, 55_000_000m), (2024, 80_000_000m), (2025, decimal.Parse(lastYear, System.Globalization.CultureInfo.InvariantCulture))), Today, null);
        Assert.Equal(80_000_000m, facts[EnterpriseYearFacts.HighestRevenueBeforeLastYear.Key]);
        foreach (var (key, value) in new Dictionary<string, object> { ["legalEntity"] = true, ["soundFinancialManagement"] = true })
        {
            facts.TryAdd(key, value);
        }

        var result = ClauseEvaluator.Evaluate(new Chapter3RevenueMilestone100Million(), new Facts(facts), Today, []);
        Assert.Equal(award is null ? ConditionStatus.NotMet : ConditionStatus.Met, Assert.Single(result.Conditions, c => c.Code == "jinshan-3-reached").Status);
        Assert.Equal(ConditionStatus.Met, Assert.Single(result.Conditions, c => c.Code == "jinshan-3-first-time").Status);
    }

    [Fact]
    public void An_earlier_year_missing_from_the_profile_leaves_first_crossing_to_be_asked()
    {
        // 2023 is not on file: it may have been the highest.
        var facts = ProfileFacts.From(Biomedical(2022, (2022, 30_000_000m), (2024, 80_000_000m), (2025, 120_000_000m)), Today, null);
        Assert.False(facts.ContainsKey(EnterpriseYearFacts.HighestRevenueBeforeLastYear.Key));
        // An enterprise established last year had no earlier year: nothing was crossed before.
        Assert.Equal(0m, ProfileFacts.From(Biomedical(2025, (2025, 60_000_000m)), Today, null)[EnterpriseYearFacts.HighestRevenueBeforeLastYear.Key]);
        // A year reached before is not crossed "for the first time".
        var again = ProfileFacts.From(Biomedical(2023, (2023, 110_000_000m), (2024, 90_000_000m), (2025, 120_000_000m)), Today, null);
        Assert.Equal(ConditionStatus.NotMet, Assert.Single(
            ClauseEvaluator.Evaluate(new Chapter3RevenueMilestone100Million(), new Facts(again), Today, []).Conditions, c => c.Code == "jinshan-3-first-time").Status);
    }

    [Theory]
    [InlineData(Industry.Biomedicine, true)]
    [InlineData(Industry.MedicalDevices, true)]
    [InlineData(Industry.NewMaterials, null)]
    public void A_biomedical_or_medical_device_enterprise_is_in_the_biomedical_field_by_its_profile(Industry industry, bool? expected)
    {
        var e = WithFigures();
        e.UpdateProfile(new EnterpriseProfile(e.Name, District.Jinshan, District.Jinshan, District.Jinshan, null, industry, null, null, null, null, false, null,
            TechLittleGiantStatus.None, "张伟", "13900001111"), Now);
        Assert.Equal(expected, ProfileFacts.From(e, Today, null).GetValueOrDefault("biomedBusiness") as bool?);
    }
}
