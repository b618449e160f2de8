using System.Globalization;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Domain.Awards;

public enum ClawbackStatus
{
    Open,
    Recovered,

    /// <summary>核销: closed with the rest written off by two finance users.</summary>
    WrittenOff,
}

/// <summary>收回已拨付资金: what a revoked award had paid, tracked until every fen is recovered.</summary>
public sealed class Clawback : MoneyAggregate
{
    private readonly List<ClawbackRecovery> _recoveries = [];
    private readonly List<ClawbackInstalment> _instalments = [];

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

    /// <summary>核销: what two finance users agreed cannot be recovered.</summary>
    public decimal AmountWrittenOff { get; private set; }

    public decimal Outstanding => AmountDue - AmountRecovered - AmountWrittenOff;

    /// <summary>The instalment plan in force (分期缴回计划): 0 when none was agreed; a new plan supersedes the last.</summary>
    public int PlanNumber { get; private set; }

    /// <summary>What had been recovered when the plan in force was agreed: recoveries after it count towards its instalments.</summary>
    public decimal PlanBaseline { get; private set; }

    /// <summary>A write-off awaiting a second finance user (申请核销), or null.</summary>
    public WriteOffRequest? PendingWriteOff { get; private set; }

    public ClawbackStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? RecoveredAt { get; private set; }

    public IReadOnlyList<ClawbackRecovery> Recoveries => _recoveries;

    /// <summary>Every plan's instalments, kept when superseded (the table is append-only).</summary>
    public IReadOnlyList<ClawbackInstalment> Instalments => _instalments;

    public IReadOnlyList<ClawbackInstalment> PlanInForce => [.. _instalments.Where(i => i.PlanNumber == PlanNumber).OrderBy(i => i.Sequence)];

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
            PendingWriteOff = null;
            Record("Closed", AmountRecovered, actor, now);
        }
    }

    /// <summary>
    /// 分期缴回: the enterprise repays what is outstanding in instalments agreed with finance. The instalments sum to the
    /// outstanding amount to the fen and fall due on ascending days from today; a later plan supersedes this one.
    /// </summary>
    public void AgreeInstalmentPlan(IReadOnlyList<InstalmentTerm> terms, string? note, Actor actor, DateTimeOffset now, DateOnly today)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.FinanceStaff));
        BusinessRules.Check(new ClawbackMustBeOpen(this));
        BusinessRules.Check(new InstalmentPlanMustCoverTheOutstanding(terms, Outstanding));
        BusinessRules.Check(new InstalmentsMustFallDueInOrderFromToday(terms, today));
        var text = Guard.Optional(note, "clawback.note-too-long", 200);
        PlanNumber++;
        PlanBaseline = AmountRecovered;
        for (var i = 0; i < terms.Count; i++)
        {
            _instalments.Add(new ClawbackInstalment(Id, PlanNumber, i + 1, terms[i].DueOn, terms[i].Amount));
        }

        var schedule = string.Join("；", terms.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.DueOn:yyyy-MM-dd} {t.Amount:N2} 元")));
        Record("PlanAgreed", Outstanding, actor, now, string.IsNullOrEmpty(text) ? schedule : $"{schedule}（{text}）");
    }

    /// <summary>The plan in force, each instalment with what has been repaid towards it and whether it is late.</summary>
    public IReadOnlyList<InstalmentStanding> Standing(DateOnly today)
    {
        var repaid = AmountRecovered - PlanBaseline;
        var standing = new List<InstalmentStanding>();
        foreach (var instalment in PlanInForce)
        {
            var covered = Math.Clamp(repaid, 0m, instalment.Amount);
            repaid -= covered;
            var state = covered == instalment.Amount ? InstalmentState.Repaid
                : Status != ClawbackStatus.Open ? InstalmentState.Closed
                : instalment.DueOn < today ? InstalmentState.Overdue
                : InstalmentState.Due;
            standing.Add(new InstalmentStanding(instalment.Sequence, instalment.DueOn, instalment.Amount, covered, state));
        }

        return standing;
    }

    /// <summary>申请核销: a finance user asks to write off what is outstanding, with the reason; another must approve.</summary>
    public void ProposeWriteOff(string? reason, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.FinanceStaff));
        BusinessRules.Check(new ClawbackMustBeOpen(this));
        if (PendingWriteOff is not null)
        {
            throw new DomainException("clawback.write-off-pending", "A write-off already awaits approval.");
        }

        var text = Guard.Required(reason, "clawback.write-off-reason-required", 500);
        PendingWriteOff = new WriteOffRequest(Outstanding, text, actor.UserId, actor.Name, now);
        Record("WriteOffProposed", Outstanding, actor, now, text);
    }

    /// <summary>核销复核: a second finance user approves; the amount asked for must still be what is outstanding.</summary>
    public void ApproveWriteOff(Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.FinanceStaff));
        BusinessRules.Check(new ClawbackMustBeOpen(this));
        var request = PendingWriteOff ?? throw new DomainException("clawback.no-write-off", "No write-off awaits approval.");
        BusinessRules.Check(new WriteOffMustBeApprovedByAnotherUser(request, actor));
        BusinessRules.Check(new WriteOffMustStillMatchTheOutstanding(request, Outstanding));
        AmountWrittenOff += request.Amount;
        PendingWriteOff = null;
        Status = ClawbackStatus.WrittenOff;
        RecoveredAt = now;
        Record("WrittenOff", request.Amount, actor, now, request.Reason);
    }

    /// <summary>不予核销: the request is turned down (or withdrawn by its maker), with a reason; recovery goes on.</summary>
    public void RejectWriteOff(string? reason, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.FinanceStaff));
        var request = PendingWriteOff ?? throw new DomainException("clawback.no-write-off", "No write-off awaits approval.");
        var text = Guard.Required(reason, "clawback.write-off-reason-required", 500);
        PendingWriteOff = null;
        Record("WriteOffRejected", request.Amount, actor, now, text);
    }
}

/// <summary>One instalment as agreed: the day it falls due and the sum.</summary>
public sealed record InstalmentTerm(DateOnly DueOn, decimal Amount)
{
    /// <summary>
    /// Equal instalments <paramref name="monthsApart"/> months apart from <paramref name="firstDue"/>: each the total
    /// divided by the count rounded down to the fen, the last taking the fen left over so they sum to the total.
    /// </summary>
    public static IReadOnlyList<InstalmentTerm> Even(decimal total, int count, DateOnly firstDue, int monthsApart)
    {
        if (count < 1 || count > ClawbackInstalment.MaxInstalments || monthsApart < 1 || monthsApart > 12 || total <= 0)
        {
            throw new DomainException("clawback.plan-invalid", $"A plan has 1–{ClawbackInstalment.MaxInstalments} instalments 1–12 months apart.");
        }

        var each = Math.Floor(total * 100m / count) / 100m;
        return [.. Enumerable.Range(0, count).Select(i => new InstalmentTerm(firstDue.AddMonths(i * monthsApart), i == count - 1 ? total - (each * (count - 1)) : each))];
    }
}

public enum InstalmentState
{
    Due,
    Overdue,
    Repaid,

    /// <summary>The claw-back closed (written off) before this instalment was repaid.</summary>
    Closed,
}

public sealed record InstalmentStanding(int Sequence, DateOnly DueOn, decimal Amount, decimal Repaid, InstalmentState State)
{
    public decimal Remaining => Amount - Repaid;
}

/// <summary>A write-off asked for and not yet decided: the amount, why, and who asked (never the one who approves).</summary>
public sealed record WriteOffRequest(decimal Amount, string Reason, Guid? ProposedByUserId, string ProposedByName, DateTimeOffset ProposedAt);

/// <summary>One instalment of a plan; append-only, a new plan adds rows with the next plan number.</summary>
public sealed class ClawbackInstalment
{
    public const int MaxInstalments = 36;

    private ClawbackInstalment()
    {
    }

    internal ClawbackInstalment(Guid clawbackId, int planNumber, int sequence, DateOnly dueOn, decimal amount)
    {
        Id = Guid.CreateVersion7();
        ClawbackId = clawbackId;
        PlanNumber = planNumber;
        Sequence = sequence;
        DueOn = dueOn;
        Amount = amount;
    }

    public Guid Id { get; private set; }

    public Guid ClawbackId { get; private set; }

    public int PlanNumber { get; private set; }

    public int Sequence { get; private set; }

    public DateOnly DueOn { get; private set; }

    public decimal Amount { get; private set; }
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
