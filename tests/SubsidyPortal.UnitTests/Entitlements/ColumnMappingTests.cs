using System.Globalization;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Entitlements;

/// <summary>Columns map to the USCC, the name, the amount and the clause's inputs; cells read as a committee writes them.</summary>
public sealed class ColumnMappingTests
{
    private static readonly Clause KeyLaboratory = new Chapter6Topic2KeyLaboratory();
    private static readonly string[] Headers = ["序号", "统一社会信用代码", "企业名称", "获得国家级、市级重点实验室认证", "国家或市级部门资助金额（元）"];

    public ColumnMappingTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void Header_text_suggests_the_columns()
    {
        var suggested = EntitlementMapping.Suggest(KeyLaboratory, Headers);

        Assert.Equal(1, suggested[EntitlementMapping.Uscc]);
        Assert.Equal(2, suggested[EntitlementMapping.Name]);
        Assert.Equal(3, suggested["input:certifiedKeyLaboratory"]);
        Assert.Equal(4, suggested["input:keyLaboratoryCityGrant"]);
        Assert.DoesNotContain(0, suggested.Values);
    }

    [Fact]
    public void A_mapping_without_the_USCC_is_refused()
    {
        var errors = EntitlementMapping.Validate(KeyLaboratory, Headers, new Dictionary<string, int> { [EntitlementMapping.Name] = 2 });

        Assert.Contains(errors, e => e.Field == EntitlementMapping.Uscc && e.Message.Contains("统一社会信用代码", StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_mapped_twice_or_missing_from_the_file_is_refused()
    {
        var errors = EntitlementMapping.Validate(KeyLaboratory, Headers, new Dictionary<string, int>
        {
            [EntitlementMapping.Uscc] = 1,
            [EntitlementMapping.Name] = 1,
            ["input:keyLaboratoryCityGrant"] = 9,
            ["input:nonsense"] = 2,
        });

        Assert.Contains(errors, e => e.Field == EntitlementMapping.Name);
        Assert.Contains(errors, e => e.Field == "input:keyLaboratoryCityGrant");
        Assert.Contains(errors, e => e.Field == "input:nonsense");
    }

    [Fact]
    public void A_complete_mapping_passes()
    {
        Assert.Empty(EntitlementMapping.Validate(KeyLaboratory, Headers, EntitlementMapping.Suggest(KeyLaboratory, Headers)));
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("TRUE", true)]
    [InlineData("√", true)]
    [InlineData("0", false)]
    public void Yes_and_no_are_read_in_the_ways_spreadsheets_write_them(string cell, bool expected)
    {
        Assert.True(EntitlementMapping.TryRead(FactDefinition.Flag("x", "x", "x"), cell, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,200,000.00", "1200000.00")]
    [InlineData("1200000 元", "1200000")]
    [InlineData("1.2E+6", "1200000")]
    public void Money_allows_separators_and_the_yuan_sign(string cell, string expected)
    {
        Assert.True(EntitlementMapping.TryRead(FactDefinition.Money("m", "m", "m"), cell, out var value, out _));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2026/3/1")]
    [InlineData("2026年3月1日")]
    [InlineData("2026-03-01")]
    [InlineData("46082")]
    public void Dates_allow_slashes_Chinese_and_Excel_serials(string cell)
    {
        Assert.True(EntitlementMapping.TryRead(FactDefinition.Date("d", "d", "d"), cell, out var value, out _));
        Assert.Equal(new DateOnly(2026, 3, 1), value);
    }

    [Fact]
    public void Unreadable_values_give_a_message_and_empty_cells_are_not_given()
    {
        Assert.False(EntitlementMapping.TryRead(FactDefinition.Money("m", "m", "m"), "一百万", out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
        Assert.False(EntitlementMapping.TryRead(FactDefinition.Flag("f", "f", "f"), "也许", out _, out var flagError));
        Assert.Contains("是", flagError, StringComparison.Ordinal);
        Assert.False(EntitlementMapping.TryRead(FactDefinition.Money("m", "m", "m"), "  ", out _, out var none));
        Assert.Null(none);
    }
}
