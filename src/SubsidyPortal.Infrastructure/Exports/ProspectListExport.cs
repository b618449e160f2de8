using SubsidyPortal.Application.Prospects;
using SubsidyPortal.Domain.Prospects;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>
/// 政策找企业 lists of one clause: for people (credit code, name, town/park, how sure, what is still to confirm, the
/// amount or ceiling, first matched), and for the 免申即享 import (credit code and name only: the import reads the rest
/// from each enterprise's profile, and a column it might mistake for a fact is left out).
/// </summary>
public static class ProspectListExport
{
    public static ExportTable Create(Clause clause, IReadOnlyList<ProspectEnterprise> rows) =>
        new(
            $"政策找企业：{clause.TitleZh}（{clause.Policy.Title} {clause.Article}）",
            [
                new ExportColumn("序号", ExportColumnKind.Integer, 8),
                new ExportColumn("统一社会信用代码", ExportColumnKind.Text, 22),
                new ExportColumn("企业名称", ExportColumnKind.Text, 36),
                new ExportColumn("所在街镇/园区", ExportColumnKind.Text, 20),
                new ExportColumn("匹配情况", ExportColumnKind.Text, 14),
                new ExportColumn("尚需确认的信息", ExportColumnKind.Text, 40),
                new ExportColumn("金额或上限（元）", ExportColumnKind.MoneyYuan, 18),
                new ExportColumn("首次匹配日期", ExportColumnKind.Date, 14),
            ],
            rows.Select((r, i) => new ExportCell[]
            {
                i + 1, r.Uscc, r.Name, r.TownOrPark, r.Kind == ProspectKind.Eligible ? "符合" : "很可能符合",
                string.Join("；", r.Missing.Select(f => f.LabelZh)), r.Amount?.Value,
                DateOnly.FromDateTime(r.FirstFoundAt.ToOffset(TimeSpan.FromHours(8)).DateTime),
            }))
        {
            UnitLine = "金额为条款按企业信息已能算出的金额；“最高”类条款为上限，由区科委核定。", TotalLabel = null, SheetName = "政策找企业",
        };

    public static ExportTable ForImport(IReadOnlyList<ProspectEnterprise> rows) =>
        new(
            "免申即享名单",
            [new ExportColumn("统一社会信用代码", ExportColumnKind.Text), new ExportColumn("企业名称", ExportColumnKind.Text)],
            rows.Select(r => new ExportCell[] { r.Uscc, r.Name }))
        { TotalLabel = null };
}
