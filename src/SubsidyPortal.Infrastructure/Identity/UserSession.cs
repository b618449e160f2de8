namespace SubsidyPortal.Infrastructure.Identity;

/// <summary>
/// One signed-in browser. Its id travels in the sign-in cookie; the cookie is accepted only while this row exists
/// and has not expired, so signing out (which deletes the row) ends that cookie everywhere, copies included.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the cookie expires; moved on with it each time the cookie is renewed.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
