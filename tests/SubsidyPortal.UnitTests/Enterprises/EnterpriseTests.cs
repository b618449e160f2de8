using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.UnitTests.Enterprises;

public sealed class EnterpriseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    private static Enterprise NewEnterprise() => Enterprise.Register(
        "上海测试科技有限公司", UnifiedSocialCreditCode.Parse("91330100799655058B"), District.Changning, null, "张伟", "13900001111", Now);

    [Fact]
    public void Registering_raises_an_event_and_takes_the_registered_district_for_tax_and_settlement()
    {
        var enterprise = NewEnterprise();
        Assert.IsType<EnterpriseRegistered>(Assert.Single(enterprise.DomainEvents));
        Assert.Equal(District.Changning, enterprise.TaxDistrict);
        Assert.Equal(District.Changning, enterprise.SettlementDistrict);
    }

    [Fact]
    public void A_year_is_recorded_once_and_corrected_in_place()
    {
        var enterprise = NewEnterprise();
        enterprise.RecordAnnualFigures(2025, 1_000_000m, 50_000m, 20, 5, Now);
        enterprise.RecordAnnualFigures(2025, 1_200_000.50m, 60_000m, 22, 6, Now);
        var figures = Assert.Single(enterprise.AnnualFigures);
        Assert.Equal(1_200_000.50m, figures.OperatingRevenue);
    }

    [Theory]
    [InlineData(-0.01, 0, 1, 0, "revenue.invalid")]
    [InlineData(100.001, 0, 1, 0, "revenue.invalid")]
    [InlineData(100, -1, 1, 0, "research-expenditure.invalid")]
    [InlineData(100, 1, -1, 0, "staff-count.negative")]
    [InlineData(100, 1, 5, 6, "research-staff.exceeds-employees")]
    public void Impossible_figures_are_refused_with_a_reason(double revenue, double research, int employees, int researchStaff, string code)
    {
        var error = Assert.Throws<DomainException>(() =>
            NewEnterprise().RecordAnnualFigures(2025, (decimal)revenue, (decimal)research, employees, researchStaff, Now));
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData(100.001, null, null, "net-profit.invalid")]
    [InlineData(null, -0.01, null, "total-assets.invalid")]
    [InlineData(null, null, -1.0, "total-liabilities.invalid")]
    public void Impossible_year_end_figures_are_refused_and_nothing_of_the_year_changes(double? profit, double? assets, double? liabilities, string code)
    {
        var enterprise = NewEnterprise();
        enterprise.RecordAnnualFigures(2025, 1_000_000m, 50_000m, 20, 5, Now, new YearEndFinancials(-200_000m, 3_000_000m, 1_000_000m));
        var error = Assert.Throws<DomainException>(() => enterprise.RecordAnnualFigures(2025, 2_000_000m, 50_000m, 20, 5, Now,
            new YearEndFinancials((decimal?)profit, (decimal?)assets, (decimal?)liabilities)));
        Assert.Equal(code, error.Code);
        var kept = Assert.Single(enterprise.AnnualFigures);
        Assert.Equal((1_000_000m, -200_000m, 3_000_000m, 1_000_000m), (kept.OperatingRevenue, kept.NetProfit, kept.TotalAssets, kept.TotalLiabilities));
    }

    [Fact]
    public void A_move_into_the_district_needs_its_date_after_establishment_and_setting_up_here_keeps_none()
    {
        var enterprise = NewEnterprise();
        EnterpriseProfile Profile(DistrictArrival? arrival, DateOnly? movedIn) => new(enterprise.Name, District.Changning, District.Changning, District.Changning,
            null, Industry.Other, new DateOnly(2015, 3, 1), null, null, null, false, null, TechLittleGiantStatus.None, "张伟", "13900001111", arrival, movedIn);

        Assert.Equal("moved-in.date-required", Assert.Throws<DomainException>(() => enterprise.UpdateProfile(Profile(DistrictArrival.MovedIn, null), Now)).Code);
        Assert.Equal("moved-in.before-established",
            Assert.Throws<DomainException>(() => enterprise.UpdateProfile(Profile(DistrictArrival.MovedIn, new DateOnly(2015, 2, 28)), Now)).Code);
        Assert.Null(enterprise.Arrival);

        enterprise.UpdateProfile(Profile(DistrictArrival.MovedIn, new DateOnly(2015, 3, 1)), Now);
        Assert.Equal((DistrictArrival.MovedIn, new DateOnly(2015, 3, 1)), (enterprise.Arrival!.Value, enterprise.MovedInOn!.Value));
        enterprise.UpdateProfile(Profile(DistrictArrival.SetUpHere, new DateOnly(2020, 1, 1)), Now);
        Assert.Equal(DistrictArrival.SetUpHere, enterprise.Arrival);
        Assert.Null(enterprise.MovedInOn);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2027)]
    public void Figures_for_a_year_outside_the_reporting_range_are_refused(int year) =>
        Assert.Equal("year.out-of-range", Assert.Throws<DomainException>(() => NewEnterprise().RecordAnnualFigures(year, 1, 0, 1, 0, Now)).Code);

    [Fact]
    public void Serious_dishonesty_counts_for_exactly_three_years()
    {
        var enterprise = NewEnterprise();
        enterprise.RecordCreditEvent(new DateOnly(2023, 11, 23), CreditRecordSeverity.SeriousDishonesty, "虚假申报", "信用中国（上海）", Now);
        Assert.True(enterprise.HasSeriousDishonestyWithinYears(new DateOnly(2026, 11, 22)));
        Assert.False(enterprise.HasSeriousDishonestyWithinYears(new DateOnly(2026, 11, 23)));
        Assert.False(enterprise.HasSeriousDishonestyWithinYears(new DateOnly(2023, 11, 22)));
    }

    [Fact]
    public void A_minor_credit_entry_is_not_serious_dishonesty()
    {
        var enterprise = NewEnterprise();
        enterprise.RecordCreditEvent(new DateOnly(2026, 1, 5), CreditRecordSeverity.Minor, "逾期报送年报", "市场监管", Now);
        Assert.False(enterprise.HasSeriousDishonestyWithinYears(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void A_high_tech_certificate_is_in_force_for_three_years_from_its_latest_certification()
    {
        var enterprise = NewEnterprise();
        enterprise.UpdateProfile(Profile(new DateOnly(2019, 11, 28), new DateOnly(2022, 12, 14)), Now);
        Assert.False(enterprise.IsHighTechEnterpriseOn(new DateOnly(2022, 12, 13)));
        Assert.True(enterprise.IsHighTechEnterpriseOn(new DateOnly(2022, 12, 14)));
        Assert.True(enterprise.IsHighTechEnterpriseOn(new DateOnly(2025, 12, 13)));
        Assert.False(enterprise.IsHighTechEnterpriseOn(new DateOnly(2025, 12, 14)));
    }

    [Fact]
    public void A_renewal_before_the_first_certification_is_refused() =>
        Assert.Equal("high-tech.latest-before-first",
            Assert.Throws<DomainException>(() => NewEnterprise().UpdateProfile(Profile(new DateOnly(2022, 1, 1), new DateOnly(2021, 1, 1)), Now)).Code);

    [Fact]
    public void A_date_after_today_is_refused() =>
        Assert.Equal("date.in-future",
            Assert.Throws<DomainException>(() => NewEnterprise().UpdateProfile(Profile(new DateOnly(2026, 11, 24), null), Now)).Code);

    [Theory]
    [InlineData(0.005, 0.01)]
    [InlineData(-0.005, -0.01)]
    [InlineData(2.675, 2.68)]
    [InlineData(1.004999, 1.00)]
    public void Money_rounds_half_away_from_zero_to_the_fen(double yuan, double expected) =>
        Assert.Equal((decimal)expected, Money.RoundToFen((decimal)yuan));

    private static EnterpriseProfile Profile(DateOnly? first, DateOnly? latest) => new(
        "上海测试科技有限公司", District.Changning, District.Changning, District.Changning, null, Industry.Biomedicine,
        new DateOnly(2015, 1, 1), first, latest, "GR2022", false, null, TechLittleGiantStatus.None, "张伟", "13900001111");
}
