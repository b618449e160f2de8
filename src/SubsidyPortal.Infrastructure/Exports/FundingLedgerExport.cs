using SubsidyPortal.Application.Ledger;

namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>资助台账 as a sheet: a row per award year, the money columns summed in the total row.</summary>
public static class FundingLedgerExport
{
    public static ExportTable Create(FundingLedger ledger) =>
        new(
            $"资助台账：{ledger.EnterpriseName}（统一社会信用代码 {ledger.Uscc}）",
            [
                new ExportColumn("年度", ExportColumnKind.Integer, 8),
                new ExportColumn("资助项数", ExportColumnKind.Integer, 10),
                new ExportColumn("核定金额（元）", ExportColumnKind.MoneyYuan, 18),
                new ExportColumn("已拨付（元）", ExportColumnKind.MoneyYuan, 18),
                new ExportColumn("待拨付（元）", ExportColumnKind.MoneyYuan, 18),
                new ExportColumn("应追回（元）", ExportColumnKind.MoneyYuan, 18),
                new ExportColumn("已追回（元）", ExportColumnKind.MoneyYuan, 18),
                new ExportColumn("已核销（元）", ExportColumnKind.MoneyYuan, 18),
            ],
            ledger.Years.Select(y => new ExportCell[] { y.Year, y.Awards, y.Approved, y.Paid, y.Outstanding, y.ClawbackDue, y.Recovered, y.WrittenOff }))
        {
            UnitLine = "各政策、各主管部门的全部资助，按资助年度；待拨付为在执行资助尚未拨付的部分。", SheetName = "资助台账",
        };
}
