using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Work;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Committee;

/// <summary>
/// <see cref="ICommitteeCalls"/> over <see cref="CallService"/> (which opens calls by the domain's rules) and the
/// visibility rule of <see cref="ApplicationQueries"/>: this class gathers what the pages list and passes commands on.
/// </summary>
public sealed class CommitteeCalls(
    PortalDbContext db,
    IClock clock,
    CallService calls,
    ApplicationQueries queries,
    WorkingDayCalendarService calendars,
    VisibleAuthorities visible) : ICommitteeCalls
{
    private static readonly ApplicationStatus[] InReview =
    [
        ApplicationStatus.Submitted, ApplicationStatus.PreliminaryReview, ApplicationStatus.ReturnedForCorrection,
        ApplicationStatus.ExpertReview, ApplicationStatus.ProposedForApproval,
    ];

    public async Task<PagedResult<CallRow>> CallsAsync(PageRequest page, CallPhase? phase, Actor staff, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var query = db.Calls.AsNoTracking();
        query = phase switch
        {
            CallPhase.Upcoming => query.Where(c => c.OpensOn > today),
            CallPhase.Open => query.Where(c => c.OpensOn <= today && c.ClosesOn >= today),
            CallPhase.Closed => query.Where(c => c.ClosesOn < today),
            _ => query,
        };
        if (page.SearchText is { } text)
        {
            var pattern = $"%{Like.Escape(text)}%";
            query = query.Where(c => EF.Functions.ILike(c.TitleZh, pattern, Like.EscapeCharacter));
        }

        var total = await query.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("title", false) => query.OrderBy(c => c.TitleZh),
            ("title", true) => query.OrderByDescending(c => c.TitleZh),
            ("closes", false) => query.OrderBy(c => c.ClosesOn),
            ("closes", true) => query.OrderByDescending(c => c.ClosesOn),
            ("budget", false) => query.OrderBy(c => c.Budget),
            ("budget", true) => query.OrderByDescending(c => c.Budget),
            ("opens", false) => query.OrderBy(c => c.OpensOn),
            _ => query.OrderByDescending(c => c.OpensOn),
        };
        var rows = await sorted.ThenBy(c => c.TitleZh).ThenBy(c => c.Id).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<CallRow>(await RowsAsync(rows, cancellationToken), total);
    }

    public async Task<CallRow?> CallAsync(Guid callId, Actor staff, CancellationToken cancellationToken)
    {
        var call = await calls.FindAsync(callId, cancellationToken);
        return call is null ? null : (await RowsAsync([call], cancellationToken))[0];
    }

    public Task<NewCallChoices> NewCallChoicesAsync(Actor staff, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var policies = PolicyCatalog.Policies
            .Where(p => visible.Scope.Covers(p.Id))
            .Where(p => p.Period.EndExclusive is not { } end || end > today)
            .Select(p => new PolicyChoice(p.Id, p.DocumentNumber, p.Title, p.Period.Start, LastDay(p.Period),
                PolicyCatalog.Clauses.Where(c => c.Policy.Id == p.Id && c.Claim == ClaimMethod.Application)
                    .Select(c => new ClauseChoice(c.Id, c.TitleZh, c.Article, c.Period.Start, LastDay(c.Period))).ToList()))
            .Where(p => p.Clauses.Count > 0)
            .ToList();
        return Task.FromResult(new NewCallChoices(policies, today.Year, today, RubricLines.Format(ScoringRubric.Standard())));
    }

    public async Task<OpenCallOutcome> OpenAsync(NewCallInput input, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return new(null, CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed")));
        }

        // Every field's slip at once, in the words the save uses; the save then applies the domain's rules.
        var checkedInput = new NewCallValidator().Validate(input);
        if (!checkedInput.IsValid)
        {
            return new(null, checkedInput.ToCommandResult());
        }

        var opened = await calls.OpenAsync(new OpenCallInput
        {
            PolicyId = input.PolicyId,
            Year = input.Year ?? 0,
            Title = input.Title?.Trim(),
            ClauseIds = [.. input.ClauseIds],
            OpensOn = input.OpensOn,
            ClosesOn = input.ClosesOn,
            ReviewDueOn = input.ReviewDueOn,
            Budget = input.Budget,
            ExpertsPerApplication = input.ExpertsPerApplication ?? 0,
            ExpertSpecialty = input.ExpertSpecialty?.Trim(),
            Rubric = input.Rubric,
        }, staff.UserId, cancellationToken);
        return new(opened.CallId, opened.Result);
    }

    public async Task<PagedResult<StaffApplicationRow>> ApplicationsAsync(ApplicationListFilter filter, PageRequest page, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return PagedResult<StaffApplicationRow>.Empty;
        }

        var applications = queries.VisibleTo(staff);
        if (filter.CallId is { } callId)
        {
            applications = applications.Where(a => a.CallId == callId);
        }

        if (filter.Stage is { } stage)
        {
            applications = CommitteeStages.In(db, applications, stage);
        }

        var rows = from w in CommitteeStages.WithSince(applications)
                   join e in db.Enterprises on w.Application.EnterpriseId equals e.Id
                   join c in db.Calls on w.Application.CallId equals c.Id
                   select new { w.Application, w.Since, EnterpriseName = e.Name, CallTitle = c.TitleZh };
        if (page.SearchText is { } text)
        {
            var pattern = $"%{Like.Escape(text)}%";
            rows = rows.Where(r => EF.Functions.ILike(r.Application.ReferenceNumber, pattern, Like.EscapeCharacter)
                                   || EF.Functions.ILike(r.Application.ProjectName, pattern, Like.EscapeCharacter)
                                   || EF.Functions.ILike(r.EnterpriseName, pattern, Like.EscapeCharacter));
        }

        // Without a search the joins cannot drop a row (both are required keys), so the count skips them.
        var total = page.SearchText is null ? await applications.CountAsync(cancellationToken) : await rows.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("reference", false) => rows.OrderBy(r => r.Application.ReferenceNumber),
            ("reference", true) => rows.OrderByDescending(r => r.Application.ReferenceNumber),
            ("enterprise", false) => rows.OrderBy(r => r.EnterpriseName),
            ("enterprise", true) => rows.OrderByDescending(r => r.EnterpriseName),
            ("score", false) => rows.OrderBy(r => r.Application.AggregatedScore),
            ("score", true) => rows.OrderByDescending(r => r.Application.AggregatedScore),
            ("since", true) => rows.OrderByDescending(r => r.Since),
            // Oldest first: the one that has waited longest is the next to work on.
            _ => rows.OrderBy(r => r.Since),
        };
        var items = await sorted.ThenBy(r => r.Application.ReferenceNumber).Skip(page.Skip).Take(page.Take)
            .Select(r => new
            {
                r.Application.Id, r.Application.ReferenceNumber, r.EnterpriseName, r.Application.ProjectName, r.Application.ClauseId, r.Application.CallId, r.CallTitle,
                r.Application.Status, r.Application.SubmittedAt, r.Since, r.Application.EvaluatedAmount, r.Application.AggregatedScore, r.Application.ApprovedAmount,
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<StaffApplicationRow>(items.Select(r => new StaffApplicationRow(
            r.Id, r.ReferenceNumber, r.EnterpriseName, r.ProjectName, PolicyCatalog.Find(r.ClauseId)?.TitleZh ?? string.Empty, r.CallId, r.CallTitle,
            r.Status, r.SubmittedAt, r.Since, Math.Max(0, clock.Today.DayNumber - PortalTime.DayOf(r.Since).DayNumber),
            r.EvaluatedAmount, r.AggregatedScore, r.ApprovedAmount)).ToList(), total);
    }

    public async Task<CommitteeTotals> TotalsAsync(Actor staff, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var applications = db.Applications.AsNoTracking();
        return new CommitteeTotals(
            await db.Calls.CountAsync(c => c.OpensOn <= today && c.ClosesOn >= today, cancellationToken),
            await applications.CountAsync(a => InReview.Contains(a.Status), cancellationToken),
            await applications.CountAsync(a => a.Status == ApplicationStatus.PublicNotice, cancellationToken),
            await applications.CountAsync(a => a.Status == ApplicationStatus.Approved && db.Calls.Any(c => c.Id == a.CallId && c.Year == today.Year), cancellationToken));
    }

    /// <summary>The calls' rows with their applications counted by stage (drafts are the enterprise's own: not counted).</summary>
    private async Task<IReadOnlyList<CallRow>> RowsAsync(IReadOnlyList<Call> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(c => c.Id).ToList();
        var counts = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.CallId) && a.Status != ApplicationStatus.Draft)
            .Select(a => new
            {
                a.CallId,
                a.Status,
                Panel = db.ExpertAssignments.Any(x => x.ApplicationId == a.Id && x.Declaration != ConflictDeclaration.Recused),
                Scored = a.AggregatedScore != null,
            })
            .GroupBy(a => new { a.CallId, a.Status, a.Panel, a.Scored })
            .Select(g => new { g.Key.CallId, g.Key.Status, g.Key.Panel, g.Key.Scored, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var calendar = await calendars.LoadAsync(cancellationToken);
        var today = clock.Today;
        return rows.Select(c => new CallRow(
                c.Id, c.TitleZh, PolicyCatalog.Policies.FirstOrDefault(p => p.Id == c.PolicyId)?.DocumentNumber ?? string.Empty, c.Year,
                c.OpensOn, c.ClosesOn, c.IsOpenOn(today) ? Deadlines.WorkingDaysLeft(calendar, today, c.ClosesOn) : null,
                c.Budget, c.ExpertsPerApplication, c.ExpertSpecialty, c.NoticeWorkingDays,
                c.OpensOn > today ? CallPhase.Upcoming : c.ClosesOn < today ? CallPhase.Closed : CallPhase.Open,
                counts.Where(x => x.CallId == c.Id)
                    .GroupBy(x => CommitteeStages.Of(x.Status, x.Panel, x.Scored))
                    .ToDictionary(g => g.Key, g => g.Sum(x => x.Count))))
            .ToList();
    }

    private static DateOnly? LastDay(EffectivePeriod period) => period.EndExclusive?.AddDays(-1);
}
