using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Domain.Awards;

/// <summary>
/// 立项 / 免申即享 资助: money the committee has granted one enterprise under one clause, with its payment schedule.
/// Every change guards its preconditions, records a money audit line and raises an event; tranches change only here.
/// </summary>
public sealed partial class Award : MoneyAggregate
{
    public const int ProjectNameMaxLength = 200;
    public const int NoteMaxLength = 1000;

    private readonly List<AwardTranche> _tranches = [];

    private Award()
    {
        AwardNumber = string.Empty;
        SourceKey = string.Empty;
        PolicyId = string.Empty;
        ClauseId = string.Empty;
        RecipientName = string.Empty;
        Uscc = string.Empty;
        ProjectName = string.Empty;
    }

    protected override string SubjectType => "Award";

    /// <summary>e.g. ZZ-2026-000123, printed on batches and letters.</summary>
    public string AwardNumber { get; private set; }

    public AwardSource Source { get; private set; }

    /// <summary>
    /// What makes the award unique: "application:{id}" or "entitlement:{clause}:{USCC}:{year}". The database
    /// keeps it unique, so a re-import or a repeated approval can never create a second award.
    /// </summary>
    public string SourceKey { get; private set; }

    public Guid? ApplicationId { get; private set; }

    public Guid? CallId { get; private set; }

    public Guid? EntitlementImportId { get; private set; }

    public string PolicyId { get; private set; }

    public string ClauseId { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public Guid? TownOrParkId { get; private set; }

    /// <summary>分配对象: the enterprise's name when the award was made.</summary>
    public string RecipientName { get; private set; }

    public string Uscc { get; private set; }

    public string ProjectName { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly AwardedOn { get; private set; }

    /// <summary>The programme year the award counts against (the call's year, or the entitlement list's).</summary>
    public int Year { get; private set; }

    public AwardStatus Status { get; private set; }

    public IReadOnlyList<AwardTranche> Tranches => _tranches;

    // ---- the enterprise's confirmed account (收款账户) ----

    public string? BankAccountName { get; private set; }

    public string? BankName { get; private set; }

    public string? BankAccountNumber { get; private set; }

    public DateTimeOffset? BankAccountConfirmedAt { get; private set; }

    // ---- revocation ----

    public RevocationGround? RevocationGround { get; private set; }

    public string? RevocationNote { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public decimal PaidAmount => _tranches.Where(t => t.Status == TrancheStatus.Paid).Sum(t => t.Amount);

    public decimal UnpaidAmount => _tranches.Where(t => t.IsUnpaid).Sum(t => t.Amount);

    /// <summary>Makes the award for an application the notice approved.</summary>
    public static Award ForApplication(
        string awardNumber, SubsidyApplication application, string policyId, int year, string recipientName, string uscc,
        IReadOnlyList<Domain.Rules.Tranche> ruleTranches, Actor actor, DateTimeOffset now, DateOnly today)
    {
        BusinessRules.Check(new ApplicationMustBeApproved(application));
        var award = Create(
            awardNumber, AwardSource.Application, $"application:{application.Id}", policyId, application.ClauseId, application.EnterpriseId,
            application.TownOrParkId, recipientName, uscc, application.ProjectName, application.ApprovedAmount!.Value, year, ruleTranches, now, today);
        award.ApplicationId = application.Id;
        award.CallId = application.CallId;
        award.Record("Awarded", award.Amount, actor, now, $"申报 {application.ReferenceNumber} 立项");
        return award;
    }

    /// <summary>Makes a 免申即享 award from a row of a list the committee imported.</summary>
    public static Award ForEntitlement(
        string awardNumber, Guid importId, string policyId, string clauseId, int year, Guid enterpriseId, Guid? townOrParkId,
        string recipientName, string uscc, string projectName, decimal amount, IReadOnlyList<Domain.Rules.Tranche> ruleTranches,
        Actor actor, DateTimeOffset now, DateOnly today)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        var award = Create(
            awardNumber, AwardSource.AutomaticEntitlement, EntitlementKey(clauseId, uscc, year), policyId, clauseId, enterpriseId,
            townOrParkId, recipientName, uscc, projectName, amount, year, ruleTranches, now, today);
        award.EntitlementImportId = importId;
        award.Record("Awarded", award.Amount, actor, now, "免申即享");
        return award;
    }

    /// <summary>One 免申即享 award per clause, enterprise and year, whichever list it arrives on.</summary>
    public static string EntitlementKey(string clauseId, string uscc, int year) => $"entitlement:{clauseId}:{uscc}:{year}";

    private static Award Create(
        string awardNumber, AwardSource source, string sourceKey, string policyId, string clauseId, Guid enterpriseId, Guid? townOrParkId,
        string recipientName, string uscc, string projectName, decimal amount, int year,
        IReadOnlyList<Domain.Rules.Tranche> ruleTranches, DateTimeOffset now, DateOnly today)
    {
        var award = new Award
        {
            AwardNumber = Guard.Required(awardNumber, "award.number-required", 40),
            Source = source,
            SourceKey = sourceKey,
            PolicyId = policyId,
            ClauseId = clauseId,
            EnterpriseId = enterpriseId,
            TownOrParkId = townOrParkId,
            RecipientName = Guard.Required(recipientName, "award.recipient-required", 200),
            Uscc = uscc,
            ProjectName = Guard.Required(projectName, "award.project-name-required", ProjectNameMaxLength),
            Amount = amount,
            Year = year,
            AwardedOn = today,
            Status = AwardStatus.Active,
            CreatedAt = now,
        };
        foreach (var planned in PaymentSchedule.For(amount, ruleTranches, today))
        {
            // The first payment is released at once; later ones wait for their year and condition.
            var tranche = new AwardTranche(award.Id, planned, TrancheStatus.Scheduled);
            if (planned.Sequence == 1)
            {
                tranche.Release(now);
            }

            award._tranches.Add(tranche);
        }

        award.Raise(new AwardMade(award.Id, award.EnterpriseId, award.Amount, now));
        return award;
    }

    /// <summary>The enterprise confirms (or corrects) the account the money goes to.</summary>
    public void ConfirmBankAccount(string accountName, string bankName, string accountNumber, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustBeTheRecipient(this, actor));
        BusinessRules.Check(new AwardMustBeActive(this));
        var number = BankAccount.Normalise(accountNumber);
        BusinessRules.Check(new BankAccountNumberMustBeValid(number));
        BankAccountName = Guard.Required(accountName, "award.bank-account-name-required", 200);
        BankName = Guard.Required(bankName, "award.bank-name-required", 200);
        BankAccountNumber = number;
        BankAccountConfirmedAt = now;
        Record("BankAccountConfirmed", null, actor, now, $"{BankName} {BankAccount.Mask(number)}");
    }

    /// <summary>Staff release a later tranche once its date has come and its condition is met.</summary>
    public void ReleaseTranche(Guid trancheId, string note, Actor actor, DateTimeOffset now, DateOnly today)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        BusinessRules.Check(new AwardMustBeActive(this));
        var tranche = Tranche(trancheId);
        BusinessRules.Check(new TrancheMustBeIn(tranche, TrancheStatus.Scheduled));
        BusinessRules.Check(new TrancheMustBeDue(tranche, today));
        var text = Guard.Required(note, "award.note-required", NoteMaxLength);
        tranche.Release(now);
        Record("TrancheReleased", tranche.Amount, actor, now, $"{tranche.Label}：{text}");
    }

    /// <summary>Whether finance may put the tranche on a batch now.</summary>
    public bool IsPayable(AwardTranche tranche) =>
        Status == AwardStatus.Active && tranche.Status == TrancheStatus.Payable && BankAccountConfirmedAt is not null;

    internal void PutOnBatch(Guid trancheId, Guid batchId, string batchNumber, Actor actor, DateTimeOffset now)
    {
        var tranche = Tranche(trancheId);
        BusinessRules.Check(new BankAccountMustBeConfirmed(this));
        BusinessRules.Check(new TrancheMustBePayable(this, tranche));
        tranche.PutOnBatch(batchId);
        Record("TrancheBatched", tranche.Amount, actor, now, $"{tranche.Label} → {batchNumber}");
    }

    internal void TakeOffBatch(Guid trancheId, string batchNumber, Actor actor, DateTimeOffset now)
    {
        var tranche = Tranche(trancheId);
        if (tranche.Status != TrancheStatus.InBatch)
        {
            return; // already stopped by a revocation: nothing to give back
        }

        tranche.TakeOffBatch();
        Record("TrancheUnbatched", tranche.Amount, actor, now, $"{tranche.Label} ← {batchNumber}");
    }

    internal void MarkTranchePaid(Guid trancheId, Guid batchId, string reference, DateOnly paidOn, Actor actor, DateTimeOffset now)
    {
        var tranche = Tranche(trancheId);
        BusinessRules.Check(new TrancheMustNotBePaid(tranche));
        BusinessRules.Check(new TrancheMustBeIn(tranche, TrancheStatus.InBatch));
        if (tranche.BatchId != batchId)
        {
            throw new DomainException("award.tranche-not-on-batch", "The tranche is on another batch.");
        }

        tranche.MarkPaid(reference, paidOn);
        Record("TranchePaid", tranche.Amount, actor, now, $"{tranche.Label}；{reference}；{paidOn:yyyy-MM-dd}");
        if (_tranches.TrueForAll(t => t.Status is TrancheStatus.Paid or TrancheStatus.Stopped))
        {
            Status = AwardStatus.Completed;
            Record("Completed", PaidAmount, actor, now);
        }
    }

    /// <summary>
    /// 项目撤销: unpaid tranches stop (including those on a batch not yet paid) and the paid total is returned,
    /// for which the caller opens a claw-back (收回已拨付资金).
    /// </summary>
    public decimal Revoke(RevocationGround ground, string note, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        BusinessRules.Check(new AwardMustNotBeRevoked(this));
        var text = Guard.Required(note, "award.revocation-note-required", NoteMaxLength);
        var stopped = 0m;
        foreach (var tranche in _tranches.Where(t => t.IsUnpaid))
        {
            stopped += tranche.Amount;
            tranche.Stop();
        }

        Status = AwardStatus.Revoked;
        RevocationGround = ground;
        RevocationNote = text;
        RevokedAt = now;
        Record("Revoked", stopped, actor, now, text); // the ground is on the award itself, shown in the reader's language
        var paid = PaidAmount;
        Raise(new AwardRevoked(Id, paid, now));
        return paid;
    }

    private AwardTranche Tranche(Guid trancheId) =>
        _tranches.SingleOrDefault(t => t.Id == trancheId)
        ?? throw new DomainException("award.tranche-not-found", $"Tranche {trancheId} is not on award {AwardNumber}.");
}

public sealed record AwardMade(Guid AwardId, Guid EnterpriseId, decimal Amount, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AwardRevoked(Guid AwardId, decimal PaidAmount, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>收款账号: digits only once spaces and dashes are removed; shown masked outside finance.</summary>
public static class BankAccount
{
    public const int MinDigits = 8;
    public const int MaxDigits = 30;

    public static string Normalise(string? number) =>
        new((number ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    public static bool IsValid(string number) =>
        number.Length is >= MinDigits and <= MaxDigits && number.All(char.IsAsciiDigit);

    public static string Mask(string number) => number.Length <= 4 ? number : $"****{number[^4..]}";
}
