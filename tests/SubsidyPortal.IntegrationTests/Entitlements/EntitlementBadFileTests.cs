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
        var before = await CountsAsync();

        var bytes = name == "image.csv" ? content.Select(c => (byte)c).ToArray() : Encoding.UTF8.GetBytes(content);
        var response = await EntitlementSteps.PostUploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026, name, bytes);

        Assert.Null(response.ImportId);
        Assert.Contains(message, Assert.Single(response.Result.Errors, e => e.Field == "File").Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Too_many_rows_are_refused_and_nothing_is_saved()
    {
        var before = await CountsAsync();
        var csv = new StringBuilder("统一社会信用代码\n");
        for (var i = 0; i < 50_001; i++)
        {
            csv.Append("91310116MA1JCHAT83\n");
        }

        var response = await EntitlementSteps.PostUploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026, "big.csv", Encoding.UTF8.GetBytes(csv.ToString()));

        Assert.Contains("超过 50,000 行", Assert.Single(response.Result.Errors, e => e.Field == "File").Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_before_it_is_read_and_nothing_is_saved()
    {
        var before = await CountsAsync();
        var opened = false;
        var staff = await EntitlementSteps.StaffAsync(fixture.Factory);

        var response = await EntitlementSteps.Service(fixture.Factory).UploadAsync(
            new SubsidyPortal.Application.Entitlements.EntitlementUploadInput { ClauseId = EntitlementSteps.KeyLaboratory, Year = "2026" },
            new SubsidyPortal.Application.Entitlements.EntitlementUploadFile("big.xlsx", 10L * 1024 * 1024 + 1, _ =>
            {
                opened = true;
                return new MemoryStream(EntitlementSteps.DemoList());
            }),
            staff, CancellationToken.None);

        Assert.False(opened);
        Assert.Contains("文件超过 10 MB", Assert.Single(response.Result.Errors, e => e.Field == "File").Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        // Exactly the limit is read (and judged by its content).
        var atLimit = await EntitlementSteps.PostUploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026, "list.csv", EntitlementSteps.DemoList(), reportedSize: 10L * 1024 * 1024);
        Assert.True(atLimit.Result.Succeeded, string.Join("; ", atLimit.Result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task No_file_and_a_wrong_clause_are_named_beside_their_fields_as_the_form_says_them_on_leaving()
    {
        var staff = await EntitlementSteps.StaffAsync(fixture.Factory);
        var input = new SubsidyPortal.Application.Entitlements.EntitlementUploadInput { ClauseId = "changning-2024/6-high-tech-first", Year = "2026", ReferenceDate = "2026-13-01" };

        var response = await EntitlementSteps.Service(fixture.Factory).UploadAsync(input, null, staff, CancellationToken.None);
        var onLeave = new SubsidyPortal.Application.Entitlements.EntitlementUploadValidator(
            (await EntitlementSteps.Service(fixture.Factory).ClausesAsync(SubsidyPortal.Domain.Applications.Actor.System, CancellationToken.None)).Select(c => c.Id).ToList()).Validate(input);

        Assert.Contains("请选择要导入的 CSV 或 XLSX 文件", response.Result.Errors.Single(e => e.Field == "File").Message, StringComparison.Ordinal);
        foreach (var field in new[] { "ClauseId", "ReferenceDate" })
        {
            Assert.Equal(response.Result.Errors.Single(e => e.Field == field).Message, onLeave.Errors.Single(e => e.PropertyName == field).ErrorMessage);
        }
    }

    [Fact]
    public async Task A_year_outside_the_range_is_refused_beside_its_field()
    {
        var response = await EntitlementSteps.PostUploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 1999, "list.csv", EntitlementSteps.DemoList());

        Assert.Contains("有效的年度", Assert.Single(response.Result.Errors, e => e.Field == "Year").Message, StringComparison.Ordinal);
    }

    private Task<(int Imports, int Files)> CountsAsync() => EntitlementSteps.WithDbAsync(fixture.Factory, async db =>
        (await db.EntitlementImports.CountAsync(), await db.StoredFiles.CountAsync()));
}
