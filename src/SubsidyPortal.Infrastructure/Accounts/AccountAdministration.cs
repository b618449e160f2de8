using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Work;

namespace SubsidyPortal.Infrastructure.Accounts;

/// <summary>
/// The administrator's account work over ASP.NET Identity. Each command runs in one transaction under an advisory
/// lock, so two administrators cannot, at the same moment, each disable or demote the other and leave none.
/// </summary>
public sealed class AccountAdministration(
    PortalDbContext db,
    UserManager<PortalUser> users,
    StaffAccountService staffAccounts,
    IClock clock,
    ILogger<AccountAdministration> logger) : IAccountAdministration
{
    /// <summary>Advisory lock for account changes: "ACCT".</summary>
    private const long LockKey = 0x4143_4354;

    public async Task<PagedResult<AccountRow>> AccountsAsync(AccountFilter filter, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return PagedResult<AccountRow>.Empty;
        }

        var now = clock.Now;
        var disabledFrom = AccountLockouts.DisabledFrom;
        var accounts = db.Users.AsNoTracking();
        if (filter.Role is { } role)
        {
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        accounts = filter.State switch
        {
            AccountState.Disabled => accounts.Where(u => u.LockoutEnd >= disabledFrom),
            AccountState.Locked => accounts.Where(u => u.LockoutEnd > now && u.LockoutEnd < disabledFrom),
            AccountState.Active => accounts.Where(u => u.LockoutEnd == null || u.LockoutEnd <= now),
            _ => accounts,
        };

        if (page.SearchText is { } text)
        {
            var pattern = $"%{Like.Escape(text)}%";
            accounts = accounts.Where(u => EF.Functions.ILike(u.Email!, pattern, Like.EscapeCharacter) || EF.Functions.ILike(u.DisplayName, pattern, Like.EscapeCharacter));
        }

        var total = await accounts.CountAsync(cancellationToken);
        var joined =
            from u in accounts
            join t in db.TownsOrParks on u.TownOrParkId equals t.Id into town
            from t in town.DefaultIfEmpty()
            join e in db.Enterprises on u.EnterpriseId equals e.Id into enterprise
            from e in enterprise.DefaultIfEmpty()
            select new { User = u, Town = t, Enterprise = e };
        var ordered = (page.SortBy, page.Descending) switch
        {
            ("name", false) => joined.OrderBy(x => x.User.DisplayName),
            ("name", true) => joined.OrderByDescending(x => x.User.DisplayName),
            ("created", false) => joined.OrderBy(x => x.User.CreatedAt),
            ("created", true) => joined.OrderByDescending(x => x.User.CreatedAt),
            ("email", true) => joined.OrderByDescending(x => x.User.Email),
            _ => joined.OrderBy(x => x.User.Email),
        };
        var rows = await ordered.ThenBy(x => x.User.Id).Skip(page.Skip).Take(page.Take)
            .Select(x => new
            {
                x.User.Id,
                x.User.Email,
                x.User.DisplayName,
                Role = db.UserRoles.Where(ur => ur.UserId == x.User.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).OrderBy(n => n).FirstOrDefault(),
                x.User.TownOrParkId,
                Town = x.Town != null ? x.Town.Name : null,
                District = x.Town != null ? x.Town.District : (Domain.Reference.District?)null,
                Enterprise = x.Enterprise != null ? x.Enterprise.Name : null,
                x.User.LockoutEnd,
                x.User.CreatedAt,
                x.User.AuthorityIds,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new AccountRow(
            r.Id, r.Email ?? string.Empty, r.DisplayName, r.Role ?? string.Empty, r.TownOrParkId, r.Town, r.District, r.Enterprise,
            AccountLockouts.StateOf(r.LockoutEnd, now), AccountLockouts.StateOf(r.LockoutEnd, now) == AccountState.Locked ? r.LockoutEnd : null,
            r.CreatedAt, r.AuthorityIds)).ToList();
        return new PagedResult<AccountRow>(items, total);
    }

    public async Task<CommandResult> CreateAsync(CreateStaffAccountInput input, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return Refused("account.not-allowed");
        }

        var result = await staffAccounts.CreateAsync(input, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Administrator {Administrator} created the {Role} account {Email}", actor.Name, input.Role, input.Email?.Trim());
        }

        return result;
    }

    public Task<CommandResult> UnlockAsync(Guid userId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(userId, actor, allowSelf: true, "unlocked", async (user, _) =>
        {
            if (AccountLockouts.IsDisabled(user.LockoutEnd))
            {
                // Unlocking must never quietly re-enable an account someone disabled meanwhile.
                return Refused("account.disabled-not-locked");
            }

            return await IdentityAsync(ClearLockout(user));
        }, cancellationToken);

    public Task<CommandResult> DisableAsync(Guid userId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(userId, actor, allowSelf: false, "disabled", async (user, role) =>
        {
            if (AccountLockouts.IsDisabled(user.LockoutEnd))
            {
                return CommandResult.Success;
            }

            if (role == PortalRoles.Administrator && await OtherActiveAdministratorsAsync(user.Id, cancellationToken) == 0)
            {
                return Refused("account.last-administrator");
            }

            // Lockout must be enabled for Identity to honour it; the new security stamp ends the user's open sessions.
            return await IdentityAsync(
                () => users.SetLockoutEnabledAsync(user, true),
                () => users.SetLockoutEndDateAsync(user, AccountLockouts.DisabledUntil),
                () => users.UpdateSecurityStampAsync(user));
        }, cancellationToken);

    public Task<CommandResult> EnableAsync(Guid userId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(userId, actor, allowSelf: false, "re-enabled", async (user, _) =>
            AccountLockouts.IsDisabled(user.LockoutEnd)
                ? await IdentityAsync(ClearLockout(user))
                : CommandResult.Success,
            cancellationToken);

    public async Task<PasswordResetOutcome> ResetPasswordAsync(ResetPasswordInput input, Actor actor, CancellationToken cancellationToken)
    {
        var validation = new ResetPasswordValidator().Validate(input);
        if (!validation.IsValid)
        {
            return PasswordResetOutcome.Refused(validation.ToCommandResult());
        }

        var password = string.IsNullOrEmpty(input.NewPassword) ? TemporaryPasswords.Generate() : input.NewPassword;
        var result = await ChangeAsync(input.UserId, actor, allowSelf: true, "reset the password of", async (user, _) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return IsConcurrencyFailure(reset)
                    ? Refused("account.changed")
                    : reset.ToCommandResult(string.Empty, nameof(ResetPasswordInput.NewPassword), RegisterEnterpriseValidator.PasswordMinLength);
            }

            // A user locked out by wrong passwords can sign in with the new one at once; a disabled one stays disabled.
            return AccountLockouts.IsDisabled(user.LockoutEnd)
                ? CommandResult.Success
                : await IdentityAsync(ClearLockout(user));
        }, cancellationToken);
        return result.Succeeded ? new PasswordResetOutcome(result, password) : PasswordResetOutcome.Refused(result);
    }

    public async Task<CommandResult> ChangeRoleAsync(ChangeAccountRoleInput input, Actor actor, CancellationToken cancellationToken)
    {
        var towns = await db.TownsOrParks.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        var validation = new ChangeAccountRoleValidator(towns).Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var newRole = input.Role!;
        var newTown = newRole == PortalRoles.TownOrPark ? input.TownOrParkId : null;
        var newAuthorities = AuthorityBinding.For(newRole, input.AuthorityIds);
        return await ChangeAsync(input.UserId, actor, allowSelf: false, $"changed to {newRole} the role of", async (user, role) =>
        {
            if (!PortalRoles.Staff.Contains(role))
            {
                return Refused("account.role-not-changeable");
            }

            if (role == newRole && user.TownOrParkId == newTown && user.AuthorityIds.SequenceEqual(newAuthorities))
            {
                return CommandResult.Success;
            }

            if (role == PortalRoles.Administrator && newRole != PortalRoles.Administrator
                && await OtherActiveAdministratorsAsync(user.Id, cancellationToken) == 0)
            {
                return Refused("account.last-administrator");
            }

            // An expert still in the pool would go on being drawn for reviews he could no longer open.
            if (role == PortalRoles.Expert && newRole != PortalRoles.Expert
                && await db.Experts.AnyAsync(e => e.UserId == user.Id && e.Active, cancellationToken))
            {
                return Refused("account.expert-in-pool");
            }

            user.TownOrParkId = newTown;
            user.AuthorityIds = newAuthorities;
            var steps = new List<Func<Task<IdentityResult>>> { () => users.UpdateAsync(user) };
            if (role != newRole)
            {
                steps.Add(() => users.RemoveFromRoleAsync(user, role));
                steps.Add(() => users.AddToRoleAsync(user, newRole));
            }

            // The role, town and authorities travel in the sign-in cookie: a new stamp makes the user sign in again to get them.
            steps.Add(() => users.UpdateSecurityStampAsync(user));
            return await IdentityAsync([.. steps]);
        }, cancellationToken);
    }

    private static bool IsAdministrator(Actor actor) => actor.Role == PortalRoles.Administrator && actor.UserId is not null;

    private static CommandResult Refused(string key) => CommandResult.Fail(string.Empty, ValidationText.Get(key));

    private static bool IsConcurrencyFailure(IdentityResult result) =>
        result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure));

    /// <summary>Runs Identity steps one after another (each saves; they share one DbContext), stopping at the first
    /// that fails.</summary>
    private static async Task<CommandResult> IdentityAsync(params Func<Task<IdentityResult>>[] steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return IsConcurrencyFailure(result) ? Refused("account.changed") : new CommandResult(result.Errors.Select(e => new FieldError(string.Empty, e.Description)).ToList());
            }
        }

        return CommandResult.Success;
    }

    /// <summary>Lifts any lockout (Identity honours a lockout only while lockout is enabled, so it stays enabled).</summary>
    private Func<Task<IdentityResult>>[] ClearLockout(PortalUser user) =>
    [
        () => users.SetLockoutEnabledAsync(user, true),
        () => users.SetLockoutEndDateAsync(user, null),
        () => users.ResetAccessFailedCountAsync(user),
    ];

    private Task<int> OtherActiveAdministratorsAsync(Guid except, CancellationToken cancellationToken)
    {
        var disabledFrom = AccountLockouts.DisabledFrom;
        return (from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                join u in db.Users on ur.UserId equals u.Id
                where r.Name == PortalRoles.Administrator && u.Id != except && (u.LockoutEnd == null || u.LockoutEnd < disabledFrom)
                select u.Id).CountAsync(cancellationToken);
    }

    /// <summary>
    /// Loads the account and its role, runs the change in a transaction under the account lock, and commits only
    /// when the change succeeded: nothing is half-saved.
    /// </summary>
    private async Task<CommandResult> ChangeAsync(
        Guid userId, Actor actor, bool allowSelf, string what, Func<PortalUser, string, Task<CommandResult>> change, CancellationToken cancellationToken)
    {
        if (!IsAdministrator(actor))
        {
            return Refused("account.not-allowed");
        }

        if (!allowSelf && actor.UserId == userId)
        {
            return Refused("account.not-yourself");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
            var user = await users.FindByIdAsync(userId.ToString());
            if (user is null)
            {
                return Refused("account.not-found");
            }

            var role = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;
            var result = await change(user, role);
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return result;
            }

            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Administrator {Administrator} {What} account {Email}", actor.Name, what, user.Email);
            return CommandResult.Success;
        });
    }
}
