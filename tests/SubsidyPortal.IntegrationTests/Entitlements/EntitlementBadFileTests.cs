using System.Text;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>A file that is not a usable list is refused beside the file field, and nothing is saved.</summary>
public sealed class EntitlementBadFileTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "empty.csv", "", "文件是空的" },
        { "image.csv", "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR", "无法识别的文件类型" },
        { "no-header.csv", "91310116MA1JCHAT83,上海金山示范新材料有限公司,是,100\n", "第一行须为表头" },
        { "header-only.csv", "统一社会信用代码,企业名称\n", "没有数据行" },
        { "list.xlsx", "统一社会信用代码\n91310116MA1JCHAT83\n", "文件内容与扩展名不符" },
        { "list.doc", "统一社会信用代码\n91310116MA1JCHAT83\n", "无法识别的文件类型" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_message_and_nothing_is_saved(string name, string content, string message)
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var before = await CountsAsync();

        var bytes = name == "image.csv" ? content.Select(c => (byte)c).ToArray() : Encoding.UTF8.GetBytes(content);
        var response = await EntitlementSteps.PostUploadAsync(staff, EntitlementSteps.KeyLaboratory, 2026, name, bytes);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#f-File-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Too_many_rows_are_refused_and_nothing_is_saved()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var before = await CountsAsync();
        var csv = new StringBuilder("统一社会信用代码\n");
        for (var i = 0; i < 50_001; i++)
        {
            csv.Append("91310116MA1JCHAT83\n");
        }

        var page = await PortalClient.ParseAsync(await EntitlementSteps.PostUploadAsync(staff, EntitlementSteps.KeyLaboratory, 2026, "big.csv", Encoding.UTF8.GetBytes(csv.ToString())));

        Assert.Contains("超过 50,000 行", page.QuerySelector("#f-File-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_year_outside_the_range_is_refused_beside_its_field()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);

        var page = await PortalClient.ParseAsync(await EntitlementSteps.PostUploadAsync(staff, EntitlementSteps.KeyLaboratory, 1999, "list.csv", EntitlementSteps.DemoList()));

        Assert.Contains("有效的年度", page.QuerySelector("#f-Year-error")!.TextContent, StringComparison.Ordinal);
    }

    private Task<(int Imports, int Files)> CountsAsync() => EntitlementSteps.WithDbAsync(fixture.Factory, async db =>
        (await db.EntitlementImports.CountAsync(), await db.StoredFiles.CountAsync()));
}
