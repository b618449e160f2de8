using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>What the dashboard is narrowed to; every part is optional.</summary>
public sealed record DashboardFilter(string? PolicyId = null, Guid? CallId = null, string? ClauseId = null, Guid? TownOrParkId = null, int? Year = null);

/// <summary>The dimension money is broken down by.</summary>
public enum DashboardDimension
{
    Policy,
    Call,
    Clause,
    TownOrPark,
    Year,
}

/// <summary>One group's money: awards made, paid, still to pay, stopped by revocation, to recover and recovered (yuan).</summary>
public sealed record MoneyRow(
    string Key, string Label, int Awards, decimal Approved, decimal Paid, decimal Outstanding, decimal Stopped, decimal ClawbackDue, decimal Recovered)
{
    public decimal ClawbackOutstanding => ClawbackDue - Recovered;
}

/// <summary>A call's budget against what it has approved and what is proposed or on notice.</summary>
public sealed record BudgetRow(Guid CallId, string Call, int Year, decimal Budget, decimal Approved, decimal Pending)
{
    public decimal Remaining => Budget - Approved - Pending;

    /// <summary>Share of the budget approved, in percent to one decimal (null without a budget).</summary>
    public decimal? UsePercent => Budget > 0 ? Math.Round(Approved * 100m / Budget, 1, MidpointRounding.AwayFromZero) : null;
}

/// <summary>Review throughput in one month: filed, preliminary decisions, approvals, and days from filing to approval.</summary>
public sealed record ThroughputRow(string Month, int Submitted, int PreliminaryDecisions, int Approved, decimal? AverageDaysToApproval);

public sealed record Dashboard(
    IReadOnlyList<(ApplicationStatus Status, int Count)> States, IReadOnlyList<MoneyRow> Money, MoneyRow Total,
    IReadOnlyList<BudgetRow> Budgets, IReadOnlyList<ThroughputRow> Throughput);

/// <summary>
/// 统计看板 for committee and finance: counts by state, money by policy / call / clause / town / year, budget use
/// and review throughput, all from the live tables (never a copy that could drift).
/// </summary>
public sealed class DashboardQueries(PortalDbContext db)
{
    public async Task<Dashboard> LoadAsync(DashboardFilter filter, DashboardDimension dimension, DateOnly today, CancellationToken cancellationToken)
    {
        var money = await MoneyAsync(filter, dimension, cancellationToken);
        var total = new MoneyRow("all", "合计", money.Sum(r => r.Awards), money.Sum(r => r.Approved), money.Sum(r => r.Paid), money.Sum(r => r.Outstanding),
            money.Sum(r => r.Stopped), money.Sum(r => r.ClawbackDue), money.Sum(r => r.Recovered));
        return new Dashboard(await StatesAsync(filter, cancellationToken), money, total, await BudgetsAsync(filter, cancellationToken),
            await ThroughputAsync(filter, today, cancellationToken));
    }

    /// <summary>The calls (newest first) and towns/parks the filter offers.</summary>
    public async Task<(IReadOnlyList<(Guid Id, string TitleZh)> Calls, IReadOnlyList<(Guid Id, string Name)> Towns)> FilterOptionsAsync(CancellationToken cancellationToken)
    {
        var calls = await db.Calls.AsNoTracking().OrderByDescending(c => c.OpensOn).Select(c => new { c.Id, c.TitleZh }).ToListAsync(cancellationToken);
        var towns = await db.TownsOrParks.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        return (calls.Select(c => (c.Id, c.TitleZh)).ToList(), towns.Select(t => (t.Id, t.Name)).ToList());
    }

    private IQueryable<SubsidyApplication> Applications(DashboardFilter f)
    {
        var applications = db.Applications.AsNoTracking().Where(a => a.Status != ApplicationStatus.Draft);
        if (f.CallId is { } call)
        {
            applications = applications.Where(a => a.CallId == call);
        }

        if (f.ClauseId is { } clause)
        {
            applications = applications.Where(a => a.ClauseId == clause);
        }

        if (f.TownOrParkId is { } town)
        {
            applications = applications.Where(a => a.TownOrParkId == town);
        }

        if (f.PolicyId is not null || f.Year is not null)
        {
            var calls = db.Calls.AsNoTracking().Where(c => (f.PolicyId == null || c.PolicyId == f.PolicyId) && (f.Year == null || c.Year == f.Year)).Select(c => c.Id);
            applications = applications.Where(a => calls.Contains(a.CallId));
        }

        return applications;
    }

    private IQueryable<Award> Awards(DashboardFilter f)
    {
        var awards = db.Awards.AsNoTracking().IgnoreAutoIncludes();
        if (f.PolicyId is { } policy)
        {
            awards = awards.Where(a => a.PolicyId == policy);
        }

        if (f.CallId is { } call)
        {
            awards = awards.Where(a => a.CallId == call);
        }

        if (f.ClauseId is { } clause)
        {
            awards = awards.Where(a => a.ClauseId == clause);
        }

        if (f.TownOrParkId is { } town)
        {
            awards = awards.Where(a => a.TownOrParkId == town);
        }

        if (f.Year is { } year)
        {
            awards = awards.Where(a => a.Year == year);
        }

        return awards;
    }

    private async Task<IReadOnlyList<(ApplicationStatus, int)>> StatesAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var counts = await Applications(filter).GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<ApplicationStatus>().Where(s => s != ApplicationStatus.Draft)
            .Select(s => (s, counts.SingleOrDefault(c => c.Key == s)?.Count ?? 0)).ToList();
    }

    private async Task<IReadOnlyList<MoneyRow>> MoneyAsync(DashboardFilter filter, DashboardDimension dimension, CancellationToken cancellationToken)
    {
        // One row per award with its sums computed in the database; grouped here so every dimension shares one query.
        var perAward = await Awards(filter).Select(a => new
        {
            a.PolicyId, a.CallId, a.ClauseId, a.TownOrParkId, a.Year, a.Amount,
            Paid = a.Tranches.Where(t => t.Status == TrancheStatus.Paid).Sum(t => t.Amount),
            Outstanding = a.Tranches.Where(t => t.Status == TrancheStatus.Scheduled || t.Status == TrancheStatus.Payable || t.Status == TrancheStatus.InBatch).Sum(t => t.Amount),
            Stopped = a.Tranches.Where(t => t.Status == TrancheStatus.Stopped).Sum(t => t.Amount),
            Due = db.Clawbacks.Where(c => c.AwardId == a.Id).Sum(c => (decimal?)c.AmountDue) ?? 0m,
            Recovered = db.Clawbacks.Where(c => c.AwardId == a.Id).Sum(c => (decimal?)c.AmountRecovered) ?? 0m,
        }).ToListAsync(cancellationToken);

        var labels = await LabelsAsync(dimension, cancellationToken);
        return perAward
            .GroupBy(a => dimension switch
            {
                DashboardDimension.Policy => a.PolicyId,
                DashboardDimension.Call => a.CallId?.ToString() ?? "none",
                DashboardDimension.Clause => a.ClauseId,
                DashboardDimension.TownOrPark => a.TownOrParkId?.ToString() ?? "none",
                _ => a.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Select(g => new MoneyRow(
                g.Key, labels.TryGetValue(g.Key, out var label) ? label : g.Key, g.Count(), g.Sum(a => a.Amount), g.Sum(a => a.Paid),
                g.Sum(a => a.Outstanding), g.Sum(a => a.Stopped), g.Sum(a => a.Due), g.Sum(a => a.Recovered)))
            .OrderByDescending(r => r.Approved).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<Dictionary<string, string>> LabelsAsync(DashboardDimension dimension, CancellationToken cancellationToken) => dimension switch
    {
        DashboardDimension.Policy => PolicyCatalog.Policies.ToDictionary(p => p.Id, p => p.Title),
        DashboardDimension.Clause => PolicyCatalog.Clauses.ToDictionary(c => c.Id, c => $"{c.Article} {c.TitleZh}"),
        DashboardDimension.Call => (await db.Calls.AsNoTracking().Select(c => new { c.Id, c.TitleZh }).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id.ToString(), c => c.TitleZh)
            .Append(new KeyValuePair<string, string>("none", "免申即享（无申报批次）")).ToDictionary(),
        DashboardDimension.TownOrPark => (await db.TownsOrParks.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id.ToString(), t => t.Name)
            .Append(new KeyValuePair<string, string>("none", "未归属镇（园区）")).ToDictionary(),
        _ => [],
    };

    private async Task<IReadOnlyList<BudgetRow>> BudgetsAsync(DashboardFilter f, CancellationToken cancellationToken)
    {
        var calls = await db.Calls.AsNoTracking()
            .Where(c => (f.PolicyId == null || c.PolicyId == f.PolicyId) && (f.Year == null || c.Year == f.Year) && (f.CallId == null || c.Id == f.CallId))
            .Select(c => new { c.Id, c.TitleZh, c.Year, c.Budget, c.OpensOn })
            .ToListAsync(cancellationToken);
        var ids = calls.Select(c => c.Id).ToList();
        var approved = await db.Awards.AsNoTracking().IgnoreAutoIncludes()
            .Where(a => a.CallId != null && ids.Contains(a.CallId.Value) && a.Status != AwardStatus.Revoked)
            .GroupBy(a => a.CallId!.Value).Select(g => new { g.Key, Sum = g.Sum(a => a.Amount) }).ToListAsync(cancellationToken);
        var pending = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.CallId) && (a.Status == ApplicationStatus.ProposedForApproval || a.Status == ApplicationStatus.PublicNotice))
            .GroupBy(a => a.CallId).Select(g => new { g.Key, Sum = g.Sum(a => a.ApprovedAmount ?? 0m) }).ToListAsync(cancellationToken);
        return calls.OrderByDescending(c => c.OpensOn)
            .Select(c => new BudgetRow(c.Id, c.TitleZh, c.Year, c.Budget,
                approved.SingleOrDefault(a => a.Key == c.Id)?.Sum ?? 0m, pending.SingleOrDefault(p => p.Key == c.Id)?.Sum ?? 0m))
            .ToList();
    }

    private static readonly string[] PreliminaryDecisions =
        [nameof(ApplicationAction.PassPreliminaryReview), nameof(ApplicationAction.ReturnForCorrection), nameof(ApplicationAction.Reject)];

    private async Task<IReadOnlyList<ThroughputRow>> ThroughputAsync(DashboardFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        // The last twelve months, counted from the audit trail (in Shanghai time), so the figures match the timelines.
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        var ids = Applications(filter).Select(a => a.Id);
        var events = await db.ApplicationEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ApplicationId) && e.At >= since)
            .Where(e => e.Action == nameof(ApplicationAction.Submit) || e.Action == nameof(ApplicationAction.Approve) || PreliminaryDecisions.Contains(e.Action))
            .Select(e => new { e.ApplicationId, e.Action, e.At })
            .ToListAsync(cancellationToken);
        var approvedIds = events.Where(e => e.Action == nameof(ApplicationAction.Approve)).Select(e => e.ApplicationId).ToList();
        var firstSubmit = await db.ApplicationEvents.AsNoTracking()
            .Where(e => approvedIds.Contains(e.ApplicationId) && e.Action == nameof(ApplicationAction.Submit))
            .GroupBy(e => e.ApplicationId).Select(g => new { g.Key, At = g.Min(e => e.At) })
            .ToDictionaryAsync(x => x.Key, x => x.At, cancellationToken);

        static string Month(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 12).Select(i => first.AddMonths(i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .Select(month =>
            {
                var inMonth = events.Where(e => Month(e.At) == month).ToList();
                var approvals = inMonth.Where(e => e.Action == nameof(ApplicationAction.Approve)).ToList();
                var days = approvals.Where(a => firstSubmit.ContainsKey(a.ApplicationId)).Select(a => (decimal)(a.At - firstSubmit[a.ApplicationId]).TotalDays).ToList();
                return new ThroughputRow(
                    month, inMonth.Count(e => e.Action == nameof(ApplicationAction.Submit)), inMonth.Count(e => PreliminaryDecisions.Contains(e.Action)),
                    approvals.Count, days.Count == 0 ? null : Math.Round(days.Average(), 1, MidpointRounding.AwayFromZero));
            })
            .ToList();
    }
}
