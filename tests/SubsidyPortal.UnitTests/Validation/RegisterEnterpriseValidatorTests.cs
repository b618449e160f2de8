using System.Globalization;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.UnitTests.Validation;

public sealed class RegisterEnterpriseValidatorTests
{
    private static readonly Guid Xinjing = Guid.NewGuid();
    private static readonly Guid Zhujing = Guid.NewGuid();
    private static readonly Dictionary<Guid, District> Towns = new() { [Xinjing] = District.Changning, [Zhujing] = District.Jinshan };

    private static RegisterEnterpriseInput Valid() => new()
    {
        EnterpriseName = "上海测试科技有限公司",
        Uscc = "91330100799655058B",
        RegisteredDistrict = District.Changning,
        TownOrParkId = Xinjing,
        ContactPerson = "张伟",
        ContactPhone = "021-62345678",
        Email = "zhang@example.cn",
        Password = "Abcdefg1",
        ConfirmPassword = "Abcdefg1",
        AcceptTerms = true,
    };

    [Fact]
    public void A_complete_registration_passes() => Assert.True(Validate(Valid(), "zh-CN").IsValid);

    [Theory]
    [InlineData("zh-CN", "统一社会信用代码中的字母须为大写。")]
    [InlineData("en", "Letters in the unified social credit code must be upper case.")]
    public void Messages_come_in_the_users_language(string culture, string expected)
    {
        var input = Valid();
        input.Uscc = "91330100799655058b";
        var error = Assert.Single(Validate(input, culture).Errors);
        Assert.Equal(nameof(RegisterEnterpriseInput.Uscc), error.PropertyName);
        Assert.Equal(expected, error.ErrorMessage);
    }

    [Fact]
    public void The_wrong_length_message_says_how_many_characters_were_typed()
    {
        var input = Valid();
        input.Uscc = "9133010079965505";
        Assert.Equal("统一社会信用代码应为 18 位，您输入了 16 位。", Assert.Single(Validate(input, "zh-CN").Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("13912345678", true)]
    [InlineData("021-62345678", true)]
    [InlineData("02162345678", true)]
    [InlineData("0571-8765432-123", true)]
    [InlineData("12912345678", false)]
    [InlineData("1391234567", false)]
    [InlineData("62345678", false)]
    public void Mobile_and_landline_numbers_are_recognised(string phone, bool valid)
    {
        var input = Valid();
        input.ContactPhone = phone;
        Assert.Equal(valid, Validate(input, "zh-CN").IsValid);
    }

    [Fact]
    public void A_town_in_another_district_is_refused()
    {
        var input = Valid();
        input.TownOrParkId = Zhujing;
        Assert.Equal("所选镇（园区）不在注册地所在区，请重新选择。", Assert.Single(Validate(input, "zh-CN").Errors).ErrorMessage);
    }

    [Fact]
    public void Registering_outside_Shanghai_is_refused()
    {
        var input = Valid();
        input.RegisteredDistrict = District.OutsideShanghai;
        Assert.Contains(Validate(input, "zh-CN").Errors, e => e.PropertyName == nameof(RegisterEnterpriseInput.RegisteredDistrict));
    }

    [Fact]
    public void The_pledge_must_be_accepted()
    {
        var input = Valid();
        input.AcceptTerms = false;
        Assert.Equal(nameof(RegisterEnterpriseInput.AcceptTerms), Assert.Single(Validate(input, "zh-CN").Errors).PropertyName);
    }

    private static FluentValidation.Results.ValidationResult Validate(RegisterEnterpriseInput input, string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return new RegisterEnterpriseValidator(Towns).Validate(input);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
