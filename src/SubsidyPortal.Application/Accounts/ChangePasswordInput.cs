using FluentValidation;
using SubsidyPortal.Application.Validation;

namespace SubsidyPortal.Application.Accounts;

/// <summary>What a signed-in user types to change their own password (修改密码).</summary>
public sealed class ChangePasswordInput
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

/// <summary>The new password follows the same rules as at registration, differs from the current one and is typed twice.</summary>
public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => ValidationText.Get("password.current-required"));
        RuleFor(x => x.NewPassword)
            .Password(RegisterEnterpriseValidator.PasswordMinLength)
            .Must((input, next) => string.IsNullOrEmpty(next) || next != input.CurrentPassword)
            .WithMessage(_ => ValidationText.Get("password.same-as-current"));
        RuleFor(x => x.ConfirmPassword)
            .NotEmpty().WithMessage(_ => ValidationText.Get("password.confirm-required"))
            .Equal(x => x.NewPassword).When(x => !string.IsNullOrEmpty(x.ConfirmPassword), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => ValidationText.Get("password.mismatch"));
    }
}

/// <summary>A user's own password. Signing in again with the new password is the caller's (the page's) part.</summary>
public interface IAccountPasswords
{
    /// <summary>Checks the current password and sets the new one; errors are beside their fields, in the user's language.</summary>
    Task<CommandResult> ChangeAsync(Guid userId, ChangePasswordInput input, CancellationToken cancellationToken);
}
