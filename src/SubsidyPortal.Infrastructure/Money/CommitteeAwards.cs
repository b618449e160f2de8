using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Work;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>
/// 资助项目管理 over the award services: the award page through <see cref="AwardQueries.DetailAsync"/>, commands through
/// <see cref="AwardService"/> and <see cref="AftercareService"/> (their rules, messages and notices stay theirs). The
/// list is its own query on the same scope, counted, totalled and paged in the database, so it stays quick with tens of
/// thousands of awards. Only committee staff are answered.
/// </summary>
public sealed class CommitteeAwards(
    PortalDbContext db, AwardQueries queries, AwardService awards, AftercareService aftercare, IClock clock, VisibleAuthorities visible)
    : ICommitteeAwards
{
    private static bool IsStaff(Actor actor) => actor.Role == PortalRoles.CommitteeStaff;

    private static CommandResult NotFound => CommandResult.Fail(string.Empty, ValidationText.Get("award.not-found"));

    public async Task<CommitteeAwardList> ListAsync(Actor actor, CommitteeAwardFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return CommitteeAwardList.Empty;
        }

        var query = Filtered(filter, page.SearchText);
        var totals = await TotalsAsync(query, cancellationToken);
        if (totals.Awards == 0)
        {
            return new CommitteeAwardList(PagedResult<CommitteeAwardRow>.Empty, totals);
        }

        var sorted = (page.SortBy, page.Descending) switch
        {
            (CommitteeAwardSort.Number, false) => query.OrderBy(a => a.AwardNumber),
            (CommitteeAwardSort.Number, true) => query.OrderByDescending(a => a.AwardNumber),
            (CommitteeAwardSort.Recipient, false) => query.OrderBy(a => a.RecipientName).ThenByDescending(a => a.AwardedOn),
            (CommitteeAwardSort.Recipient, true) => query.OrderByDescending(a => a.RecipientName).ThenByDescending(a => a.AwardedOn),
            (CommitteeAwardSort.Amount, false) => query.OrderBy(a => a.Amount),
            (CommitteeAwardSort.Amount, true) => query.OrderByDescending(a => a.Amount),
            (CommitteeAwardSort.Awarded, false) => query.OrderBy(a => a.AwardedOn).ThenBy(a => a.AwardNumber),
            _ => query.OrderByDescending(a => a.AwardedOn).ThenByDescending(a => a.AwardNumber),
        };
        var ids = await sorted.ThenBy(a => a.Id).Skip(page.Skip).Take(page.Take).Select(a => a.Id).ToListAsync(cancellationToken);
        return new CommitteeAwardList(new PagedResult<CommitteeAwardRow>(await RowsAsync(ids, cancellationToken), totals.Awards), totals);
    }

    public async Task<CommitteeAwardFilterOptions> FilterOptionsAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return new CommitteeAwardFilterOptions([], [], [], []);
        }

        var calls = await queries.CallsAsync(actor, cancellationToken);
        var years = await queries.YearsAsync(actor, cancellationToken);
        var towns = await db.TownsOrParks.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        return new CommitteeAwardFilterOptions(
            PolicyCatalog.Policies.Where(p => visible.Scope.Covers(p.Id)).Select(p => new FilterChoice(p.Id, p.DocumentNumber)).ToList(),
            calls.Select(c => new FilterChoice(c.Id.ToString(), c.Title)).ToList(),
            years,
            towns.Select(t => new FilterChoice(t.Id.ToString(), t.Name)).ToList());
    }

    public async Task<CommitteeAwardView?> DetailAsync(Guid awardId, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return null;
        }

        var detail = await queries.DetailAsync(awardId, actor, cancellationToken);
        if (detail is null)
        {
            return null;
        }

        var clause = PolicyCatalog.Find(detail.Award.ClauseId);
        var clauseTitle = clause is null ? detail.Award.ClauseId : $"{clause.Policy.DocumentNumber} {clause.Article} {clause.TitleZh}";
        // The change lines' kind read apart from the note as the enterprise's page reads it, with the staff member's name kept.
        var trail = detail.Trail.Select(e => (Event: e, Entry: EnterpriseAwards.Entry(e)))
            .Select(x => new StaffTrailEntry(x.Event.Action, x.Event.At, x.Event.ActorName, x.Event.ActorRole, x.Event.Amount, x.Entry.Kind, x.Entry.Note))
            .ToList();
        return new CommitteeAwardView(detail.Award, clauseTitle, detail.Reports, detail.Changes, trail, detail.Clawback, clock.Today);
    }

    public Task<CommandResult> ReleaseTrancheAsync(Guid awardId, TrancheRelease input, Actor actor, CancellationToken cancellationToken) =>
        IsStaff(actor)
            ? Checked(new TrancheReleaseValidator(), input, () => awards.ReleaseTrancheAsync(awardId, input.TrancheId, input.Note, actor, cancellationToken))
            : Task.FromResult(NotFound);

    public Task<CommandResult> ReviewReportAsync(Guid awardId, ReportReview input, Actor actor, CancellationToken cancellationToken) =>
        IsStaff(actor)
            ? Checked(new ReportReviewValidator(), input, () => aftercare.ReviewReportAsync(awardId, input.ReportId, input.Note, actor, cancellationToken))
            : Task.FromResult(NotFound);

    public Task<CommandResult> SetReportScheduleAsync(Guid awardId, ReportSchedulePlan input, Actor actor, CancellationToken cancellationToken) =>
        IsStaff(actor)
            ? Checked(new ReportSchedulePlanValidator(clock.Today), input, () => aftercare.SetReportScheduleAsync(awardId, new ReportScheduleInput
            {
                FirstDueOn = input.FirstDueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                IntervalMonths = input.IntervalMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Count = input.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, actor, cancellationToken))
            : Task.FromResult(NotFound);

    public Task<CommandResult> DecideChangeAsync(Guid awardId, ChangeDecision input, Actor actor, CancellationToken cancellationToken) =>
        IsStaff(actor)
            ? Checked(new ChangeDecisionValidator(), input, async () => Renamed(await aftercare.DecideChangeAsync(awardId, input.RequestId, new ChangeDecisionInput
            {
                Outcome = input.Approve is { } approve ? (approve ? nameof(ChangeRequestStatus.Approved) : nameof(ChangeRequestStatus.Refused)) : null,
                Decision = input.Decision,
            }, actor, cancellationToken)))
            : Task.FromResult(NotFound);

    public Task<CommandResult> RevokeAsync(Guid awardId, Revocation input, Actor actor, CancellationToken cancellationToken) =>
        IsStaff(actor)
            ? Checked(new RevocationValidator(), input, () => awards.RevokeAsync(awardId, input.Ground!.Value, input.Note, actor, cancellationToken))
            : Task.FromResult(NotFound);

    /// <summary>The form's own checks first (what was typed), then the service, whose refusals keep their fields.</summary>
    private static async Task<CommandResult> Checked<T>(FluentValidation.IValidator<T> validator, T input, Func<Task<CommandResult>> command)
    {
        var checkedInput = await validator.ValidateAsync(input);
        return checkedInput.IsValid ? await command() : checkedInput.ToCommandResult();
    }

    // The service names the outcome field after its text input; the page's field is the yes/no choice.
    private static CommandResult Renamed(CommandResult result) => new(result.Errors
        .Select(e => e.Field == nameof(ChangeDecisionInput.Outcome) ? e with { Field = nameof(ChangeDecision.Approve) } : e).ToList());

    // The award scope (AwardQueries.Scope) for staff, narrowed by the filters.
    private IQueryable<Award> Filtered(CommitteeAwardFilter filter, string? search)
    {
        var query = db.Awards.AsNoTracking().IgnoreAutoIncludes();
        if (filter.PolicyId is { Length: > 0 } policy)
        {
            query = query.Where(a => a.PolicyId == policy);
        }

        if (filter.CallId is { } call)
        {
            query = query.Where(a => a.CallId == call);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(a => a.Year == year);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(a => a.Source == source);
        }

        if (filter.TownOrParkId is { } town)
        {
            query = query.Where(a => a.TownOrParkId == town);
        }

        if (filter.Attention is { } attention)
        {
            query = query.Where(Needs(attention));
        }

        if (search is not null)
        {
            var pattern = $"%{Like.Escape(search)}%";
            query = query.Where(a => EF.Functions.ILike(a.RecipientName, pattern, Like.EscapeCharacter)
                                     || EF.Functions.ILike(a.ProjectName, pattern, Like.EscapeCharacter)
                                     || EF.Functions.ILike(a.AwardNumber, pattern, Like.EscapeCharacter));
        }

        return query;
    }

    // In SQL what CommitteeAwardView works out with the award's rules: a scheduled tranche of an active award whose date
    // has come (TrancheMustBeDue), a submitted report, a report past its date on an award not revoked, a pending change.
    private Expression<Func<Award, bool>> Needs(AwardAttention attention)
    {
        var today = clock.Today;
        return attention switch
        {
            AwardAttention.TrancheDue => a => a.Status == AwardStatus.Active
                                              && db.AwardTranches.Any(t => t.AwardId == a.Id && t.Status == TrancheStatus.Scheduled && t.DueOn <= today),
            AwardAttention.ReportToReview => a => db.ProgressReports.Any(r => r.AwardId == a.Id && r.Status == ProgressReportStatus.Submitted),
            AwardAttention.ReportOverdue => a => a.Status != AwardStatus.Revoked
                                                 && db.ProgressReports.Any(r => r.AwardId == a.Id && r.Status == ProgressReportStatus.Due && r.DueOn < today),
            _ => a => db.ChangeRequests.Any(c => c.AwardId == a.Id && c.Status == ChangeRequestStatus.Pending),
        };
    }

    /// <summary>The whole filtered list's count and money (paid and still to come as Award.PaidAmount / UnpaidAmount
    /// count them), overdue reports and pending changes, each summed in the database.</summary>
    private async Task<CommitteeAwardTotals> TotalsAsync(IQueryable<Award> query, CancellationToken cancellationToken)
    {
        var head = await query.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Amount = g.Sum(a => a.Amount) }).SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return CommitteeAwardTotals.None;
        }

        var ids = query.Select(a => a.Id);
        var byStatus = await db.AwardTranches.AsNoTracking().Where(t => ids.Contains(t.AwardId))
            .GroupBy(t => t.Status).Select(g => new { Status = g.Key, Amount = g.Sum(t => t.Amount) })
            .ToListAsync(cancellationToken);
        var today = clock.Today;
        var notRevoked = query.Where(a => a.Status != AwardStatus.Revoked).Select(a => a.Id);
        var overdue = await db.ProgressReports.CountAsync(r => notRevoked.Contains(r.AwardId) && r.Status == ProgressReportStatus.Due && r.DueOn < today, cancellationToken);
        var pending = await db.ChangeRequests.CountAsync(c => ids.Contains(c.AwardId) && c.Status == ChangeRequestStatus.Pending, cancellationToken);
        return new CommitteeAwardTotals(
            head.Count, head.Amount,
            byStatus.Where(s => s.Status == TrancheStatus.Paid).Sum(s => s.Amount),
            byStatus.Where(s => s.Status is TrancheStatus.Scheduled or TrancheStatus.Payable or TrancheStatus.InBatch).Sum(s => s.Amount),
            overdue, pending);
    }

    /// <summary>The page's awards (in the page's order) with their tranches, and what waits on each, counted per award.</summary>
    private async Task<IReadOnlyList<CommitteeAwardRow>> RowsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var loaded = await db.Awards.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => ids.Contains(r.AwardId) && (r.Status == ProgressReportStatus.Due || r.Status == ProgressReportStatus.Submitted))
            .ToListAsync(cancellationToken);
        var pending = await db.ChangeRequests.AsNoTracking()
            .Where(c => ids.Contains(c.AwardId) && c.Status == ChangeRequestStatus.Pending)
            .GroupBy(c => c.AwardId).Select(g => new { AwardId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AwardId, x => x.Count, cancellationToken);
        var today = clock.Today;
        return ids.Select(id =>
        {
            var award = loaded[id];
            // The award page's own view of what waits, so the list and the page never disagree.
            var view = new CommitteeAwardView(award, string.Empty, reports.Where(r => r.AwardId == id).ToList(), [], [], null, today);
            var next = AwardQueries.NextTranche(award);
            return new CommitteeAwardRow(
                award.Id, award.AwardNumber, award.RecipientName, award.ProjectName, award.Source, award.Year, award.Status, award.AwardedOn,
                award.Amount, award.PaidAmount, award.UnpaidAmount,
                next is null ? null : new NextPayment(next.Label, next.Amount, next.DueOn, next.Status),
                award.BankAccountConfirmedAt is not null,
                view.DueToRelease.Count, view.ToReview.Count, view.OverdueReports, pending.GetValueOrDefault(id));
        }).ToList();
    }
}
