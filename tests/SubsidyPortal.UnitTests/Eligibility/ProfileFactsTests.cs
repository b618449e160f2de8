using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Eligibility;

/// <summary>What the checker takes from the profile instead of asking: each mapping tied to the text it serves.</summary>
public sealed class ProfileFactsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static Enterprise Registered(District district) => Enterprise.Register(
        "上海测试科技有限公司", UnifiedSocialCreditCode.Parse("91330100799655058B"), district, null, "张伟", "13900001111", Now);

    private static void Profile(Enterprise e, District registered, District tax, District settlement, DateOnly? first = null, DateOnly? latest = null) =>
        e.UpdateProfile(new EnterpriseProfile(e.Name, registered, tax, settlement, null, Industry.Other, null, first, latest, null, false, null,
            TechLittleGiantStatus.None, "张伟", "13900001111"), Now);

    [Theory]
    [InlineData("perhaps")]
    [InlineData("1")]
    [InlineData("是")]
    public void A_yes_or_no_answer_that_is_neither_is_refused_saying_what_it_must_be(string text)
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        try
        {
            var question = new SubsidyPortal.Domain.Rules.FactDefinition("operatingNormally", SubsidyPortal.Domain.Rules.InputType.Boolean, string.Empty, "生产经营正常", "Operating normally");

            Assert.False(ProfileFacts.TryParse(question, text, out var value, out var error));
            Assert.Null(value);
            Assert.Contains("“是”或“否”", error, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData(InputType.Money, "999999999999.99", true)]
    [InlineData(InputType.Money, "1000000000000", false)]
    [InlineData(InputType.Count, "1000000000", true)]
    [InlineData(InputType.Count, "1000000001", false)]
    [InlineData(InputType.Date, "1900-01-01", true)]
    [InlineData(InputType.Date, "2199-12-31", true)]
    [InlineData(InputType.Date, "2200-01-01", false)]
    public void Answers_are_taken_up_to_the_bounds_every_clause_computes_with_and_no_further(InputType type, string text, bool taken)
    {
        // The same bounds as the evaluation API's: a figure or date beyond them is refused when typed, not stored.
        var input = new FactDefinition("x", type, string.Empty, "测试", "Test");

        var read = ProfileFacts.TryParse(input, text, out var value, out var error);

        Assert.Equal(taken, read);
        Assert.Equal(taken, value is not null);
        Assert.Equal(taken, error is null);
    }

    [Fact]
    public void Operating_in_Changning_counts_for_article_13_even_when_registered_elsewhere()
    {
        // 长宁 第 13 条: "在长宁区依法设立或在长宁区依法开展生产经营活动".
        var e = Registered(District.Jinshan);
        Profile(e, District.Jinshan, District.Changning, District.Jinshan);
        Assert.Equal(true, ProfileFacts.From(e, Today, null)["inChangning"]);

        Profile(e, District.Jinshan, District.Jinshan, District.Jinshan);
        Assert.Equal(false, ProfileFacts.From(e, Today, null)["inChangning"]);
    }

    [Fact]
    public void Jinshan_registration_tax_and_settlement_are_read_separately()
    {
        // 金科〔2025〕25 号: 在金山区依法登记注册、纳税、销售结算在本区 are separate conditions.
        var e = Registered(District.Jinshan);
        Profile(e, District.Jinshan, District.Jinshan, District.Pudong);
        var facts = ProfileFacts.From(e, Today, null);
        Assert.Equal(true, facts["registeredInJinshan"]);
        Assert.Equal(true, facts["taxPaidInJinshan"]);
        Assert.Equal(false, facts["settlementInJinshan"]);
    }

    [Fact]
    public void Serious_dishonesty_within_three_years_fails_both_credit_reviews()
    {
        var e = Registered(District.Changning);
        Assert.Equal(true, ProfileFacts.From(e, Today, null)["goodCredit"]);
        e.RecordCreditEvent(new DateOnly(2024, 3, 1), CreditRecordSeverity.SeriousDishonesty, "虚假申报", "信用中国（上海）", Now);
        var facts = ProfileFacts.From(e, Today, null);
        Assert.Equal(false, facts["goodCredit"]);
        Assert.Equal(false, facts["noSeriousDishonestyInThreeYears"]);
    }

    [Fact]
    public void A_later_certification_date_means_renewed_and_no_dates_means_the_applicant_is_asked()
    {
        var e = Registered(District.Changning);
        Assert.False(ProfileFacts.From(e, Today, null).ContainsKey("highTechFirstCertifiedOn"));

        Profile(e, District.Changning, District.Changning, District.Changning, new DateOnly(2019, 11, 28), new DateOnly(2022, 12, 14));
        var renewed = ProfileFacts.From(e, Today, null);
        Assert.Equal((new DateOnly(2019, 11, 28), new DateOnly(2022, 12, 14)), (renewed["highTechFirstCertifiedOn"], renewed["highTechLatestCertifiedOn"]));

        // Never renewed: the latest certificate is the first.
        Profile(e, District.Changning, District.Changning, District.Changning, new DateOnly(2025, 11, 28), null);
        Assert.Equal(new DateOnly(2025, 11, 28), ProfileFacts.From(e, Today, null)["highTechLatestCertifiedOn"]);
    }

    [Theory]
    [InlineData("12.34", true, null)]
    [InlineData("12.345", false, "两位小数")]
    [InlineData("-5", false, "不能为负数")]
    [InlineData("abc", false, "数字")]
    public void Typed_money_answers_are_checked_with_Chinese_messages(string text, bool ok, string? message)
    {
        var input = Domain.Rules.FactDefinition.Money("x", "金额", "Amount");
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        try
        {
            Assert.Equal(ok, ProfileFacts.TryParse(input, text, out var value, out var error));
            if (ok)
            {
                Assert.Equal(12.34m, value);
            }
            else
            {
                Assert.Contains(message!, error, StringComparison.Ordinal);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("8万", 80_000)]
    [InlineData("80,000", 80_000)]
    [InlineData("８.５万元", 85_000)]
    public void Money_answers_are_read_as_people_write_them(string text, int yuan)
    {
        var input = Domain.Rules.FactDefinition.Money("x", "金额", "Amount");
        Assert.True(ProfileFacts.TryParse(input, text, out var value, out _));
        Assert.Equal((decimal)yuan, value);
    }

    [Theory]
    [InlineData("2025-06-01", true)]
    [InlineData("2026-02-30", false)]
    [InlineData("2025-6-1", false)]
    public void Date_answers_must_be_days_that_exist(string text, bool ok)
    {
        var input = Domain.Rules.FactDefinition.Date("d", "日期", "Date");
        Assert.Equal(ok, ProfileFacts.TryParse(input, text, out var value, out var error));
        Assert.Equal(ok, error is null);
        Assert.Equal(ok, value is DateOnly);
    }

    [Fact]
    public void A_tech_SME_or_district_little_giant_the_profile_records_is_not_asked_again()
    {
        var e = Registered(District.Changning);
        var facts = ProfileFacts.From(e, Today, null);
        Assert.False(facts.ContainsKey("techSme"));
        Assert.False(facts.ContainsKey("districtLittleGiantCultivation"));

        e.UpdateProfile(new EnterpriseProfile(e.Name, District.Changning, District.Changning, District.Changning, null, Industry.Other, null, null, null, null,
            true, "202331010500012345", TechLittleGiantStatus.DistrictCultivation, "张伟", "13900001111"), Now);
        facts = ProfileFacts.From(e, Today, null);
        Assert.Equal(true, facts["techSme"]);
        Assert.Equal(true, facts["districtLittleGiantCultivation"]);
    }

    [Fact]
    public void An_enterprise_in_the_Dalinghaowan_park_is_in_the_area_and_one_elsewhere_is_asked()
    {
        var e = Registered(District.Minhang);
        Assert.Equal(true, ProfileFacts.From(e, Today, "大零号湾科技创新策源功能区")["inDalinghaowan"]);
        Assert.False(ProfileFacts.From(e, Today, "莘庄工业区").ContainsKey("inDalinghaowan"));
    }
}
