using SubsidyPortal.Application.Notices;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Exports;

/// <summary>
/// The public notice's list (拟立项名单): 序号, 企业名称, 项目名称, 条款, 拟支持金额（万元）, then 合计. It holds the
/// entries still on the notice, in the notice page's order, named as the page names them (clause by its Chinese title).
/// </summary>
public static class NoticeListExport
{
    public static IReadOnlyList<ExportColumn> Columns { get; } =
    [
        new("序号", ExportColumnKind.Integer, 8),
        new("企业名称", ExportColumnKind.Text, 36),
        new("项目名称", ExportColumnKind.Text, 40),
        new("条款", ExportColumnKind.Text, 40),
        new("拟支持金额（万元）", ExportColumnKind.MoneyWan, 20),
    ];

    /// <summary>An upheld objection takes an entry off the list (不予支持: it keeps its notice id, so the
    /// page can still show what happened); every other entry of the notice is still on it.</summary>
    public static bool IsStillListed(NoticeEntry entry) => entry.Status != ApplicationStatus.Rejected;

    public static ExportTable Create(PublicNotice notice, IEnumerable<NoticeEntry> entries) =>
        new(notice.TitleZh, Columns, Rows(entries)) { UnitLine = AllocationListExport.UnitLine, SheetName = "公示名单" };

    private static IEnumerable<ExportCell[]> Rows(IEnumerable<NoticeEntry> entries)
    {
        var number = 0;
        foreach (var entry in entries.Where(IsStillListed))
        {
            yield return [++number, entry.EnterpriseName, entry.ProjectName, PolicyCatalog.Find(entry.ClauseId)?.TitleZh ?? entry.ClauseId, entry.Amount];
        }
    }
}
