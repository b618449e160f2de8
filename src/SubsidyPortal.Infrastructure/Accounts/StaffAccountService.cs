using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Accounts;

/// <summary>Staff accounts are created by an Administrator, each with exactly one role.</summary>
public sealed class StaffAccountService(PortalDbContext db, UserManager<PortalUser> users, IClock clock)
{
    public async Task<CommandResult> CreateAsync(CreateStaffAccountInput input, CancellationToken cancellationToken)
    {
        var towns = await db.TownsOrParks.Select(t => t.Id).ToListAsync(cancellationToken);
        var validation = new CreateStaffAccountValidator(towns).Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var email = input.Email!.Trim();
            var user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = input.DisplayName!.Trim(),
                TownOrParkId = input.Role == PortalRoles.TownOrPark ? input.TownOrParkId : null,
                AuthorityIds = AuthorityBinding.For(input.Role, input.AuthorityIds),
                CreatedAt = clock.Now,
            };
            var result = await users.CreateAsync(user, input.Password!);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, input.Role!);
            }

            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return result.ToCommandResult(nameof(input.Email), nameof(input.Password), RegisterEnterpriseValidator.PasswordMinLength);
            }

            await transaction.CommitAsync(cancellationToken);
            return CommandResult.Success;
        });
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            join t in db.TownsOrParks on u.TownOrParkId equals t.Id into town
            from t in town.DefaultIfEmpty()
            join e in db.Enterprises on u.EnterpriseId equals e.Id into enterprise
            from e in enterprise.DefaultIfEmpty()
            orderby r.Name, u.Email
            select new AccountSummary(u.Id, u.Email!, u.DisplayName, r.Name!, t != null ? t.Name : null, e != null ? e.Name : null, u.LockoutEnd))
            .ToListAsync(cancellationToken);
        return rows;
    }
}

public sealed record AccountSummary(
    Guid Id, string Email, string DisplayName, string Role, string? TownOrPark, string? Enterprise, DateTimeOffset? LockoutEnd);
