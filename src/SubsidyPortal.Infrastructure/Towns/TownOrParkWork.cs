using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Reference;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Towns;

/// <summary>
/// <see cref="ITownOrParkWork"/> over the existing rules: filings through <see cref="ApplicationQueries.VisibleTo"/>
/// and <see cref="ApplicationWorkflow"/> (which keeps the guards and the audit trail), awards through the award
/// scope (<see cref="AwardService.MaySee"/>), enterprises through <see cref="EnterpriseDirectory"/>.
/// </summary>
public sealed class TownOrParkWork(
    PortalDbContext db,
    IClock clock,
    ApplicationQueries queries,
    ApplicationViews views,
    ApplicationWorkflow workflow,
    AwardQueries awardQueries,
    EnterpriseDirectory directory) : ITownOrParkWork
{
    /// <summary>Filings and awards listed on an enterprise's page; the lists show the rest.</summary>
    public const int EnterpriseListSize = 10;

    private static bool IsTown(Actor actor) => actor.Role == PortalRoles.TownOrPark && actor.TownOrParkId is not null;

    public async Task<PagedResult<TownFilingRow>> FilingsAsync(Actor town, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        if (!IsTown(town))
        {
            return PagedResult<TownFilingRow>.Empty;
        }

        var query = queries.VisibleTo(town).Join(db.Enterprises, a => a.EnterpriseId, e => e.Id, (a, e) => new FilingJoin { A = a, EnterpriseName = e.Name });
        if (status is { } s)
        {
            query = query.Where(x => x.A.Status == s);
        }

        if (page.SearchText is { } text)
        {
            var pattern = $"%{Work.Like.Escape(text)}%";
            query = query.Where(x => EF.Functions.ILike(x.EnterpriseName, pattern, Work.Like.EscapeCharacter)
                                     || EF.Functions.ILike(x.A.ProjectName, pattern, Work.Like.EscapeCharacter)
                                     || EF.Functions.ILike(x.A.ReferenceNumber, pattern, Work.Like.EscapeCharacter));
        }

        var total = page.SearchText is null && status is null
            ? await queries.VisibleTo(town).CountAsync(cancellationToken)
            : await query.CountAsync(cancellationToken);
        var rows = page.SortBy is null ? await WorkFirstAsync(query, page, cancellationToken) : await SortedAsync(query, page, cancellationToken);
        var today = clock.Today;
        return new PagedResult<TownFilingRow>(rows.Select(r => new TownFilingRow(
            r.Id, r.ReferenceNumber, r.ProjectName, r.EnterpriseId, r.EnterpriseName, ClauseTitle(r.ClauseId), r.Status, r.SubmittedAt,
            r.Status == ApplicationStatus.Submitted ? WaitingDays(r.SubmittedAt, today) : null)).ToList(), total);
    }

    private sealed record FilingRow(Guid Id, string ReferenceNumber, string ProjectName, Guid EnterpriseId, string EnterpriseName, string ClauseId,
        ApplicationStatus Status, DateTimeOffset? SubmittedAt);

    private static IQueryable<FilingRow> Rows(IQueryable<FilingJoin> query) =>
        query.Select(x => new FilingRow(x.A.Id, x.A.ReferenceNumber, x.A.ProjectName, x.A.EnterpriseId, x.EnterpriseName, x.A.ClauseId, x.A.Status, x.A.SubmittedAt));

    private static Task<List<FilingRow>> SortedAsync(IQueryable<FilingJoin> query, PageRequest page, CancellationToken cancellationToken)
    {
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("reference", false) => query.OrderBy(x => x.A.ReferenceNumber),
            ("reference", true) => query.OrderByDescending(x => x.A.ReferenceNumber),
            ("project", false) => query.OrderBy(x => x.A.ProjectName),
            ("project", true) => query.OrderByDescending(x => x.A.ProjectName),
            ("enterprise", false) => query.OrderBy(x => x.EnterpriseName),
            ("enterprise", true) => query.OrderByDescending(x => x.EnterpriseName),
            ("submitted", false) => query.OrderBy(x => x.A.SubmittedAt),
            _ => query.OrderByDescending(x => x.A.SubmittedAt),
        };
        return Rows(sorted.ThenBy(x => x.A.Id).Skip(page.Skip).Take(page.Take)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The work first: filings waiting for the town, longest waiting first; then the rest, newest first. Read as two
    /// index-ordered parts (waiting, then the others) rather than one sort over every filing of the town.
    /// </summary>
    private static async Task<List<FilingRow>> WorkFirstAsync(IQueryable<FilingJoin> query, PageRequest page, CancellationToken cancellationToken)
    {
        var waiting = query.Where(x => x.A.Status == ApplicationStatus.Submitted);
        var waitingCount = await waiting.CountAsync(cancellationToken);
        var rows = new List<FilingRow>();
        if (page.Skip < waitingCount)
        {
            rows.AddRange(await Rows(waiting.OrderBy(x => x.A.SubmittedAt).ThenBy(x => x.A.Id).Skip(page.Skip).Take(page.Take)).ToListAsync(cancellationToken));
        }

        if (rows.Count < page.Take)
        {
            var rest = query.Where(x => x.A.Status != ApplicationStatus.Submitted).OrderByDescending(x => x.A.SubmittedAt).ThenBy(x => x.A.Id);
            rows.AddRange(await Rows(rest.Skip(Math.Max(0, page.Skip - waitingCount)).Take(page.Take - rows.Count)).ToListAsync(cancellationToken));
        }

        return rows;
    }

    public async Task<TownFilingView?> FilingAsync(Guid applicationId, Actor town, CancellationToken cancellationToken)
    {
        if (!IsTown(town))
        {
            return null;
        }

        var application = await queries.FindAsync(applicationId, town, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var view = await views.BuildAsync(application, cancellationToken);
        var actions = ApplicationTransitions.ActionsFor(application.Status, PortalRoles.TownOrPark);
        var others = await Waiting(town).CountAsync(a => a.Id != applicationId, cancellationToken);
        return new TownFilingView(view, actions.Contains(ApplicationAction.ConfirmByTown), actions.Contains(ApplicationAction.DeclineByTown), others);
    }

    public Task<CommandResult> ConfirmAsync(Guid applicationId, Actor town, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, ApplicationAction.ConfirmByTown, new TransitionInput(), town, cancellationToken);

    public Task<CommandResult> DeclineAsync(Guid applicationId, string? reason, Actor town, CancellationToken cancellationToken) =>
        DecideAsync(applicationId, ApplicationAction.DeclineByTown, new TransitionInput(reason?.Trim()), town, cancellationToken);

    /// <summary>Another town's filing (or one that does not exist) is refused as not found before the workflow is asked.</summary>
    private async Task<CommandResult> DecideAsync(Guid applicationId, ApplicationAction action, TransitionInput input, Actor town, CancellationToken cancellationToken)
    {
        if (!IsTown(town) || !await queries.VisibleTo(town).AnyAsync(a => a.Id == applicationId, cancellationToken))
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        return await workflow.ApplyAsync(applicationId, action, town, input, cancellationToken);
    }

    public async Task<Guid?> NextWaitingAsync(Actor town, Guid? except, CancellationToken cancellationToken)
    {
        if (!IsTown(town))
        {
            return null;
        }

        var waiting = Waiting(town);
        if (except is { } id)
        {
            waiting = waiting.Where(a => a.Id != id);
        }

        return await waiting.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<PagedResult<EnterpriseRow>> EnterprisesAsync(Actor town, PageRequest page, CancellationToken cancellationToken) =>
        IsTown(town) ? await directory.PageAsync(town.TownOrParkId, page, cancellationToken) : PagedResult<EnterpriseRow>.Empty;

    public async Task<TownEnterpriseView?> EnterpriseAsync(Guid enterpriseId, Actor town, CancellationToken cancellationToken)
    {
        if (!IsTown(town))
        {
            return null;
        }

        var enterprise = await db.Enterprises.AsNoTracking().Include(e => e.AnnualFigures).Include(e => e.CreditRecords).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == enterpriseId && e.TownOrParkId == town.TownOrParkId, cancellationToken);
        if (enterprise is null)
        {
            return null;
        }

        var townName = await db.TownsOrParks.Where(t => t.Id == enterprise.TownOrParkId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        var filings = queries.VisibleTo(town).Where(a => a.EnterpriseId == enterpriseId);
        var filingRows = await filings.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).Take(EnterpriseListSize)
            .Select(a => new { a.Id, a.ReferenceNumber, a.ProjectName, a.ClauseId, a.Status, a.SubmittedAt })
            .ToListAsync(cancellationToken);
        var today = clock.Today;
        var awards = TownAwards(town).Where(a => a.EnterpriseId == enterpriseId);
        return new TownEnterpriseView(
            enterprise, townName,
            filingRows.Select(r => new TownFilingRow(r.Id, r.ReferenceNumber, r.ProjectName, enterpriseId, enterprise.Name, ClauseTitle(r.ClauseId), r.Status, r.SubmittedAt,
                r.Status == ApplicationStatus.Submitted ? WaitingDays(r.SubmittedAt, today) : null)).ToList(),
            await filings.CountAsync(cancellationToken),
            await AwardRowsAsync(awards.OrderByDescending(a => a.AwardedOn).ThenByDescending(a => a.AwardNumber).Take(EnterpriseListSize), cancellationToken),
            await awards.CountAsync(cancellationToken));
    }

    public async Task<PagedResult<TownAwardRow>> AwardsAsync(Actor town, AwardStatus? status, bool overdueReportsOnly, PageRequest page, CancellationToken cancellationToken)
    {
        if (!IsTown(town))
        {
            return PagedResult<TownAwardRow>.Empty;
        }

        var query = TownAwards(town);
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        if (overdueReportsOnly)
        {
            var today = clock.Today;
            query = query.Where(a => db.ProgressReports.Any(r => r.AwardId == a.Id && r.Status == ProgressReportStatus.Due && r.DueOn < today));
        }

        if (page.SearchText is { } text)
        {
            var pattern = $"%{Work.Like.Escape(text)}%";
            query = query.Where(a => EF.Functions.ILike(a.RecipientName, pattern, Work.Like.EscapeCharacter)
                                     || EF.Functions.ILike(a.ProjectName, pattern, Work.Like.EscapeCharacter)
                                     || EF.Functions.ILike(a.AwardNumber, pattern, Work.Like.EscapeCharacter));
        }

        var total = await query.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("number", false) => query.OrderBy(a => a.AwardNumber),
            ("number", true) => query.OrderByDescending(a => a.AwardNumber),
            ("recipient", false) => query.OrderBy(a => a.RecipientName),
            ("recipient", true) => query.OrderByDescending(a => a.RecipientName),
            ("amount", false) => query.OrderBy(a => a.Amount),
            ("amount", true) => query.OrderByDescending(a => a.Amount),
            ("awarded", false) => query.OrderBy(a => a.AwardedOn),
            _ => query.OrderByDescending(a => a.AwardedOn),
        };
        return new PagedResult<TownAwardRow>(await AwardRowsAsync(sorted.ThenByDescending(a => a.AwardNumber).Skip(page.Skip).Take(page.Take), cancellationToken), total);
    }

    public async Task<TownAwardView?> AwardAsync(Guid awardId, Actor town, CancellationToken cancellationToken)
    {
        if (!IsTown(town))
        {
            return null;
        }

        var detail = await awardQueries.DetailAsync(awardId, town, cancellationToken);
        return detail is null
            ? null
            : new TownAwardView(detail.Award, ClauseTitle(detail.Award.ClauseId), detail.Reports, detail.Changes, detail.Trail, detail.Clawback, clock.Today);
    }

    private IQueryable<SubsidyApplication> Waiting(Actor town) => queries.VisibleTo(town).Where(a => a.Status == ApplicationStatus.Submitted);

    // The award scope of AwardQueries and AwardService.MaySee: the award's own town/park.
    private IQueryable<Award> TownAwards(Actor town) => db.Awards.AsNoTracking().Where(a => a.TownOrParkId != null && a.TownOrParkId == town.TownOrParkId);

    /// <summary>The rows of one page of awards (already ordered and paged), with their overdue reports counted in one query.</summary>
    private async Task<IReadOnlyList<TownAwardRow>> AwardRowsAsync(IQueryable<Award> page, CancellationToken cancellationToken)
    {
        var awards = await page.ToListAsync(cancellationToken);
        var ids = awards.Select(a => a.Id).ToList();
        var today = clock.Today;
        var overdue = await db.ProgressReports.AsNoTracking()
            .Where(r => ids.Contains(r.AwardId) && r.Status == ProgressReportStatus.Due && r.DueOn < today)
            .GroupBy(r => r.AwardId)
            .Select(g => new { AwardId = g.Key, Count = g.Count(), Oldest = g.Min(r => r.DueOn) })
            .ToDictionaryAsync(x => x.AwardId, cancellationToken);
        return awards.Select(a =>
        {
            var late = overdue.GetValueOrDefault(a.Id);
            return new TownAwardRow(a.Id, a.AwardNumber, a.RecipientName, a.ProjectName, a.Amount, a.PaidAmount, a.UnpaidAmount, a.Status, a.AwardedOn,
                late?.Count ?? 0, late?.Oldest, a.BankAccountConfirmedAt is not null);
        }).ToList();
    }

    private static string ClauseTitle(string clauseId) => PolicyCatalog.Find(clauseId)?.TitleZh ?? string.Empty;

    private static int? WaitingDays(DateTimeOffset? since, DateOnly today) =>
        since is { } at ? Math.Max(0, today.DayNumber - PortalTime.DayOf(at).DayNumber) : null;

    private sealed class FilingJoin
    {
        public SubsidyApplication A { get; init; } = default!;

        public string EnterpriseName { get; init; } = default!;
    }
}
