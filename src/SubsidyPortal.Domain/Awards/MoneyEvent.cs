using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Domain.Awards;

/// <summary>
/// One line of the money audit trail: every change to an award, a tranche, a disbursement batch or a claw-back,
/// with who, when, the amount it concerns and why. Append-only: the database refuses updates and deletes.
/// </summary>
public sealed class MoneyEvent
{
    private MoneyEvent()
    {
        SubjectType = string.Empty;
        Action = string.Empty;
        ActorName = string.Empty;
        ActorRole = string.Empty;
    }

    internal MoneyEvent(string subjectType, Guid subjectId, int sequence, string action, decimal? amount, Actor actor, DateTimeOffset at, string? note)
    {
        Id = Guid.CreateVersion7();
        SubjectType = subjectType;
        SubjectId = subjectId;
        Sequence = sequence;
        Action = action;
        Amount = amount;
        ActorUserId = actor.UserId;
        ActorName = actor.Name;
        ActorRole = actor.Role;
        At = at;
        Note = note;
    }

    public Guid Id { get; private set; }

    /// <summary>Award, DisbursementBatch or Clawback.</summary>
    public string SubjectType { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>1, 2, 3 … per subject; unique, so two racing changes cannot both be recorded.</summary>
    public int Sequence { get; private set; }

    public string Action { get; private set; }

    /// <summary>The yuan the change concerns (a tranche paid, a recovery, a batch total), if any.</summary>
    public decimal? Amount { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public string ActorName { get; private set; }

    public string ActorRole { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>
/// Base of the money aggregates (award, disbursement batch, claw-back): each change records a numbered audit line,
/// and the saved row's version makes a racing second change fail instead of applying twice.
/// </summary>
public abstract class MoneyAggregate : Common.AggregateRoot
{
    private readonly List<MoneyEvent> _history = [];

    /// <summary>How many audit lines exist: the next one's sequence is this plus one.</summary>
    public int HistoryCount { get; private set; }

    /// <summary>Audit lines added since load (the full trail is read from the database).</summary>
    public IReadOnlyList<MoneyEvent> NewHistory => _history;

    protected abstract string SubjectType { get; }

    protected void Record(string action, decimal? amount, Actor actor, DateTimeOffset at, string? note = null)
    {
        HistoryCount++;
        _history.Add(new MoneyEvent(SubjectType, Id, HistoryCount, action, amount, actor, at, note));
    }
}
