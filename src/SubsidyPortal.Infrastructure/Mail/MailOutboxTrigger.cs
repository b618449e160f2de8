using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Infrastructure.Accounts;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Domain.Notifications;

namespace SubsidyPortal.Infrastructure.Mail;

/// <summary>
/// The outbox's writer, run inside every save: each notification added in the save becomes one mail per person it
/// concerns (the user, or every user of the enterprise) who has an address, an account not disabled and that kind
/// switched on. The mails commit or roll back with the change they report. Nothing is queued while mail is off.
/// </summary>
public sealed class MailOutboxTrigger(MailOptions options, IClock clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Added(eventData.Context) is { Count: > 0 } added && eventData.Context is PortalDbContext db)
        {
            var (users, optOuts) = Recipients(db, added);
            Queue(db, added, users.ToList(), optOuts.ToList());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Added(eventData.Context) is { Count: > 0 } added && eventData.Context is PortalDbContext db)
        {
            var (users, optOuts) = Recipients(db, added);
            Queue(db, added, await users.ToListAsync(cancellationToken), await optOuts.ToListAsync(cancellationToken));
        }

        return result;
    }

    private List<Notification> Added(DbContext? context) =>
        !options.Enabled || context is null
            ? []
            : [.. context.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    private sealed record Recipient(Guid Id, string Email, Guid? EnterpriseId);

    private static (IQueryable<Recipient> Users, IQueryable<MailOptOut> OptOuts) Recipients(PortalDbContext db, List<Notification> added)
    {
        var enterprises = added.Where(n => n.EnterpriseId is not null).Select(n => n.EnterpriseId!.Value).Distinct().ToList();
        var people = added.Where(n => n.UserId is not null).Select(n => n.UserId!.Value).Distinct().ToList();
        var users = db.Users.AsNoTracking()
            .Where(u => (u.EnterpriseId != null && enterprises.Contains(u.EnterpriseId.Value)) || people.Contains(u.Id))
            .Where(u => u.Email != null && u.Email != "")
            .Where(u => u.LockoutEnd == null || u.LockoutEnd < AccountLockouts.DisabledFrom)
            .Select(u => new Recipient(u.Id, u.Email!, u.EnterpriseId));
        var kinds = added.Select(n => n.Kind).Distinct().ToList();
        var optOuts = db.MailOptOuts.AsNoTracking()
            .Where(o => kinds.Contains(o.Kind))
            .Where(o => db.Users.Any(u => u.Id == o.UserId && ((u.EnterpriseId != null && enterprises.Contains(u.EnterpriseId.Value)) || people.Contains(u.Id))));
        return (users, optOuts);
    }

    private void Queue(PortalDbContext db, List<Notification> added, List<Recipient> users, List<MailOptOut> optOuts)
    {
        var off = optOuts.Select(o => (o.UserId, o.Kind)).ToHashSet();
        foreach (var notification in added)
        {
            var to = users.Where(u => notification.UserId is { } one ? u.Id == one : u.EnterpriseId == notification.EnterpriseId)
                .Where(u => !off.Contains((u.Id, notification.Kind)));
            var (subject, body) = MailTexts.ForNotification(notification, options);
            foreach (var user in to)
            {
                db.MailOutbox.Add(MailOutboxMessage.Queue(
                    notification.Id, user.Id, user.Email, subject, body, notification.Kind, options.Absolute(notification.Link), options.MessageDomain, clock.Now));
            }
        }
    }
}
