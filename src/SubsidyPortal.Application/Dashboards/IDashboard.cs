using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Application.Dashboards;

/// <summary>
/// 统计看板 for committee and finance staff: applications by state, money by policy / call / clause / town / year,
/// budget use and review throughput, read from the live tables. Anyone else gets nothing.
/// </summary>
public interface IDashboard
{
    /// <summary>The figures under the filter, money broken down by <paramref name="dimension"/>; null for other roles.</summary>
    Task<DashboardFigures?> LoadAsync(DashboardFilter filter, DashboardDimension dimension, Actor actor, CancellationToken cancellationToken);

    /// <summary>The calls (newest first) and towns/parks the filter offers.</summary>
    Task<DashboardOptions> OptionsAsync(Actor actor, CancellationToken cancellationToken);
}

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

/// <summary>One group's money: awards made, paid, still to pay, stopped by revocation, to recover, recovered and written off (yuan).</summary>
public sealed record MoneyRow(
    string Key, string Label, int Awards, decimal Approved, decimal Paid, decimal Outstanding, decimal Stopped, decimal ClawbackDue, decimal Recovered,
    decimal WrittenOff)
{
    public decimal ClawbackOutstanding => ClawbackDue - Recovered - WrittenOff;
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

public sealed record StateCount(ApplicationStatus Status, int Count);

/// <summary>Everything the dashboard shows under one filter, read together.</summary>
public sealed record DashboardFigures(
    IReadOnlyList<StateCount> States, IReadOnlyList<MoneyRow> Money, MoneyRow Total,
    IReadOnlyList<BudgetRow> Budgets, IReadOnlyList<ThroughputRow> Throughput)
{
    /// <summary>When these figures were read from the database (they may be shared for a short while).</summary>
    public DateTimeOffset ReadAt { get; init; }
}

/// <summary>A value the dashboard's filters offer, with its words.</summary>
public sealed record DashboardChoice(Guid Id, string Label);

/// <summary>A policy the reader may filter by: its id and document number.</summary>
public sealed record DashboardPolicy(string Id, string DocumentNumber);

/// <summary>What the dashboard's filters offer: only the policies and calls of the reader's administering authorities.</summary>
public sealed record DashboardOptions(
    IReadOnlyList<DashboardPolicy> Policies, IReadOnlyList<DashboardChoice> Calls, IReadOnlyList<DashboardChoice> Towns, IReadOnlyList<int> Years)
{
    public static readonly DashboardOptions None = new([], [], [], []);
}
