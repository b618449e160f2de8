using FluentValidation;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Application.Accounts;

/// <summary>Whether an account can sign in now.</summary>
public enum AccountState
{
    /// <summary>Signs in normally.</summary>
    Active,

    /// <summary>Locked for a while after repeated wrong passwords (Identity lockout); the administrator may unlock it.</summary>
    Locked,

    /// <summary>Stopped by an administrator until re-enabled.</summary>
    Disabled,
}

/// <summary>One account as the administrator's list shows it. <see cref="Role"/> is a <see cref="PortalRoles"/> name;
/// <see cref="TownOrParkDistrict"/> is the town's district, so the page can offer that district's towns when the
/// town is changed.</summary>
public sealed record AccountRow(
    Guid Id,
    string Email,
    string DisplayName,
    string Role,
    Guid? TownOrParkId,
    string? TownOrParkName,
    District? TownOrParkDistrict,
    string? EnterpriseName,
    AccountState State,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> AuthorityIds)
{
    /// <summary>Applicants belong to their enterprise; only staff accounts change role or town.</summary>
    public bool IsStaff => PortalRoles.Staff.Contains(Role);
}

/// <summary>The list's filters, as the URL carries them.</summary>
public sealed record AccountFilter(string? Role = null, AccountState? State = null);

/// <summary>A staff account's new role, its town/park when the role is 镇（园区）, and the administering authorities it
/// serves when the role is committee, finance or expert.</summary>
public sealed class ChangeAccountRoleInput
{
    public Guid UserId { get; set; }

    public string? Role { get; set; }

    public Guid? TownOrParkId { get; set; }

    public List<string> AuthorityIds { get; set; } = [];
}

public sealed class ChangeAccountRoleValidator : AbstractValidator<ChangeAccountRoleInput>
{
    public ChangeAccountRoleValidator(IReadOnlyCollection<Guid> townOrParkIds)
    {
        // The same messages as the create form's: one wording for one mistake.
        RuleFor(x => x.Role)
            .Must(r => r is not null && PortalRoles.Staff.Contains(r))
            .WithMessage(_ => ValidationText.Get("role.required"));
        RuleFor(x => x.TownOrParkId)
            .Must(t => t is not null && townOrParkIds.Contains(t.Value))
            .When(x => x.Role == PortalRoles.TownOrPark)
            .WithMessage(_ => ValidationText.Get("town.required-for-role"));
        RuleFor(x => x.AuthorityIds).ServesAuthorities(x => x.Role);
    }
}

/// <summary>A password the administrator sets for a user; left empty, the portal generates a temporary one.</summary>
public sealed class ResetPasswordInput
{
    public Guid UserId { get; set; }

    public string? NewPassword { get; set; }
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordInput>
{
    public ResetPasswordValidator()
    {
        RuleFor(x => x.NewPassword).Password(RegisterEnterpriseValidator.PasswordMinLength).When(x => !string.IsNullOrEmpty(x.NewPassword));
    }
}

/// <summary>The outcome of a reset: on success, the new password to hand over (shown once, never stored in clear).</summary>
public sealed record PasswordResetOutcome(CommandResult Result, string? Password)
{
    public static PasswordResetOutcome Refused(CommandResult result) => new(result, null);
}

/// <summary>
/// 账号管理: what the system administrator does with accounts. Every command refuses an actor who is not an
/// administrator, acting on the administrator's own account (except resetting its password), and any change that
/// would leave no active administrator. Disabling, resetting a password and changing a role end the user's other
/// sessions (their security stamp changes).
/// </summary>
public interface IAccountAdministration
{
    /// <summary>Every account (staff and enterprise users), filtered and searched by name or e-mail, paged in the database.
    /// Sorts: "email", "name", "created" (default: by e-mail).</summary>
    Task<PagedResult<AccountRow>> AccountsAsync(AccountFilter filter, PageRequest page, Actor actor, CancellationToken cancellationToken);

    /// <summary>Creates a staff account (validated by <see cref="CreateStaffAccountValidator"/>).</summary>
    Task<CommandResult> CreateAsync(CreateStaffAccountInput input, Actor actor, CancellationToken cancellationToken);

    /// <summary>Lifts a lockout that repeated wrong passwords caused.</summary>
    Task<CommandResult> UnlockAsync(Guid userId, Actor actor, CancellationToken cancellationToken);

    /// <summary>Stops the account from signing in, and ends its sessions, until it is re-enabled.</summary>
    Task<CommandResult> DisableAsync(Guid userId, Actor actor, CancellationToken cancellationToken);

    /// <summary>Lets a disabled account sign in again.</summary>
    Task<CommandResult> EnableAsync(Guid userId, Actor actor, CancellationToken cancellationToken);

    /// <summary>Sets the password given, or a generated temporary one; the old one stops working and a lockout from
    /// wrong passwords is lifted (a disabled account stays disabled).</summary>
    Task<PasswordResetOutcome> ResetPasswordAsync(ResetPasswordInput input, Actor actor, CancellationToken cancellationToken);

    /// <summary>Changes a staff account's role, its town/park for the 镇（园区） role and the authorities a committee,
    /// finance or expert account serves; the user signs in again to work with the change.</summary>
    Task<CommandResult> ChangeRoleAsync(ChangeAccountRoleInput input, Actor actor, CancellationToken cancellationToken);
}
