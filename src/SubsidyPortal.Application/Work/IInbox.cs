using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Application.Work;

/// <summary>One message as its reader sees it.</summary>
public sealed record InboxMessage(Guid Id, string TextZh, string TextEn, string Link, DateTimeOffset CreatedAt, bool Read);

/// <summary>消息: the notifications addressed to the user or to the user's enterprise.</summary>
public interface IInbox
{
    Task<int> UnreadCountAsync(Actor reader, CancellationToken cancellationToken);

    Task<PagedResult<InboxMessage>> PageAsync(Actor reader, PageRequest page, bool unreadOnly, CancellationToken cancellationToken);

    /// <summary>Marks one message read (when the reader opens its link); someone else's message is left alone.</summary>
    Task MarkReadAsync(Actor reader, Guid messageId, CancellationToken cancellationToken);

    Task<int> MarkAllReadAsync(Actor reader, CancellationToken cancellationToken);
}
