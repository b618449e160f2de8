using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Awards.Rules;

// The money rules, one small class each; the code is what the UI translates (MoneyMessages.resx).

public sealed class ApplicationMustBeApproved(SubsidyApplication application) : IBusinessRule
{
    public string Code => "award.application-not-approved";

    public string Message => $"Application {application.ReferenceNumber} is {application.Status} or has no approved amount.";

    public bool IsBroken() => application.Status != ApplicationStatus.Approved || application.ApprovedAmount is not > 0;
}

public sealed class ActorMustHaveRole(Actor actor, string role) : IBusinessRule
{
    public string Code => "money.role-not-allowed";

    public string Message => $"Only {role} may do this; the actor is {actor.Role}.";

    public bool IsBroken() => actor.Role != role;
}

public sealed class ActorMustBeTheRecipient(Award award, Actor actor) : IBusinessRule
{
    public string Code => "award.not-the-recipient";

    public string Message => "Only the enterprise that received the award may confirm its account.";

    public bool IsBroken() => actor.EnterpriseId != award.EnterpriseId;
}

public sealed class AwardMustBeActive(Award award) : IBusinessRule
{
    public string Code => "award.not-active";

    public string Message => $"Award {award.AwardNumber} is {award.Status}.";

    public bool IsBroken() => award.Status != AwardStatus.Active;
}

public sealed class AwardMustNotBeRevoked(Award award) : IBusinessRule
{
    public string Code => "award.already-revoked";

    public string Message => $"Award {award.AwardNumber} is already revoked.";

    public bool IsBroken() => award.Status == AwardStatus.Revoked;
}

public sealed class BankAccountNumberMustBeValid(string number) : IBusinessRule
{
    public string Code => "award.bank-account-number-invalid";

    public string Message => $"An account number is {BankAccount.MinDigits}–{BankAccount.MaxDigits} digits.";

    public bool IsBroken() => !BankAccount.IsValid(number);
}

/// <summary>Paid is final: the first of two racing "mark paid" requests wins, the second is told so.</summary>
public sealed class TrancheMustNotBePaid(AwardTranche tranche) : IBusinessRule
{
    public string Code => "award.tranche-already-paid";

    public string Message => $"Tranche {tranche.Sequence} is already paid.";

    public bool IsBroken() => tranche.Status == TrancheStatus.Paid;
}

public sealed class TrancheMustBeIn(AwardTranche tranche, TrancheStatus status) : IBusinessRule
{
    public string Code => "award.tranche-wrong-state";

    public string Message => $"Tranche {tranche.Sequence} is {tranche.Status}, not {status}.";

    public bool IsBroken() => tranche.Status != status;
}

public sealed class TrancheMustBeDue(AwardTranche tranche, DateOnly today) : IBusinessRule
{
    public string Code => "award.tranche-not-due";

    public string Message => $"Tranche {tranche.Sequence} is due on {tranche.DueOn:yyyy-MM-dd}.";

    public bool IsBroken() => tranche.DueOn > today;
}

/// <summary>Money goes only to an account the enterprise itself confirmed.</summary>
public sealed class BankAccountMustBeConfirmed(Award award) : IBusinessRule
{
    public string Code => "award.bank-account-unconfirmed";

    public string Message => $"Award {award.AwardNumber} has no confirmed account.";

    public bool IsBroken() => award.BankAccountConfirmedAt is null;
}

/// <summary>Only a released tranche of an active award whose account is confirmed goes on a batch.</summary>
public sealed class TrancheMustBePayable(Award award, AwardTranche tranche) : IBusinessRule
{
    public string Code => "award.tranche-not-payable";

    public string Message => $"Tranche {tranche.Sequence} of {award.AwardNumber} is not payable ({award.Status}, {tranche.Status}).";

    public bool IsBroken() => !award.IsPayable(tranche);
}
