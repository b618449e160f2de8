using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Work;

/// <summary>
/// 企业: "what must I do, by when?" — returns to correct before their 补正期限, progress reports due, accounts to
/// confirm, drafts before their call closes, its applications on public notice, and the calls it may apply to.
/// </summary>
internal static class EnterpriseQueue
{
    public static async Task<IReadOnlyList<WorkSection>> SectionsAsync(QueueContext q, Actor actor, CancellationToken ct)
    {
        if (actor.EnterpriseId is not { } enterpriseId)
        {
            return [];
        }

        var db = q.Db;
        var mine = db.Applications.AsNoTracking().Where(a => a.EnterpriseId == enterpriseId);
        var sections = new List<WorkSection>();

        var returned = mine.Where(a => a.Status == ApplicationStatus.ReturnedForCorrection);
        sections.Add(new WorkSection("enterprise.returned", await returned.CountAsync(ct),
            (await returned.OrderBy(a => a.CorrectionDeadline).Take(q.Take)
                .Select(a => new { a.Id, a.ProjectName, a.ReferenceNumber, a.CorrectionReason, a.CorrectionDeadline }).ToListAsync(ct))
            .Select(a => q.Item("Queue.Item.Returned", [a.ProjectName, a.ReferenceNumber], a.CorrectionReason, a.CorrectionDeadline, $"/enterprise/applications/{a.Id}"))
            .ToList(), "/enterprise/applications?status=ReturnedForCorrection"));

        var awards = db.Awards.AsNoTracking().Where(a => a.EnterpriseId == enterpriseId && a.Status == AwardStatus.Active);
        var reports = db.ProgressReports.AsNoTracking()
            .Where(r => r.Status == ProgressReportStatus.Due && awards.Any(a => a.Id == r.AwardId));
        sections.Add(new WorkSection("enterprise.reports", await reports.CountAsync(ct),
            (await reports.OrderBy(r => r.DueOn).Take(q.Take)
                .Select(r => new { r.AwardId, r.Sequence, r.DueOn, Project = awards.Where(a => a.Id == r.AwardId).Select(a => a.ProjectName).First() })
                .ToListAsync(ct))
            .Select(r => q.Item("Queue.Item.Report", [r.Project, r.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)], null, r.DueOn, $"/enterprise/awards/{r.AwardId}"))
            .ToList(), "/enterprise/awards"));

        var unconfirmed = awards.Where(a => a.BankAccountConfirmedAt == null);
        sections.Add(new WorkSection("enterprise.account", await unconfirmed.CountAsync(ct),
            (await unconfirmed.OrderBy(a => a.AwardedOn).Take(q.Take)
                .Select(a => new { a.Id, a.ProjectName, a.AwardNumber, a.Amount }).ToListAsync(ct))
            .Select(a => q.Item("Queue.Item.Account", [a.ProjectName, a.AwardNumber], null, null, $"/enterprise/awards/{a.Id}"))
            .ToList(), "/enterprise/awards"));

        var drafts = mine.Where(a => a.Status == ApplicationStatus.Draft);
        sections.Add(new WorkSection("enterprise.drafts", await drafts.CountAsync(ct),
            (await drafts
                .Join(db.Calls, a => a.CallId, c => c.Id, (a, c) => new { a.Id, a.ProjectName, a.ReferenceNumber, c.ClosesOn })
                .OrderBy(x => x.ClosesOn).Take(q.Take).ToListAsync(ct))
            .Select(a => q.Item("Queue.Item.Draft", [a.ProjectName, a.ReferenceNumber], null, a.ClosesOn, $"/enterprise/applications/{a.Id}"))
            .ToList(), "/enterprise/applications?status=Draft"));

        var onNotice = mine.Where(a => a.Status == ApplicationStatus.PublicNotice);
        sections.Add(new WorkSection("enterprise.notices", await onNotice.CountAsync(ct),
            (await onNotice.OrderBy(a => a.NoticeLastDay).Take(q.Take)
                .Select(a => new
                {
                    a.Id, a.ProjectName, a.ReferenceNumber, a.NoticeLastDay, a.NoticeId,
                    OpenObjections = db.Objections.Count(o => o.ApplicationId == a.Id && o.Status == Domain.Notices.ObjectionStatus.Open),
                })
                .ToListAsync(ct))
            .Select(a => q.Item(a.OpenObjections > 0 ? "Queue.Item.NoticeObjected" : "Queue.Item.Notice",
                [a.ProjectName, a.ReferenceNumber, a.OpenObjections.ToString(System.Globalization.CultureInfo.InvariantCulture)], null, a.NoticeLastDay,
                $"/enterprise/applications/{a.Id}"))
            .ToList(), null));

        var open = db.Calls.AsNoTracking().Where(c => c.OpensOn <= q.Today && c.ClosesOn >= q.Today);
        sections.Add(new WorkSection("enterprise.calls", await open.CountAsync(ct),
            (await open.OrderBy(c => c.ClosesOn).Take(q.Take).Select(c => new { c.Id, c.TitleZh, c.ClosesOn }).ToListAsync(ct))
            .Select(c => q.Item("Queue.Item.Call", [c.TitleZh], null, c.ClosesOn, $"/enterprise/calls#call-{c.Id}"))
            .ToList(), "/enterprise/calls"));

        return sections;
    }

    /// <summary>Awards waiting for the enterprise: an account to confirm or a report due.</summary>
    public static async Task<int> AwardsNeedingActionAsync(PortalDbContext db, Guid enterpriseId, DateOnly today, CancellationToken ct)
    {
        var awards = db.Awards.Where(a => a.EnterpriseId == enterpriseId && a.Status == AwardStatus.Active);
        return await awards.CountAsync(a => a.BankAccountConfirmedAt == null
            || db.ProgressReports.Any(r => r.AwardId == a.Id && r.Status == ProgressReportStatus.Due && r.DueOn <= today.AddDays(30)), ct);
    }
}
