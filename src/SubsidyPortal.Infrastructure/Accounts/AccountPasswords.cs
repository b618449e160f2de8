using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Infrastructure.Identity;

namespace SubsidyPortal.Infrastructure.Accounts;

/// <summary>修改密码 through Identity, so the password rules, hashing and security stamp are Identity's own.</summary>
public sealed class AccountPasswords(UserManager<PortalUser> users, ILogger<AccountPasswords> logger) : IAccountPasswords
{
    public async Task<CommandResult> ChangeAsync(Guid userId, ChangePasswordInput input, CancellationToken cancellationToken)
    {
        var validation = new ChangePasswordValidator().Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("account.gone"));
        }

        var changed = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (changed.Succeeded)
        {
            logger.LogInformation("User {UserName} changed their password", user.UserName);
            return CommandResult.Success;
        }

        if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            logger.LogInformation("Password change refused for {UserName}: wrong current password", user.UserName);
            return CommandResult.Fail(nameof(input.CurrentPassword), ValidationText.Get("password.current-wrong"));
        }

        return changed.ToCommandResult(string.Empty, nameof(input.NewPassword), RegisterEnterpriseValidator.PasswordMinLength);
    }
}

/// <summary>
/// The forgot-password route this portal offers (the administrator resets) and whom to contact, from the
/// <c>Support</c> section of the configuration: <c>Office</c> (Chinese), <c>OfficeEn</c>, <c>Phone</c>, <c>Email</c>.
/// </summary>
public sealed class ConfiguredPasswordHelp(Microsoft.Extensions.Configuration.IConfiguration configuration, Mail.MailOptions mail) : IPasswordHelp
{
    public Task<PasswordHelp> HelpAsync(bool chinese, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Support");
        var office = chinese ? section["Office"] : section["OfficeEn"] ?? section["Office"];
        var contact = new SupportContact(Blank(office), Blank(section["Phone"]), Blank(section["Email"]));
        return Task.FromResult(new PasswordHelp(mail.Enabled ? PasswordResetRoute.EmailLink : PasswordResetRoute.ByAdministrator, contact));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
