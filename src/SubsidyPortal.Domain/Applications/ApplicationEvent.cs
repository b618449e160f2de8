namespace SubsidyPortal.Domain.Applications;

/// <summary>
/// One line of the audit trail: who did what, when, from which state to which, and why. Append-only: the
/// database refuses updates and deletes of these rows, and the timeline is read from them.
/// </summary>
public sealed class ApplicationEvent
{
    private ApplicationEvent()
    {
        Action = string.Empty;
        ActorName = string.Empty;
        ActorRole = string.Empty;
    }

    internal ApplicationEvent(Guid applicationId, int sequence, string action, ApplicationStatus? from, ApplicationStatus to, Actor actor, DateTimeOffset at, string? reason)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        Sequence = sequence;
        Action = action;
        From = from;
        To = to;
        ActorUserId = actor.UserId;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        At = at;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>1, 2, 3 … per application; unique, so two racing changes cannot both be recorded.</summary>
    public int Sequence { get; private set; }

    /// <summary>An <see cref="ApplicationAction"/> name, or a bookkeeping entry such as Created.</summary>
    public string Action { get; private set; }

    public ApplicationStatus? From { get; private set; }

    public ApplicationStatus To { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public string ActorName { get; private set; }

    public string ActorRole { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Reason { get; private set; }
}

/// <summary>Raised on every state change, so notifications and other reactions need not poll.</summary>
public sealed record ApplicationStatusChanged(Guid ApplicationId, ApplicationAction Action, ApplicationStatus From, ApplicationStatus To, DateTimeOffset OccurredAt)
    : Common.IDomainEvent;
