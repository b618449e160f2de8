using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Work;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>
/// 我的资助 over the award services: reads through <see cref="AwardQueries"/> (its scope and its detail, which apply
/// <see cref="AwardService.MaySee"/>), commands through <see cref="AwardService"/> and <see cref="AftercareService"/>,
/// whose rules and messages stay theirs. Only the paged list is its own query, on the same scope.
/// </summary>
public sealed class EnterpriseAwards(
    PortalDbContext db, AwardQueries queries, AwardService awards, AftercareService aftercare, IClock clock, WorkingDayCalendarService calendars)
    : IEnterpriseAwards
{
    public async Task<PagedResult<EnterpriseAwardRow>> PageAsync(Actor actor, PageRequest page, bool toDoOnly, CancellationToken cancellationToken)
    {
        var query = Mine(actor);
        if (page.SearchText is { } text)
        {
            var pattern = $"%{Like.Escape(text)}%";
            query = query.Where(a => EF.Functions.ILike(a.AwardNumber, pattern, Like.EscapeCharacter) || EF.Functions.ILike(a.ProjectName, pattern, Like.EscapeCharacter));
        }

        var needsAction = NeedsAction();
        if (toDoOnly)
        {
            query = query.Where(needsAction);
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = page.SortBy switch
        {
            EnterpriseAwardSort.Number => page.Descending ? query.OrderByDescending(a => a.AwardNumber) : query.OrderBy(a => a.AwardNumber),
            EnterpriseAwardSort.Amount => page.Descending ? query.OrderByDescending(a => a.Amount) : query.OrderBy(a => a.Amount),
            _ => query.OrderByDescending(needsAction).ThenByDescending(a => a.AwardedOn).ThenByDescending(a => a.AwardNumber),
        };
        var ids = await ordered.ThenBy(a => a.Id).Skip(page.Skip).Take(page.Take).Select(a => a.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return new PagedResult<EnterpriseAwardRow>([], total);
        }

        // The page's awards with their tranches, so paid, outstanding and the next payment are the domain's own figures.
        var loaded = await db.Awards.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var reports = await db.ProgressReports.AsNoTracking()
            .Where(r => ids.Contains(r.AwardId) && r.Status == ProgressReportStatus.Due)
            .ToListAsync(cancellationToken);
        var pending = await db.ChangeRequests.AsNoTracking()
            .Where(r => ids.Contains(r.AwardId) && r.Status == ChangeRequestStatus.Pending)
            .GroupBy(r => r.AwardId).Select(g => new { AwardId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.AwardId, x => x.Count, cancellationToken);
        var days = await DaysAsync(reports.Count > 0, cancellationToken);
        var today = clock.Today;
        var rows = ids.Select(id =>
        {
            var award = loaded[id];
            List<ProgressReport> owed = award.Status == AwardStatus.Revoked ? [] : reports.Where(r => r.AwardId == id).ToList();
            var next = AwardQueries.NextTranche(award);
            return new EnterpriseAwardRow(
                award.Id, award.AwardNumber, award.ProjectName, award.Status, award.AwardedOn,
                award.Amount, award.PaidAmount, award.UnpaidAmount,
                next is null ? null : new NextPayment(next.Label, next.Amount, next.DueOn, next.Status),
                award.Status == AwardStatus.Active && award.BankAccountConfirmedAt is null,
                Due(NextReport(owed), days),
                owed.Count(r => r.IsOverdue(today)),
                pending.GetValueOrDefault(id));
        }).ToList();
        return new PagedResult<EnterpriseAwardRow>(rows, total);
    }

    public async Task<EnterpriseAwardSummary> SummaryAsync(Actor actor, CancellationToken cancellationToken)
    {
        var mine = Mine(actor);
        var count = await mine.CountAsync(cancellationToken);
        var needing = await mine.CountAsync(NeedsAction(), cancellationToken);
        var amount = await mine.SumAsync(a => a.Amount, cancellationToken);
        var byStatus = await db.AwardTranches.AsNoTracking()
            .Where(t => mine.Any(a => a.Id == t.AwardId))
            .GroupBy(t => t.Status).Select(g => new { Status = g.Key, Amount = g.Sum(t => t.Amount) })
            .ToListAsync(cancellationToken);
        // Paid and still to come, as Award.PaidAmount / UnpaidAmount count them (AwardTranche.IsUnpaid).
        var paid = byStatus.Where(s => s.Status == TrancheStatus.Paid).Sum(s => s.Amount);
        var outstanding = byStatus.Where(s => s.Status is TrancheStatus.Scheduled or TrancheStatus.Payable or TrancheStatus.InBatch).Sum(s => s.Amount);
        return new EnterpriseAwardSummary(count, needing, amount, paid, outstanding);
    }

    public async Task<EnterpriseAwardView?> DetailAsync(Guid awardId, Actor actor, CancellationToken cancellationToken)
    {
        var detail = await queries.DetailAsync(awardId, actor, cancellationToken);
        if (detail is null)
        {
            return null;
        }

        var award = detail.Award;
        var owed = award.Status == AwardStatus.Revoked ? null : NextReport(detail.Reports.Where(r => r.Status == ProgressReportStatus.Due));
        var days = await DaysAsync(owed is not null, cancellationToken);
        var (prefill, fromAnother) = award.BankAccountConfirmedAt is not null
            ? (new AccountDetails(award.BankAccountName, award.BankName, award.BankAccountNumber), false)
            : detail.LastConfirmedAccount is { } last
                ? (new AccountDetails(last.AccountName, last.BankName, last.AccountNumber), true)
                : ((AccountDetails?)null, false);
        var clause = PolicyCatalog.Find(award.ClauseId);
        var clauseTitle = clause is null ? award.ClauseId : $"{clause.Policy.DocumentNumber} {clause.Article} {clause.TitleZh}";
        return new EnterpriseAwardView(
            award, clauseTitle, detail.Reports, detail.Changes, detail.Trail.Select(Entry).ToList(), detail.Clawback, prefill, fromAnother,
            Due(owed, days), clock.Today);
    }

    /// <summary>
    /// A trail line without the actor's name. Change lines are written "{kind}…：{text}" (Award.FileChange / DecideChange):
    /// the kind is returned apart and the figures in between dropped (the change request shows them formatted).
    /// </summary>
    internal static TrailEntry Entry(MoneyEvent e)
    {
        if (e.Action is "ChangeRequested" or "ChangeApproved" or "ChangeRefused" && e.Note is { } note)
        {
            foreach (var kind in Enum.GetValues<ChangeKind>())
            {
                if (note.StartsWith(kind.ToString(), StringComparison.Ordinal))
                {
                    var colon = note.IndexOf('：', StringComparison.Ordinal);
                    return new TrailEntry(e.Action, e.At, e.ActorRole, e.Amount, kind, colon < 0 ? null : note[(colon + 1)..]);
                }
            }
        }

        return new TrailEntry(e.Action, e.At, e.ActorRole, e.Amount, null, e.Note);
    }

    public Task<CommandResult> ConfirmAccountAsync(Guid awardId, AccountConfirmation input, Actor actor, CancellationToken cancellationToken) =>
        awards.ConfirmBankAccountAsync(awardId, new BankAccountInput(input.AccountName, input.BankName, input.AccountNumber), actor, cancellationToken);

    public Task<CommandResult> SubmitReportAsync(Guid awardId, ReportSubmission input, Actor actor, CancellationToken cancellationToken) =>
        aftercare.SubmitReportAsync(
            awardId, input.ReportId,
            new ProgressReportInput { Progress = input.Progress, FundsUsed = Text(input.FundsUsed), PercentComplete = Text(input.PercentComplete) },
            actor, cancellationToken);

    public Task<CommandResult> FileChangeAsync(Guid awardId, ChangeFiling input, Actor actor, CancellationToken cancellationToken) =>
        aftercare.FileChangeAsync(
            awardId,
            new ChangeRequestInput
            {
                Kind = input.Kind?.ToString(),
                Description = input.Description,
                PlannedTotal = Text(input.PlannedTotal),
                NewTotal = Text(input.NewTotal),
                StructurePercent = Text(input.StructurePercent),
            },
            actor, cancellationToken);

    /// <summary>The services read numbers as typed text; a blank stays blank so their own message answers it.</summary>
    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private IQueryable<Award> Mine(Actor actor) => AwardQueries.Scope(db.Awards.AsNoTracking().IgnoreAutoIncludes(), actor);

    /// <summary>Waiting for the enterprise: an account to confirm while it is being paid, or a report due on an award not revoked.</summary>
    private Expression<Func<Award, bool>> NeedsAction()
    {
        var due = db.ProgressReports.Where(r => r.Status == ProgressReportStatus.Due);
        return a => (a.Status == AwardStatus.Active && a.BankAccountConfirmedAt == null)
                    || (a.Status != AwardStatus.Revoked && due.Any(r => r.AwardId == a.Id));
    }

    /// <summary>The report to submit next: the earliest one due (as the award page has always offered it).</summary>
    private static ProgressReport? NextReport(IEnumerable<ProgressReport> due) => due.OrderBy(r => r.DueOn).ThenBy(r => r.Sequence).FirstOrDefault();

    private static ReportDue? Due(ProgressReport? report, Func<DateOnly, int?> days) =>
        report is null ? null : new ReportDue(report.Id, report.Sequence, report.DueOn, days(report.DueOn));

    /// <summary>Working days left until a date, by the working-day calendar (read only when a deadline is shown).</summary>
    private async Task<Func<DateOnly, int?>> DaysAsync(bool needed, CancellationToken cancellationToken)
    {
        if (!needed)
        {
            return _ => null;
        }

        var context = new QueueContext(db, clock.Today, clock.Now, await calendars.LoadAsync(cancellationToken), 0);
        return day => context.WorkingDaysLeft(day);
    }
}
