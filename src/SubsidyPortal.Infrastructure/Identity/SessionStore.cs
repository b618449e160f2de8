using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Identity;

/// <summary>
/// The server's record of who is signed in where (<see cref="UserSession"/>). <see cref="IsActiveAsync"/> runs on
/// every authenticated request, so it is one statement reading two rows by primary key.
/// </summary>
public sealed class SessionStore(PortalDbContext db)
{
    // Compiled once: the per-request check skips EF's query translation.
    private static readonly Func<PortalDbContext, Guid, Guid, string, DateTimeOffset, CancellationToken, Task<bool>> Active =
        EF.CompileAsyncQuery((PortalDbContext db, Guid id, Guid userId, string stamp, DateTimeOffset now, CancellationToken _) =>
            db.UserSessions.Any(s => s.Id == id && s.UserId == userId && s.ExpiresAt > now
                && db.Users.Any(u => u.Id == userId && u.SecurityStamp == stamp)));

    /// <summary>Records a new session and clears the user's expired ones (browsers that never signed out).</summary>
    public async Task<Guid> StartAsync(Guid userId, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        await db.UserSessions.Where(s => s.UserId == userId && s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        // Not through the change tracker: the request's context may hold other entities nobody meant to save here.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO user_sessions (id, user_id, started_at, expires_at) VALUES ({id}, {userId}, {now}, {expiresAt})",
            cancellationToken);
        return id;
    }

    /// <summary>True while the session exists, has not expired, and the user's security stamp is still the one the
    /// cookie was issued with (a password change, reset, disable or role change gives a new stamp).</summary>
    public Task<bool> IsActiveAsync(Guid sessionId, Guid userId, string securityStamp, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Active(db, sessionId, userId, securityStamp, now, cancellationToken);

    /// <summary>Follows the cookie when it is renewed (sliding expiration).</summary>
    public Task ExtendAsync(Guid sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, expiresAt), cancellationToken);

    public Task EndAsync(Guid sessionId, CancellationToken cancellationToken = default) =>
        db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
}
