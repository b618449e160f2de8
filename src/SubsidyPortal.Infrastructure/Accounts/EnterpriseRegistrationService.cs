using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Accounts;

/// <summary>
/// 企业注册: creates the enterprise and its first Applicant user in one transaction: either both exist
/// afterwards or neither does.
/// </summary>
public sealed class EnterpriseRegistrationService(PortalDbContext db, UserManager<PortalUser> users, IClock clock)
{
    public async Task<(CommandResult Result, PortalUser? User)> RegisterAsync(RegisterEnterpriseInput input, CancellationToken cancellationToken)
    {
        var towns = await db.TownDistrictsAsync(cancellationToken);
        var validation = new RegisterEnterpriseValidator(towns).Validate(input);
        if (!validation.IsValid)
        {
            return (validation.ToCommandResult(), null);
        }

        var uscc = UnifiedSocialCreditCode.Parse(input.Uscc!.Trim());
        var email = input.Email!.Trim();
        if (await db.Enterprises.AnyAsync(e => e.Uscc == uscc, cancellationToken))
        {
            return (CommandResult.Fail(nameof(input.Uscc), ValidationText.Get("uscc.taken")), null);
        }

        var now = clock.Now;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var enterprise = Enterprise.Register(
                input.EnterpriseName!, uscc, input.RegisteredDistrict!.Value, input.TownOrParkId, input.ContactPerson!, input.ContactPhone!.Trim(), now);
            db.Enterprises.Add(enterprise);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation("uscc"))
            {
                db.ChangeTracker.Clear();
                return (CommandResult.Fail(nameof(input.Uscc), ValidationText.Get("uscc.taken")), (PortalUser?)null);
            }

            var user = new PortalUser
            {
                UserName = email,
                Email = email,
                DisplayName = input.ContactPerson!.Trim(),
                PhoneNumber = input.ContactPhone!.Trim(),
                EnterpriseId = enterprise.Id,
                CreatedAt = now,
            };
            var created = await users.CreateAsync(user, input.Password!);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(user, PortalRoles.Applicant);
            }

            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return (created.ToCommandResult(nameof(input.Email), nameof(input.Password), RegisterEnterpriseValidator.PasswordMinLength), null);
            }

            await transaction.CommitAsync(cancellationToken);
            return (CommandResult.Success, user);
        });
    }
}
