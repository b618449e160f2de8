using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Dashboards;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>
/// 统计看板 for committee and finance: counts by state, money by policy / call / clause / town / year, budget use
/// and review throughput, all from the live tables (never a copy that could drift).
/// </summary>
public sealed class DashboardQueries(PortalDbContext db, VisibleAuthorities visible)
{
    public async Task<DashboardFigures> LoadAsync(DashboardFilter filter, DashboardDimension dimension, DateOnly today, CancellationToken cancellationToken)
    {
        var money = await MoneyAsync(filter, dimension, cancellationToken);
        var total = new MoneyRow("all", "合计", money.Sum(r => r.Awards), money.Sum(r => r.Approved), money.Sum(r => r.Paid), money.Sum(r => r.Outstanding),
            money.Sum(r => r.Stopped), money.Sum(r => r.ClawbackDue), money.Sum(r => r.Recovered), money.Sum(r => r.WrittenOff));
        return new DashboardFigures(await StatesAsync(filter, cancellationToken), money, total, await BudgetsAsync(filter, cancellationToken),
            await ThroughputAsync(filter, today, cancellationToken));
    }

    /// <summary>The calls (newest first), towns/parks and years (of calls and awards, newest first) the filter offers.</summary>
    public async Task<DashboardOptions> FilterOptionsAsync(CancellationToken cancellationToken)
    {
        var calls = await db.Calls.AsNoTracking().OrderByDescending(c => c.OpensOn).Select(c => new { c.Id, c.TitleZh }).ToListAsync(cancellationToken);
        var towns = await db.TownsOrParks.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var years = await db.Calls.AsNoTracking().Select(c => c.Year).Union(db.Awards.AsNoTracking().IgnoreAutoIncludes().Select(a => a.Year))
            .OrderByDescending(y => y).ToListAsync(cancellationToken);
        return new DashboardOptions(
            PolicyCatalog.Policies.Where(p => visible.Scope.Covers(p.Id)).Select(p => new DashboardPolicy(p.Id, p.DocumentNumber)).ToList(),
            calls.Select(c => new DashboardChoice(c.Id, c.TitleZh)).ToList(), towns.Select(t => new DashboardChoice(t.Id, t.Name)).ToList(), years);
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

    /// <summary>Applications per state (drafts are the enterprises' own and not counted). An export of this section reads only this.</summary>
    public async Task<IReadOnlyList<StateCount>> StatesAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var counts = await Applications(filter).GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<ApplicationStatus>().Where(s => s != ApplicationStatus.Draft)
            .Select(s => new StateCount(s, counts.SingleOrDefault(c => c.Key == s)?.Count ?? 0)).ToList();
    }

    /// <summary>Awards, paid, outstanding, stopped and claw-backs per the dimension's key.</summary>
    public async Task<IReadOnlyList<MoneyRow>> MoneyAsync(DashboardFilter filter, DashboardDimension dimension, CancellationToken cancellationToken)
    {
        // Grouped and summed in the database, so the figures stay quick however many awards there are: the awards by
        // the dimension's key, their tranches by key and state (paid, still to pay, stopped), their claw-backs by key.
        var keyed = Awards(filter).Select(Keyed(dimension));
        var heads = await keyed.GroupBy(x => x.Key).Select(g => new { g.Key, Count = g.Count(), Amount = g.Sum(x => x.Amount) }).ToListAsync(cancellationToken);
        var tranches = await db.AwardTranches.AsNoTracking()
            .Join(keyed, t => t.AwardId, x => x.Id, (t, x) => new { x.Key, t.Status, t.Amount })
            .GroupBy(y => new { y.Key, y.Status }).Select(g => new { g.Key.Key, g.Key.Status, Sum = g.Sum(y => y.Amount) })
            .ToListAsync(cancellationToken);
        var clawbacks = await db.Clawbacks.AsNoTracking()
            .Join(keyed, c => c.AwardId, x => x.Id, (c, x) => new { x.Key, c.AmountDue, c.AmountRecovered, c.AmountWrittenOff })
            .GroupBy(y => y.Key).Select(g => new { g.Key, Due = g.Sum(y => y.AmountDue), Recovered = g.Sum(y => y.AmountRecovered), WrittenOff = g.Sum(y => y.AmountWrittenOff) })
            .ToListAsync(cancellationToken);

        decimal Sum(string key, params TrancheStatus[] states) => tranches.Where(t => t.Key == key && states.Contains(t.Status)).Sum(t => t.Sum);
        var labels = await LabelsAsync(dimension, cancellationToken);
        return heads
            .Select(h => new MoneyRow(
                h.Key, labels.TryGetValue(h.Key, out var label) ? label : h.Key, h.Count, h.Amount,
                Sum(h.Key, TrancheStatus.Paid), Sum(h.Key, TrancheStatus.Scheduled, TrancheStatus.Payable, TrancheStatus.InBatch), Sum(h.Key, TrancheStatus.Stopped),
                clawbacks.Where(c => c.Key == h.Key).Sum(c => c.Due), clawbacks.Where(c => c.Key == h.Key).Sum(c => c.Recovered),
                clawbacks.Where(c => c.Key == h.Key).Sum(c => c.WrittenOff)))
            .OrderByDescending(r => r.Approved).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>An award's key in the dimension (as text, "none" where it has no call or town), its id and amount.</summary>
    private static Expression<Func<Award, KeyedAward>> Keyed(DashboardDimension dimension) => dimension switch
    {
        DashboardDimension.Policy => a => new KeyedAward { Key = a.PolicyId, Id = a.Id, Amount = a.Amount },
        DashboardDimension.Call => a => new KeyedAward { Key = a.CallId == null ? "none" : a.CallId.Value.ToString(), Id = a.Id, Amount = a.Amount },
        DashboardDimension.Clause => a => new KeyedAward { Key = a.ClauseId, Id = a.Id, Amount = a.Amount },
        DashboardDimension.TownOrPark => a => new KeyedAward { Key = a.TownOrParkId == null ? "none" : a.TownOrParkId.Value.ToString(), Id = a.Id, Amount = a.Amount },
        _ => a => new KeyedAward { Key = a.Year.ToString(), Id = a.Id, Amount = a.Amount },
    };

    private sealed class KeyedAward
    {
        public string Key { get; init; } = string.Empty;

        public Guid Id { get; init; }

        public decimal Amount { get; init; }
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

    /// <summary>Each call's budget against what is approved and proposed.</summary>
    public async Task<IReadOnlyList<BudgetRow>> BudgetsAsync(DashboardFilter f, CancellationToken cancellationToken)
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

    /// <summary>The last twelve months' submissions, preliminary decisions, approvals and days to approval.</summary>
    public async Task<IReadOnlyList<ThroughputRow>> ThroughputAsync(DashboardFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        // The last twelve months, counted from the audit trail (in Shanghai time), so the figures match the timelines.
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var since = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        var ids = Applications(filter).Select(a => a.Id);
        var relevant = db.ApplicationEvents.AsNoTracking()
            .Where(e => e.At >= since && ids.Contains(e.ApplicationId))
            .Where(e => e.Action == nameof(ApplicationAction.Submit) || e.Action == nameof(ApplicationAction.Approve) || PreliminaryDecisions.Contains(e.Action));

        // Counted per Shanghai month and action in the database (an event at 23:30 UTC on the last day of a month
        // belongs to the next month in Shanghai).
        var counts = await relevant
            .Select(e => new { Local = e.At.AddHours(8), e.Action })
            .GroupBy(e => new { e.Local.Year, e.Local.Month, e.Action })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Action, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Days from an approved application's first submission to its approval, averaged per month in the database.
        var approvalDays = await relevant.Where(e => e.Action == nameof(ApplicationAction.Approve))
            .Select(e => new
            {
                Local = e.At.AddHours(8),
                Days = (e.At - db.ApplicationEvents.Where(s => s.ApplicationId == e.ApplicationId && s.Action == nameof(ApplicationAction.Submit)).Min(s => s.At)).TotalDays,
            })
            .GroupBy(e => new { e.Local.Year, e.Local.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Days = g.Average(e => e.Days) })
            .ToListAsync(cancellationToken);

        return Enumerable.Range(0, 12).Select(i => first.AddMonths(i))
            .Select(month =>
            {
                int Count(Func<string, bool> action) =>
                    counts.Where(c => c.Year == month.Year && c.Month == month.Month && action(c.Action)).Sum(c => c.Count);
                var days = approvalDays.SingleOrDefault(d => d.Year == month.Year && d.Month == month.Month)?.Days;
                return new ThroughputRow(
                    month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                    Count(a => a == nameof(ApplicationAction.Submit)), Count(a => PreliminaryDecisions.Contains(a)),
                    Count(a => a == nameof(ApplicationAction.Approve)),
                    days is { } d ? Math.Round((decimal)d, 1, MidpointRounding.AwayFromZero) : null);
            })
            .ToList();
    }
}
