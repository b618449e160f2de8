using System.Globalization;
using SubsidyPortal.Application.Enterprises;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.UnitTests.Validation;

/// <summary>The profile form's own rules, as the page checks each field and the save checks them all.</summary>
public sealed class EnterpriseProfileValidatorTests
{
    private static readonly Guid Xinjing = Guid.NewGuid();
    private static readonly Guid Zhujing = Guid.NewGuid();
    private static readonly Dictionary<Guid, District> Towns = new() { [Xinjing] = District.Changning, [Zhujing] = District.Jinshan };
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static EnterpriseProfileInput Valid() => new()
    {
        Name = "上海测试科技有限公司",
        RegisteredDistrict = District.Changning,
        TaxDistrict = District.Changning,
        SettlementDistrict = District.OutsideShanghai,
        TownOrParkId = Xinjing,
        Industry = Industry.IntegratedCircuits,
        ContactPerson = "张伟",
        ContactPhone = "13900001111",
    };

    [Fact]
    public void A_complete_profile_passes() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void A_town_outside_the_registered_district_is_refused_beside_the_town()
    {
        var input = Valid();
        input.TownOrParkId = Zhujing;
        Assert.Contains("不在注册地所在区", Errors(input)[nameof(EnterpriseProfileInput.TownOrParkId)], StringComparison.Ordinal);
    }

    [Fact]
    public void A_tech_SME_needs_its_registration_number()
    {
        var input = Valid();
        input.IsTechSme = true;
        Assert.Contains("入库编号", Errors(input)[nameof(EnterpriseProfileInput.TechSmeNumber)], StringComparison.Ordinal);
        input.TechSmeNumber = "202331010500012345";
        Assert.Empty(Errors(input));
    }

    [Theory]
    [InlineData("2021-12-15", true)]
    [InlineData("２０２１－１２－１５", true)]
    [InlineData("2026-02-30", false)]
    [InlineData("2021-13-01", false)]
    [InlineData("2021/12/15", false)]
    [InlineData("2021-12-5", false)]
    public void Dates_are_read_only_when_the_day_exists(string text, bool ok)
    {
        Assert.Equal(ok, DateText.TryParse(text, out var day));
        if (ok)
        {
            Assert.Equal(new DateOnly(2021, 12, 15), day);
        }
    }

    private static Dictionary<string, string> Errors(EnterpriseProfileInput input)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            return new EnterpriseProfileValidator(Towns, () => Today).Validate(input).Errors
                .GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
