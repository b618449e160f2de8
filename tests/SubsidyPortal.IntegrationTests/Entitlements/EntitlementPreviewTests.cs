using System.Text;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Testing;
using SubsidyPortal.UnitTests.Entitlements;

namespace SubsidyPortal.IntegrationTests.Entitlements;

/// <summary>The preview says, row by row, which rows would make an award and why the others would not.</summary>
public sealed class EntitlementPreviewTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_demo_list_previews_matched_refused_unknown_invalid_duplicate_and_malformed_rows()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2026, "重点实验室名单.csv", EntitlementSteps.DemoList());

        // The mapping the page offers, suggested from the headers.
        var mapping = (await EntitlementSteps.DetailAsync(fixture.Factory, id)).Mapping;
        Assert.Equal(0, mapping["uscc"]);
        Assert.Equal(3, mapping["input:keyLaboratoryCityGrant"]);
        await EntitlementSteps.PreviewAsync(fixture.Factory, id);

        var rows = await EntitlementSteps.RowsAsync(fixture.Factory, id);
        Assert.Equal(
            [EntitlementRowOutcome.Eligible, EntitlementRowOutcome.NotEligible, EntitlementRowOutcome.UnknownEnterprise,
             EntitlementRowOutcome.InvalidUscc, EntitlementRowOutcome.Duplicate, EntitlementRowOutcome.Malformed],
            rows.Select(r => r.Outcome));
        Assert.Equal(1_200_000m, rows[0].Amount);
        Assert.Equal("上海金山示范新材料有限公司", rows[0].EnterpriseName);
        Assert.Contains("金山区", rows[1].ReasonZh, StringComparison.Ordinal);
        Assert.Contains("第 2 行", rows[4].ReasonZh, StringComparison.Ordinal);
        Assert.Contains("国家或市级部门资助金额", rows[5].ReasonZh, StringComparison.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.Null(r.Amount));

        var import = await EntitlementSteps.ImportAsync(fixture.Factory, id);
        Assert.Equal((1, 1_200_000m, 6, 6), (import.EligibleRows, import.EligibleAmount, import.TotalRows, import.ProcessedRows));
        var page = await staff.GetPageAsync($"/committee/entitlements/{id}");
        Assert.Contains("确认生成 1 项资助，合计 1,200,000.00 元", page.QuerySelector("[data-testid=confirm]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=progress]"));
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        var staffActor = await EntitlementSteps.StaffAsync(fixture.Factory);
        var all = await EntitlementSteps.Service(fixture.Factory).RowsAsync(id, null, new PageRequest(PageSize: 50), staffActor, CancellationToken.None);
        Assert.Equal(6, all.Total);
        Assert.Equal(rows.Select(r => r.RowNumber), all.Items.Select(r => r.RowNumber));

        var onlyUnknown = await EntitlementSteps.Service(fixture.Factory).RowsAsync(id, EntitlementRowOutcome.UnknownEnterprise, new PageRequest(PageSize: 50), staffActor, CancellationToken.None);
        Assert.Equal(EntitlementSteps.UnknownUscc, Assert.Single(onlyUnknown.Items).UsccText);
        Assert.Equal(1, onlyUnknown.Total);
    }

    [Fact]
    public async Task A_running_preview_shows_its_progress_and_the_page_follows_it_without_reloading()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Workflow.Demo.Staff);
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2030, "list.csv", EntitlementSteps.DemoList());
        Assert.True((await EntitlementSteps.PostMappingAsync(fixture.Factory, id)).Succeeded);

        var page = await staff.GetPageAsync($"/committee/entitlements/{id}");

        // No reload: the interactive page asks the use case while the job runs (pinned in MoneyJourneyTests).
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
        Assert.Contains("已处理 0 / 6 行", page.QuerySelector("[data-testid=progress]")!.TextContent, StringComparison.Ordinal);
        var view = await EntitlementSteps.DetailAsync(fixture.Factory, id);
        Assert.True(view.Import.IsRunning);
        Assert.Equal((0, 6, 0), (view.ProgressDone, view.ProgressTotal, view.ProgressPercent));

        Assert.True(await EntitlementSteps.ProcessAsync(fixture.Factory, id));
        view = await EntitlementSteps.DetailAsync(fixture.Factory, id);
        Assert.False(view.Import.IsRunning);
        Assert.True(view.MayConfirm);
    }

    [Fact]
    public async Task Outside_the_clauses_period_the_row_says_no_rule_is_in_force()
    {
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2024, "old.csv", EntitlementSteps.DemoList(), referenceDate: "2024-01-01");
        await EntitlementSteps.PreviewAsync(fixture.Factory, id);

        var first = (await EntitlementSteps.RowsAsync(fixture.Factory, id))[0];

        Assert.Equal(EntitlementRowOutcome.NotEligible, first.Outcome);
        Assert.Contains("施行期", first.ReasonZh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mapping_without_the_USCC_column_is_refused_beside_its_select()
    {
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2031, "list.csv", EntitlementSteps.DemoList());

        var result = await EntitlementSteps.PostMappingAsync(fixture.Factory, id, new Dictionary<string, int?> { ["uscc"] = null });

        Assert.Contains("统一社会信用代码", Assert.Single(result.Errors, e => e.Field == "uscc").Message, StringComparison.Ordinal);
        Assert.Equal(EntitlementImportStatus.Uploaded, (await EntitlementSteps.ImportAsync(fixture.Factory, id)).Status);
    }

    [Fact]
    public async Task A_workbook_is_previewed_like_a_csv()
    {
        var workbook = XlsxSample.Build(
            ["统一社会信用代码", "企业名称", "获得国家级、市级重点实验室认证", "国家或市级部门资助金额"],
            [EntitlementSteps.JinshanUscc, "上海金山示范新材料有限公司", true, 750_000.25m],
            [EntitlementSteps.UnknownUscc, "未注册", "是", 100]);
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, EntitlementSteps.KeyLaboratory, 2032, "名单.xlsx", workbook);
        await EntitlementSteps.PreviewAsync(fixture.Factory, id);

        var rows = await EntitlementSteps.RowsAsync(fixture.Factory, id);

        Assert.Equal([EntitlementRowOutcome.Eligible, EntitlementRowOutcome.UnknownEnterprise], rows.Select(r => r.Outcome));
        Assert.Equal(750_000.25m, rows[0].Amount);
    }

    [Fact]
    public async Task A_ceiling_clause_needs_the_committees_amount_within_the_ceiling()
    {
        var csv = "统一社会信用代码,由金山区推荐并获上海市科技型中小企业技术创新资金立项,国家或市级部门资助金额,核定金额\n"
                  + $"{EntitlementSteps.JinshanUscc},是,100000,\n";
        var id = await EntitlementSteps.UploadAsync(fixture.Factory, "jinshan-2025/5-1-tech-sme-innovation-fund", 2033, "sme.csv", Encoding.UTF8.GetBytes(csv));
        await EntitlementSteps.PreviewAsync(fixture.Factory, id);
        var withoutFigure = (await EntitlementSteps.RowsAsync(fixture.Factory, id))[0];

        var csv2 = csv.Replace(",100000,\n", ",100000,250000\n", StringComparison.Ordinal);
        var over = await EntitlementSteps.UploadAsync(fixture.Factory, "jinshan-2025/5-1-tech-sme-innovation-fund", 2033, "sme2.csv", Encoding.UTF8.GetBytes(csv2));
        await EntitlementSteps.PreviewAsync(fixture.Factory, over);
        var aboveCeiling = (await EntitlementSteps.RowsAsync(fixture.Factory, over))[0];

        var csv3 = csv.Replace(",100000,\n", ",100000,150000\n", StringComparison.Ordinal);
        var within = await EntitlementSteps.UploadAsync(fixture.Factory, "jinshan-2025/5-1-tech-sme-innovation-fund", 2033, "sme3.csv", Encoding.UTF8.GetBytes(csv3));
        await EntitlementSteps.PreviewAsync(fixture.Factory, within);
        var decided = (await EntitlementSteps.RowsAsync(fixture.Factory, within))[0];

        Assert.Equal(EntitlementRowOutcome.NotEligible, withoutFigure.Outcome);
        Assert.Contains("核定金额", withoutFigure.ReasonZh, StringComparison.Ordinal);
        Assert.Equal(EntitlementRowOutcome.NotEligible, aboveCeiling.Outcome);
        Assert.Contains("200,000.00", aboveCeiling.ReasonZh, StringComparison.Ordinal);
        Assert.Equal((EntitlementRowOutcome.Eligible, 150_000m), (decided.Outcome, decided.Amount));
    }
}
