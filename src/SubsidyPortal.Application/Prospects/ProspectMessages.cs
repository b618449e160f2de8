using System.Globalization;
using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.Application.Prospects;

/// <summary>The message an enterprise gets when the prospecting job finds clauses it did not match before.</summary>
public static class ProspectMessages
{
    /// <summary>Names at most this many clauses; the rest are counted.</summary>
    private const int Named = 3;

    public static (string Zh, string En) NewMatches(IReadOnlyList<string> clauseIds)
    {
        var titles = clauseIds.Select(id => PolicyCatalog.Find(id)?.TitleZh ?? id).ToList();
        var named = string.Join("、", titles.Take(Named).Select(t => $"“{t}”"));
        var namedEn = string.Join(", ", titles.Take(Named).Select(t => $"“{t}”"));
        var more = titles.Count > Named;
        var zh = string.Create(CultureInfo.InvariantCulture,
            $"根据贵单位的企业信息，发现 {titles.Count} 项可能符合的政策条款：{named}{(more ? " 等" : string.Empty)}。请在工作台查看金额和尚需确认的信息。");
        var en = string.Create(CultureInfo.InvariantCulture,
            $"From your enterprise profile, {titles.Count} subsidy clause(s) you probably qualify for: {namedEn}{(more ? " and more" : string.Empty)}. See the workbench for the amounts and what is still to confirm.");
        return (zh, en);
    }
}
