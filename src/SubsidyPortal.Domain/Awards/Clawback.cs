using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Domain.Awards;

public enum ClawbackStatus
{
    Open,
    Recovered,
}

/// <summary>收回已拨付资金: what a revoked award had paid, tracked until every fen is recovered.</summary>
public sealed class Clawback : MoneyAggregate
{
    private readonly List<ClawbackRecovery> _recoveries = [];

    private Clawback()
    {
        AwardNumber = string.Empty;
        RecipientName = string.Empty;
    }

    protected override string SubjectType => "Clawback";

    public Guid AwardId { get; private set; }

    public string AwardNumber { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public string RecipientName { get; private set; }

    public decimal AmountDue { get; private set; }

    public decimal AmountRecovered { get; private set; }

    public decimal Outstanding => AmountDue - AmountRecovered;

    public ClawbackStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? RecoveredAt { get; private set; }

    public IReadOnlyList<ClawbackRecovery> Recoveries => _recoveries;

    public static Clawback Open(Award award, decimal amountDue, Actor actor, DateTimeOffset now)
    {
        if (award.Status != AwardStatus.Revoked || amountDue <= 0)
        {
            throw new DomainException("clawback.nothing-to-recover", "A claw-back is opened for what a revoked award paid.");
        }

        var clawback = new Clawback
        {
            AwardId = award.Id,
            AwardNumber = award.AwardNumber,
            EnterpriseId = award.EnterpriseId,
            RecipientName = award.RecipientName,
            AmountDue = amountDue,
            Status = ClawbackStatus.Open,
            OpenedAt = now,
        };
        clawback.Record("Opened", amountDue, actor, now, award.RevocationNote);
        return clawback;
    }

    /// <summary>A sum returned by the enterprise (缴回), never more than is outstanding.</summary>
    public void RecordRecovery(decimal amount, DateOnly receivedOn, string reference, Actor actor, DateTimeOffset now, DateOnly today)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.FinanceStaff));
        BusinessRules.Check(new RecoveryMustFitTheClawback(this, amount));
        if (receivedOn > today || receivedOn < DateOnly.FromDateTime(OpenedAt.ToOffset(TimeSpan.FromHours(8)).Date))
        {
            throw new DomainException("clawback.date-invalid", $"{receivedOn:yyyy-MM-dd} is before the claw-back opened or after today.");
        }

        var text = Guard.Required(reference, "clawback.reference-required", 60);
        _recoveries.Add(new ClawbackRecovery(Id, _recoveries.Count + 1, amount, receivedOn, text, actor, now));
        AmountRecovered += amount;
        Record("Recovered", amount, actor, now, $"{text}；{receivedOn:yyyy-MM-dd}");
        if (Outstanding == 0)
        {
            Status = ClawbackStatus.Recovered;
            RecoveredAt = now;
            Record("Closed", AmountRecovered, actor, now);
        }
    }
}

public sealed class ClawbackRecovery
{
    private ClawbackRecovery()
    {
        Reference = string.Empty;
    }

    internal ClawbackRecovery(Guid clawbackId, int sequence, decimal amount, DateOnly receivedOn, string reference, Actor actor, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        ClawbackId = clawbackId;
        Sequence = sequence;
        Amount = amount;
        ReceivedOn = receivedOn;
        Reference = reference;
        RecordedByUserId = actor.UserId;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid ClawbackId { get; private set; }

    public int Sequence { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string Reference { get; private set; }

    public Guid? RecordedByUserId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

public sealed class RecoveryMustFitTheClawback(Clawback clawback, decimal amount) : IBusinessRule
{
    public string Code => "clawback.amount-invalid";

    public string Message => $"A recovery is a positive amount to the fen of at most {clawback.Outstanding}.";

    public bool IsBroken() =>
        clawback.Status != ClawbackStatus.Open || amount <= 0 || !Money.IsWholeFen(amount) || amount > clawback.Outstanding;
}
