using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Work;

/// <summary>消息: a user's own notifications and those addressed to the user's enterprise, newest first, paged.</summary>
public sealed class Inbox(PortalDbContext db, IClock clock) : IInbox
{
    public Task<int> UnreadCountAsync(Actor reader, CancellationToken cancellationToken) =>
        Mine(reader).CountAsync(n => n.ReadAt == null, cancellationToken);

    public async Task<PagedResult<InboxMessage>> PageAsync(Actor reader, PageRequest page, bool unreadOnly, CancellationToken cancellationToken)
    {
        var query = Mine(reader);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        if (page.SearchText is { } text)
        {
            var pattern = $"%{Like.Escape(text)}%";
            query = query.Where(n => EF.Functions.ILike(n.TextZh, pattern, Like.EscapeCharacter) || EF.Functions.ILike(n.TextEn, pattern, Like.EscapeCharacter));
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = page.SortBy == "createdAt" && !page.Descending ? query.OrderBy(n => n.CreatedAt) : query.OrderByDescending(n => n.CreatedAt);
        var items = await ordered.ThenBy(n => n.Id).Skip(page.Skip).Take(page.Take)
            .Select(n => new InboxMessage(n.Id, n.TextZh, n.TextEn, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return new PagedResult<InboxMessage>(items, total);
    }

    public async Task MarkReadAsync(Actor reader, Guid messageId, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        await Mine(reader).Where(n => n.Id == messageId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    public async Task<int> MarkAllReadAsync(Actor reader, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        return await Mine(reader).Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    private IQueryable<Notification> Mine(Actor reader) =>
        db.Notifications.AsNoTracking().Where(n =>
            (reader.EnterpriseId != null && n.EnterpriseId == reader.EnterpriseId) || (reader.UserId != null && n.UserId == reader.UserId));
}

/// <summary>Escapes what a user types so ILIKE matches it literally.</summary>
internal static class Like
{
    public const string EscapeCharacter = "\\";

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
