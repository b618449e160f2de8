using FluentValidation;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Application.Awards;

// What the award forms check as a field is left, before anything is sent. Each check asks the domain's own rule (the
// same class the award runs when the command is saved) and speaks its message, so the form and the save never
// disagree; what needs the database (the award's state, a racing change) is left to the command.

public sealed class AccountConfirmationValidator : AbstractValidator<AccountConfirmation>
{
    public AccountConfirmationValidator()
    {
        RuleFor(x => x.AccountName).NotEmpty().WithMessage(_ => ValidationText.Get("award.bank-account-name-required"));
        RuleFor(x => x.BankName).NotEmpty().WithMessage(_ => ValidationText.Get("award.bank-name-required"));
        RuleFor(x => x.AccountNumber).Obeys(number => new BankAccountNumberMustBeValid(BankAccount.Normalise(number)));
    }
}

/// <summary>A report against what the award has paid so far (已使用资助资金 ≤ 已拨付).</summary>
public sealed class ReportSubmissionValidator : AbstractValidator<ReportSubmission>
{
    public ReportSubmissionValidator(decimal paidSoFar)
    {
        RuleFor(x => x.Progress).NotEmpty().WithMessage(_ => ValidationText.Get("report.progress-required"));
        RuleFor(x => x.FundsUsed)
            .NotNull().WithMessage(_ => ValidationText.Get("report.funds-used-invalid"))
            .Obeys(funds => funds is { } value ? new FundsUsedMustNotExceedPaid(value, paidSoFar) : null);
        RuleFor(x => x.PercentComplete)
            .NotNull().WithMessage(_ => ValidationText.Get("report.percent-invalid"))
            .Obeys(percent => percent is { } value ? new PercentCompleteMustBeAPercent(value) : null);
    }
}

/// <summary>A change request, knowing which kinds already wait for a decision on the award.</summary>
public sealed class ChangeFilingValidator : AbstractValidator<ChangeFiling>
{
    public ChangeFilingValidator(IReadOnlyCollection<ChangeRequest> existing)
    {
        RuleFor(x => x.Kind)
            .NotNull().WithMessage(_ => ValidationText.Get("change.kind-invalid"))
            .Obeys(kind => kind is { } value ? new OnePendingChangePerKind(existing, value) : null);
        RuleFor(x => x.Description).NotEmpty().WithMessage(_ => ValidationText.Get("change.description-required"));
        When(x => x.Kind == ChangeKind.Investment, () =>
        {
            RuleFor(x => x.PlannedTotal).Obeys(planned => new PlannedInvestmentMustBePositive(planned));
            RuleFor(x => x.StructurePercent).Obeys(percent => new StructureChangeMustBeAPercent(percent));
            RuleFor(x => x.NewTotal)
                .Obeys(changed => new NewInvestmentMustBeValid(changed))
                .Obeys((input, changed) => MajorOnceComplete(input));
        });
    }

    // 三（四） can only be judged once all three figures are there and valid; until then their own messages stand.
    private static IBusinessRule? MajorOnceComplete(ChangeFiling input) =>
        input is { PlannedTotal: { } planned, NewTotal: { } changed, StructurePercent: { } structure }
        && !new PlannedInvestmentMustBePositive(planned).IsBroken()
        && !new NewInvestmentMustBeValid(changed).IsBroken()
        && !new StructureChangeMustBeAPercent(structure).IsBroken()
            ? new InvestmentChangeMustBeMajor(planned, changed, structure)
            : null;
}

internal static class DomainRuleValidation
{
    /// <summary>Fails the property with the rule's own message when the domain rule it stands for is broken.</summary>
    public static IRuleBuilderOptionsConditions<T, TProperty> Obeys<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<TProperty, IBusinessRule?> make) =>
        rule.Obeys((_, value) => make(value));

    public static IRuleBuilderOptionsConditions<T, TProperty> Obeys<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<T, TProperty, IBusinessRule?> make) =>
        rule.Custom((value, context) =>
        {
            if (make(context.InstanceToValidate, value) is { } broken && broken.IsBroken())
            {
                context.AddFailure(ValidationText.Get(broken.Code));
            }
        });
}
