using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
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
/// afterwards or neither does. An e-mail that already has an account is answered as a new one is, so registering does
/// not tell anyone which e-mails have accounts: nothing is created, the existing account is left as it was, and only
/// the log tells the two apart.
/// </summary>
public sealed partial class EnterpriseRegistrationService(
    PortalDbContext db, UserManager<PortalUser> users, IClock clock, ILogger<EnterpriseRegistrationService> logger)
{
    /// <summary>
    /// Succeeds when the e-mail can now be signed in to: with the new account, or, if it was registered before, with
    /// the account it already had (then unchanged). Refusals name their fields; none says whether the e-mail is in use.
    /// </summary>
    public async Task<CommandResult> RegisterAsync(RegisterEnterpriseInput input, CancellationToken cancellationToken)
    {
        var towns = await db.TownDistrictsAsync(cancellationToken);
        var validation = new RegisterEnterpriseValidator(towns).Validate(input);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var uscc = UnifiedSocialCreditCode.Parse(input.Uscc!.Trim());
        var email = input.Email!.Trim();
        if (await db.Enterprises.AnyAsync(e => e.Uscc == uscc, cancellationToken))
        {
            return CommandResult.Fail(nameof(input.Uscc), ValidationText.Get("uscc.taken"));
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
                return CommandResult.Fail(nameof(input.Uscc), ValidationText.Get("uscc.taken"));
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
                // Identity checks the password before the e-mail, so a weak password is refused the same way whether or
                // not the e-mail is in use; the password has been hashed on both paths, so they take about as long.
                var refusals = created.Errors.Where(e => e.Code is not (nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))).ToArray();
                if (refusals.Length == 0)
                {
                    LogEmailInUse(logger, email, uscc.Value);
                    return CommandResult.Success;
                }

                return IdentityResult.Failed(refusals).ToCommandResult(nameof(input.Email), nameof(input.Password), RegisterEnterpriseValidator.PasswordMinLength);
            }

            await transaction.CommitAsync(cancellationToken);
            LogRegistered(logger, uscc.Value, email);
            return CommandResult.Success;
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Enterprise {Uscc} registered by {Email}")]
    private static partial void LogRegistered(ILogger logger, string uscc, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registration with {Email}, which already has an account, answered as registered; nothing created (enterprise {Uscc})")]
    private static partial void LogEmailInUse(ILogger logger, string email, string uscc);
}
