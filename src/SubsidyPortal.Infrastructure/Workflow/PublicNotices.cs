using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Notices;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>The public notice pages' reads, paged and totalled in the database, and the objection form's command.</summary>
// A published notice is public: everyone, a committee of another authority included, reads it in full
// (IgnoreQueryFilters lifts only the authority filters, the only ones the model has).
internal sealed class PublicNotices(PortalDbContext db, IClock clock, NoticeService notices) : IPublicNotices
{
    public async Task<PagedResult<NoticeSummary>> NoticesAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.PublicNotices.AsNoTracking().IgnoreQueryFilters();
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(n => n.PublishedAt).ThenBy(n => n.Id).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<NoticeSummary>(rows.Select(Summary).ToList(), total);
    }

    public async Task<NoticeView?> NoticeAsync(Guid id, PageRequest page, CancellationToken cancellationToken)
    {
        var notice = await db.PublicNotices.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return null;
        }

        var entries = Entries(id);
        var count = await entries.CountAsync(cancellationToken);
        var listedTotal = await entries.Where(e => e.Status != ApplicationStatus.Rejected).SumAsync(e => e.Amount ?? 0m, cancellationToken);
        var open = await entries.CountAsync(e => e.Status == ApplicationStatus.PublicNotice, cancellationToken);
        var rows = await entries.OrderBy(e => e.EnterpriseName).ThenBy(e => e.ProjectName).ThenBy(e => e.ApplicationId)
            .Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        var lines = rows.Select((e, i) => Line(page.Skip + i + 1, e)).ToList();
        return new NoticeView(Summary(notice), new PagedResult<NoticeLine>(lines, count), listedTotal, open);
    }

    public async Task<NoticeLine?> LineAsync(Guid noticeId, Guid applicationId, CancellationToken cancellationToken)
    {
        var entry = await Entries(noticeId).SingleOrDefaultAsync(e => e.ApplicationId == applicationId, cancellationToken);
        return entry is null ? null : Line(0, entry);
    }

    public Task<CommandResult> LodgeObjectionAsync(Guid noticeId, ObjectionInput input, CancellationToken cancellationToken) =>
        notices.LodgeObjectionAsync(noticeId, input, cancellationToken);

    // A member-initialised row, so the count, sums and order above translate to SQL on its properties. The line is what
    // was published (public_notice_entries); only the status is read from the application as it stands.
    private IQueryable<Entry> Entries(Guid noticeId) =>
        db.PublicNoticeEntries.AsNoTracking().Where(n => n.NoticeId == noticeId)
            .Join(db.Applications.IgnoreQueryFilters(), n => n.ApplicationId, a => a.Id, (n, a) => new Entry
            {
                ApplicationId = n.ApplicationId, EnterpriseName = n.EnterpriseName, ProjectName = n.ProjectName, ClauseId = n.ClauseId, Amount = n.Amount, Status = a.Status,
            });

    private NoticeSummary Summary(PublicNotice notice) =>
        new(notice.Id, notice.TitleZh, notice.FirstDay, notice.LastDay, notice.WorkingDays, notice.AcceptsObjectionsOn(clock.Today));

    private static NoticeLine Line(int no, Entry entry) =>
        new(no, entry.ApplicationId, entry.EnterpriseName, entry.ProjectName, PolicyCatalog.Find(entry.ClauseId)?.TitleZh ?? entry.ClauseId,
            entry.Amount, entry.Status);

    private sealed class Entry
    {
        public Guid ApplicationId { get; init; }

        public string EnterpriseName { get; init; } = string.Empty;

        public string ProjectName { get; init; } = string.Empty;

        public string ClauseId { get; init; } = string.Empty;

        public decimal? Amount { get; init; }

        public ApplicationStatus Status { get; init; }
    }
}

/// <summary>The public notice pages' use cases, each call in its own scope.</summary>
public static class PublicNoticeRegistration
{
    public static IServiceCollection AddPublicNoticeUseCases(this IServiceCollection services) =>
        services.AddUseCase<IPublicNotices, PublicNotices>();
}
