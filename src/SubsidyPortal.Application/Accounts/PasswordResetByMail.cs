using FluentValidation;
using SubsidyPortal.Application.Validation;

namespace SubsidyPortal.Application.Accounts;

/// <summary>The e-mail typed on the forgot-password page when the portal sends reset links.</summary>
public sealed class ForgotPasswordInput
{
    public string? Email { get; set; }
}

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordInput>
{
    public ForgotPasswordValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => ValidationText.Get("email.required"))
            .EmailAddress().WithMessage(_ => ValidationText.Get("email.invalid"));
    }
}

/// <summary>The new password typed on the page the reset link opens; the link carries the user and Identity's token.</summary>
public sealed class MailResetPasswordInput
{
    public Guid UserId { get; set; }

    public string? Token { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed class MailResetPasswordValidator : AbstractValidator<MailResetPasswordInput>
{
    public MailResetPasswordValidator()
    {
        RuleFor(x => x.NewPassword).Password(RegisterEnterpriseValidator.PasswordMinLength);
        RuleFor(x => x.ConfirmPassword)
            .NotEmpty().WithMessage(_ => ValidationText.Get("password.confirm-required"))
            .Equal(x => x.NewPassword).When(x => !string.IsNullOrEmpty(x.ConfirmPassword), ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => ValidationText.Get("password.mismatch"));
    }
}

/// <summary>
/// 通过邮件重置密码, offered when the portal has a mail server: a time-limited link to the account's address. Asking
/// answers the same whether or not the address has an account, so the page does not tell which are registered.
/// </summary>
public interface IPasswordResetByMail
{
    /// <summary>Queues a reset mail when the address belongs to an account that is not disabled; otherwise does nothing.</summary>
    Task<CommandResult> RequestAsync(ForgotPasswordInput input, CancellationToken cancellationToken);

    /// <summary>Sets the new password when the link's token is valid and not expired.</summary>
    Task<CommandResult> ResetAsync(MailResetPasswordInput input, CancellationToken cancellationToken);
}
