using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Infrastructure.Committee;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Work;

/// <summary>
/// 镇（园区）: its own enterprises' filings waiting for its confirmation, oldest first; then its enterprises' awards
/// with a progress report overdue, so it can urge them (the oldest overdue report first).
/// </summary>
internal static class TownQueue
{
    public static async Task<IReadOnlyList<WorkSection>> SectionsAsync(QueueContext q, Actor actor, CancellationToken ct)
    {
        if (actor.TownOrParkId is not { } townId)
        {
            return [];
        }

        var waiting = q.Db.Applications.AsNoTracking().Where(a => a.TownOrParkId == townId && a.Status == ApplicationStatus.Submitted);
        var items = await waiting.OrderBy(a => a.SubmittedAt).Take(q.Take)
            .Join(q.Db.Enterprises, a => a.EnterpriseId, e => e.Id, (a, e) => new { a.Id, a.ProjectName, a.ReferenceNumber, e.Name, a.SubmittedAt })
            .ToListAsync(ct);

        var overdue = q.Db.ProgressReports.AsNoTracking().Where(r => r.Status == ProgressReportStatus.Due && r.DueOn < q.Today);
        var late = q.Db.Awards.AsNoTracking()
            .Where(a => a.TownOrParkId == townId && overdue.Any(r => r.AwardId == a.Id))
            .Select(a => new { a.Id, a.RecipientName, a.ProjectName, Oldest = overdue.Where(r => r.AwardId == a.Id).Min(r => r.DueOn) });
        var lateItems = await late.OrderBy(a => a.Oldest).Take(q.Take).ToListAsync(ct);
        return
        [
            new WorkSection("town.confirm", await waiting.CountAsync(ct),
                items.Select(a => q.Item("Queue.Item.TownConfirm", [a.Name, a.ProjectName, a.ReferenceNumber], null, null, $"/town/applications/{a.Id}", a.SubmittedAt)).ToList(),
                "/town/applications?status=Submitted"),
            new WorkSection("town.reports", await late.CountAsync(ct),
                lateItems.Select(a => q.Item("Queue.Item.OverdueReport", [a.RecipientName, a.ProjectName], null, a.Oldest, $"/town/awards/{a.Id}")).ToList(),
                "/town/awards?overdue=true"),
        ];
    }
}

/// <summary>区科委: the review pipeline by stage (oldest first, with how long the oldest has waited), notices with
/// open objections, and after-award work. Stages are <see cref="CommitteeStages"/>, as on the committee's lists.</summary>
internal static class CommitteeQueue
{
    public static async Task<IReadOnlyList<WorkSection>> SectionsAsync(QueueContext q, CancellationToken ct)
    {
        var db = q.Db;
        var apps = db.Applications.AsNoTracking();
        var sections = new List<WorkSection>
        {
            await StageAsync(q, CommitteeStages.PreliminaryQueue, CommitteeStage.Preliminary, ct),
            await StageAsync(q, CommitteeStages.DrawQueue, CommitteeStage.Draw, ct),
            await StageAsync(q, CommitteeStages.ScoringQueue, CommitteeStage.Scoring, ct),
        };

        // 待排序: calls with scored applications waiting to be ranked and proposed, the call with most first.
        var toRank = CommitteeStages.In(db, apps, CommitteeStage.Ranking);
        var calls = await toRank.GroupBy(a => a.CallId)
            .Select(g => new { CallId = g.Key, Count = g.Count(), Title = db.Calls.Where(c => c.Id == g.Key).Select(c => c.TitleZh).First() })
            .OrderByDescending(g => g.Count).Take(q.Take).ToListAsync(ct);
        var rankingItems = new List<WorkItem>();
        foreach (var call in calls)
        {
            var oldest = await CommitteeStages.WithSince(toRank.Where(a => a.CallId == call.CallId)).MinAsync(w => (DateTimeOffset?)w.Since, ct);
            rankingItems.Add(q.Item("Queue.Item.Ranking", [call.Title, call.Count.ToString(CultureInfo.InvariantCulture)], null, null, $"/committee/calls/{call.CallId}?tab=ranking", oldest));
        }

        sections.Add(new WorkSection(CommitteeStages.RankingQueue, await toRank.CountAsync(ct), rankingItems, $"/committee/applications?stage={CommitteeStage.Ranking}")
        {
            OldestWaitingDays = q.WaitingDays(await CommitteeStages.WithSince(toRank).MinAsync(w => (DateTimeOffset?)w.Since, ct)),
        });

        var onNotice = apps.Where(a => a.Status == ApplicationStatus.PublicNotice);
        var openObjections = db.Objections.AsNoTracking().Where(o => o.Status == ObjectionStatus.Open);
        var objected = await openObjections
            .Join(apps, o => o.ApplicationId, a => a.Id, (o, a) => new { a.Id, a.ProjectName, a.ReferenceNumber, o.LodgedAt, a.NoticeLastDay })
            .OrderBy(x => x.LodgedAt).Take(q.Take).ToListAsync(ct);
        sections.Add(new WorkSection(CommitteeStages.ObjectionsQueue, await openObjections.CountAsync(ct),
            objected.Select(o => q.Item("Queue.Item.Objection", [o.ProjectName, o.ReferenceNumber], null, o.NoticeLastDay, $"/committee/applications/{o.Id}", o.LodgedAt)).ToList(),
            "/notices")
        {
            OldestWaitingDays = objected.Count > 0 ? q.WaitingDays(objected[0].LodgedAt) : null,
        });
        sections.Add(new WorkSection("committee.notice", await onNotice.CountAsync(ct), [], $"/committee/applications?stage={CommitteeStage.Notice}"));

        var overdue = db.ProgressReports.AsNoTracking().Where(r => r.Status == ProgressReportStatus.Due && r.DueOn < q.Today);
        var overdueItems = await overdue.OrderBy(r => r.DueOn).Take(q.Take)
            .Join(db.Awards, r => r.AwardId, a => a.Id, (r, a) => new { a.Id, a.RecipientName, a.ProjectName, r.DueOn })
            .ToListAsync(ct);
        sections.Add(new WorkSection("committee.reports", await overdue.CountAsync(ct),
            overdueItems.Select(r => q.Item("Queue.Item.OverdueReport", [r.RecipientName, r.ProjectName], null, r.DueOn, $"/committee/awards/{r.Id}")).ToList(),
            "/committee/awards"));

        var changes = db.ChangeRequests.AsNoTracking().Where(c => c.Status == ChangeRequestStatus.Pending);
        var changeItems = await changes.OrderBy(c => c.FiledAt).Take(q.Take)
            .Join(db.Awards, c => c.AwardId, a => a.Id, (c, a) => new { a.Id, a.RecipientName, a.ProjectName, c.FiledAt })
            .ToListAsync(ct);
        sections.Add(new WorkSection("committee.changes", await changes.CountAsync(ct),
            changeItems.Select(c => q.Item("Queue.Item.Change", [c.RecipientName, c.ProjectName], null, null, $"/committee/awards/{c.Id}", c.FiledAt)).ToList(),
            "/committee/awards")
        {
            OldestWaitingDays = changeItems.Count > 0 ? q.WaitingDays(changeItems[0].FiledAt) : null,
        });

        var imports = db.EntitlementImports.AsNoTracking().Where(i => i.Status == EntitlementImportStatus.Previewed);
        var importItems = await imports.OrderBy(i => i.CreatedAt).Take(q.Take).Select(i => new { i.Id, i.FileName, i.EligibleRows, i.CreatedAt }).ToListAsync(ct);
        sections.Add(new WorkSection("committee.imports", await imports.CountAsync(ct),
            importItems.Select(i => q.Item("Queue.Item.Import", [i.FileName, i.EligibleRows.ToString(CultureInfo.InvariantCulture)], null, null, $"/committee/entitlements/{i.Id}", i.CreatedAt)).ToList(),
            "/committee/entitlements"));
        return sections;
    }

    /// <summary>One stage's section: the oldest first (by the last state change), each linking to its review page,
    /// which offers the section's next item once this one has left it.</summary>
    private static async Task<WorkSection> StageAsync(QueueContext q, string key, CommitteeStage stage, CancellationToken ct)
    {
        var stageApplications = CommitteeStages.In(q.Db, q.Db.Applications.AsNoTracking(), stage);
        var items = await (from w in CommitteeStages.WithSince(stageApplications)
                           join e in q.Db.Enterprises on w.Application.EnterpriseId equals e.Id
                           orderby w.Since, w.Application.ReferenceNumber
                           select new { w.Application.Id, w.Application.ProjectName, w.Application.ReferenceNumber, e.Name, w.Since })
            .Take(q.Take).ToListAsync(ct);
        return new WorkSection(key, await stageApplications.CountAsync(ct),
            items.Select(a => q.Item("Queue.Item.Stage", [a.Name, a.ProjectName, a.ReferenceNumber], null, null, $"/committee/applications/{a.Id}", a.Since)).ToList(),
            $"/committee/applications?stage={stage}")
        {
            OldestWaitingDays = items.Count > 0 ? q.WaitingDays(items[0].Since) : null,
        };
    }
}

/// <summary>评审专家: assignments to declare on, then to score, oldest first.</summary>
internal static class ExpertQueue
{
    public static IQueryable<ExpertAssignment> OpenAssignments(PortalDbContext db, Actor actor) =>
        db.ExpertAssignments.AsNoTracking().Where(x =>
            db.Experts.Any(e => e.Id == x.ExpertId && e.UserId == actor.UserId)
            && (x.Declaration == ConflictDeclaration.Pending
                || (x.Declaration == ConflictDeclaration.NoConflict && x.SubmittedAt == null
                    && db.Applications.Any(a => a.Id == x.ApplicationId && a.Status == ApplicationStatus.ExpertReview))));

    /// <summary>The expert's assignments no longer waiting for them (scored, recused, or closed before scoring):
    /// every one of theirs that <see cref="OpenAssignments"/> does not list.</summary>
    public static IQueryable<ExpertAssignment> FinishedAssignments(PortalDbContext db, Actor actor)
    {
        var open = OpenAssignments(db, actor);
        return db.ExpertAssignments.AsNoTracking().Where(x =>
            db.Experts.Any(e => e.Id == x.ExpertId && e.UserId == actor.UserId) && !open.Any(o => o.Id == x.Id));
    }

    public static async Task<IReadOnlyList<WorkSection>> SectionsAsync(QueueContext q, Actor actor, CancellationToken ct)
    {
        var open = OpenAssignments(q.Db, actor);
        var toDeclare = open.Where(x => x.Declaration == ConflictDeclaration.Pending);
        var toScore = open.Where(x => x.Declaration == ConflictDeclaration.NoConflict);
        return
        [
            await SectionAsync(q, "expert.declare", toDeclare, ct),
            await SectionAsync(q, "expert.score", toScore, ct),
        ];
    }

    private static async Task<WorkSection> SectionAsync(QueueContext q, string key, IQueryable<ExpertAssignment> assignments, CancellationToken ct)
    {
        // The enterprise and project are named before the declaration: they are what a conflict is judged on. The
        // nearest 专家评审截止 comes first; calls without one follow, oldest assignment first.
        var items = await assignments
            .Join(q.Db.Applications, x => x.ApplicationId, a => a.Id, (x, a) => new { x.Id, x.AssignedAt, a.ReferenceNumber, a.ProjectName, a.EnterpriseId, a.CallId })
            .Join(q.Db.Calls, x => x.CallId, c => c.Id, (x, c) => new { x.Id, x.AssignedAt, x.ReferenceNumber, x.ProjectName, x.EnterpriseId, c.ReviewDueOn })
            .Join(q.Db.Enterprises, x => x.EnterpriseId, e => e.Id, (x, e) => new { x.Id, x.AssignedAt, x.ReferenceNumber, x.ProjectName, x.ReviewDueOn, EnterpriseName = e.Name })
            .OrderBy(x => x.ReviewDueOn == null).ThenBy(x => x.ReviewDueOn).ThenBy(x => x.AssignedAt).Take(q.Take)
            .ToListAsync(ct);
        return new WorkSection(key, await assignments.CountAsync(ct),
            items.Select(x => q.Item("Queue.Item.Assignment", [x.ProjectName, x.ReferenceNumber], x.EnterpriseName, x.ReviewDueOn, $"/expert/assignments/{x.Id}", x.AssignedAt)).ToList(),
            "/expert");
    }
}

/// <summary>财务: what can be paid, batches waiting for a checker other than this user, unpaid lines, claw-backs.</summary>
internal static class FinanceQueue
{
    public static async Task<IReadOnlyList<WorkSection>> SectionsAsync(QueueContext q, Actor actor, CancellationToken ct)
    {
        var db = q.Db;
        var payable = db.AwardTranches.AsNoTracking()
            .Where(t => t.Status == TrancheStatus.Payable
                        && db.Awards.Any(a => a.Id == t.AwardId && a.Status == AwardStatus.Active && a.BankAccountConfirmedAt != null));
        var payableCount = await payable.CountAsync(ct);
        var payableTotal = payableCount == 0 ? 0m : await payable.SumAsync(t => t.Amount, ct);
        var sections = new List<WorkSection>
        {
            new("finance.payable", payableCount,
                payableCount == 0 ? [] : [q.Item("Queue.Item.Payable", [payableCount.ToString(CultureInfo.InvariantCulture), Application.Formatting.MoneyText.Yuan(payableTotal)], null, null, "/finance/payable")],
                "/finance/payable"),
        };

        var forMe = ToCheck(db, actor);
        var draftItems = await forMe.OrderBy(b => b.CreatedAt).Take(q.Take).Select(b => new { b.Id, b.BatchNumber, b.MakerName, b.CreatedAt }).ToListAsync(ct);
        sections.Add(new WorkSection("finance.check", await forMe.CountAsync(ct),
            draftItems.Select(b => q.Item("Queue.Item.Check", [b.BatchNumber, b.MakerName], null, null, $"/finance/batches/{b.Id}", b.CreatedAt)).ToList(),
            "/finance/batches?status=Draft"));

        var unpaid = Unpaid(db);
        var unpaidItems = await unpaid.OrderBy(b => b.ApprovedAt).Take(q.Take)
            .Select(b => new { b.Id, b.BatchNumber, Lines = db.DisbursementLines.Count(l => l.BatchId == b.Id && l.Status == LineStatus.Pending) })
            .ToListAsync(ct);
        sections.Add(new WorkSection("finance.unpaid", await unpaid.CountAsync(ct),
            unpaidItems.Select(b => q.Item("Queue.Item.Unpaid", [b.BatchNumber, b.Lines.ToString(CultureInfo.InvariantCulture)], null, null, $"/finance/batches/{b.Id}")).ToList(),
            "/finance/batches?status=Approved"));

        // 核销 asked for by someone else: this user may be the second finance user it needs.
        var writeOffs = WriteOffsToDecide(db, actor);
        var writeOffItems = await writeOffs.OrderBy(c => c.PendingWriteOff!.ProposedAt).Take(q.Take)
            .Select(c => new { c.RecipientName, c.AwardNumber, c.PendingWriteOff!.Amount, c.PendingWriteOff.ProposedByName, c.PendingWriteOff.ProposedAt }).ToListAsync(ct);
        sections.Add(new WorkSection("finance.write-offs", await writeOffs.CountAsync(ct),
            writeOffItems.Select(c => q.Item("Queue.Item.WriteOff", [c.RecipientName, c.AwardNumber, Application.Formatting.MoneyText.Yuan(c.Amount), c.ProposedByName], null, null, "/finance/clawbacks", c.ProposedAt)).ToList(),
            "/finance/clawbacks"));

        var clawbacks = db.Clawbacks.AsNoTracking().Where(c => c.Status == ClawbackStatus.Open);
        var clawbackItems = await clawbacks.OrderBy(c => c.OpenedAt).Take(q.Take)
            .Select(c => new { c.Id, c.RecipientName, c.AwardNumber, Outstanding = c.AmountDue - c.AmountRecovered - c.AmountWrittenOff, c.OpenedAt }).ToListAsync(ct);
        sections.Add(new WorkSection("finance.clawbacks", await clawbacks.CountAsync(ct),
            clawbackItems.Select(c => q.Item("Queue.Item.Clawback", [c.RecipientName, c.AwardNumber, Application.Formatting.MoneyText.Yuan(c.Outstanding)], null, null, "/finance/clawbacks", c.OpenedAt)).ToList(),
            "/finance/clawbacks"));
        return sections;
    }

    /// <summary>Drafts waiting for a checker other than the actor (the maker never checks).</summary>
    public static IQueryable<DisbursementBatch> ToCheck(PortalDbContext db, Actor actor) =>
        db.DisbursementBatches.AsNoTracking().Where(b => b.Status == BatchStatus.Draft && b.MakerUserId != actor.UserId);

    /// <summary>Open claw-backs with a write-off another finance user asked for.</summary>
    public static IQueryable<Clawback> WriteOffsToDecide(PortalDbContext db, Actor actor) =>
        db.Clawbacks.AsNoTracking().IgnoreAutoIncludes()
            .Where(c => c.Status == ClawbackStatus.Open && c.PendingWriteOff != null && c.PendingWriteOff.ProposedByUserId != actor.UserId);

    /// <summary>Approved batches with lines whose payment is not recorded yet.</summary>
    public static IQueryable<DisbursementBatch> Unpaid(PortalDbContext db) =>
        db.DisbursementBatches.AsNoTracking()
            .Where(b => b.Status == BatchStatus.Approved && db.DisbursementLines.Any(l => l.BatchId == b.Id && l.Status == LineStatus.Pending));
}

/// <summary>系统管理员: locked accounts, and the next year's holiday calendar when it has not been entered.</summary>
internal static class AdministratorQueue
{
    public static async Task<IReadOnlyList<WorkSection>> SectionsAsync(QueueContext q, CancellationToken ct)
    {
        var locked = Locked(q.Db, q.Now);
        var lockedItems = await locked.OrderBy(u => u.Email).Take(q.Take).Select(u => new { u.Email, u.DisplayName, u.LockoutEnd }).ToListAsync(ct);
        var nextYear = q.Today.Year + 1;
        var missing = new[] { q.Today.Year, nextYear }.Where(y => !q.Calendar.IsMaintained(y)).ToList();
        return
        [
            new WorkSection("admin.locked", await locked.CountAsync(ct),
                lockedItems.Select(u => q.Item("Queue.Item.Locked", [u.DisplayName, u.Email ?? string.Empty, Application.Formatting.PortalTime.Moment(u.LockoutEnd!.Value)], null, null, $"/admin/users?search={Uri.EscapeDataString(u.Email ?? string.Empty)}")).ToList(),
                "/admin/users?state=Locked"),
            new WorkSection("admin.calendar", missing.Count,
                missing.Select(y => q.Item("Queue.Item.Calendar", [y.ToString(CultureInfo.InvariantCulture)], null, new DateOnly(y - 1, 12, 31) < q.Today ? null : new DateOnly(y - 1, 12, 31), $"/admin/calendar?year={y}")).ToList(),
                "/admin/calendar"),
        ];
    }

    // Locked by wrong passwords, not disabled: a disabled account is locked out until the far future on purpose.
    public static IQueryable<Identity.PortalUser> Locked(PortalDbContext db, DateTimeOffset now)
    {
        var disabledFrom = Accounts.AccountLockouts.DisabledFrom;
        return db.Users.AsNoTracking().Where(u => u.LockoutEnd != null && u.LockoutEnd > now && u.LockoutEnd < disabledFrom);
    }
}
