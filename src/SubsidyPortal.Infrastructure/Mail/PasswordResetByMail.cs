using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Infrastructure.Accounts;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Mail;

/// <summary>
/// Reset links through the outbox: Identity's password-reset token (bound to the account's security stamp, so a
/// link stops working once the password changes, and limited in time by <see cref="DataProtectionTokenProviderOptions"/>).
/// </summary>
public sealed class PasswordResetByMail(
    UserManager<PortalUser> users, PortalDbContext db, MailOptions options, IClock clock,
    IOptions<DataProtectionTokenProviderOptions> tokens, ILogger<PasswordResetByMail> logger) : IPasswordResetByMail
{
    public async Task<CommandResult> RequestAsync(ForgotPasswordInput input, CancellationToken cancellationToken)
    {
        var validation = new ForgotPasswordValidator().Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        if (!options.Enabled)
        {
            return CommandResult.Success;
        }

        var user = await users.FindByEmailAsync(input.Email!.Trim());
        if (user is null || AccountLockouts.IsDisabled(user.LockoutEnd) || string.IsNullOrEmpty(user.Email))
        {
            // Same answer as for an account: the page must not tell which addresses are registered.
            logger.LogInformation("Password reset asked for an address with no usable account");
            return CommandResult.Success;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = options.Absolute($"/account/reset-password?user={user.Id}&token={Uri.EscapeDataString(token)}")!;
        var (subject, body) = MailTexts.ForPasswordReset(link, tokens.Value.TokenLifespan, options);
        db.MailOutbox.Add(MailOutboxMessage.Queue(null, user.Id, user.Email, subject, body, NotificationKind.PasswordReset, null, options.MessageDomain, clock.Now));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Password reset link queued for {UserName}", user.UserName);
        return CommandResult.Success;
    }

    public async Task<CommandResult> ResetAsync(MailResetPasswordInput input, CancellationToken cancellationToken)
    {
        var validation = new MailResetPasswordValidator().Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var user = await users.FindByIdAsync(input.UserId.ToString());
        if (user is null || string.IsNullOrEmpty(input.Token) || AccountLockouts.IsDisabled(user.LockoutEnd))
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("password.reset-link-invalid"));
        }

        var reset = await users.ResetPasswordAsync(user, input.Token, input.NewPassword!);
        if (reset.Succeeded)
        {
            logger.LogInformation("User {UserName} set a new password with a reset link", user.UserName);
            return CommandResult.Success;
        }

        return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? CommandResult.Fail(string.Empty, ValidationText.Get("password.reset-link-invalid"))
            : reset.ToCommandResult(string.Empty, nameof(input.NewPassword), RegisterEnterpriseValidator.PasswordMinLength);
    }
}
