using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>What staff type to put an expert account into the pool.</summary>
public sealed class EnrolExpertInput
{
    public string? Email { get; set; }

    public string? Organisation { get; set; }

    public string? OrganisationUscc { get; set; }

    /// <summary>Comma- or 、-separated, e.g. "科技创新、生物医药".</summary>
    public string? Specialties { get; set; }
}

/// <summary>专家库: committee staff enrol Expert accounts with their specialties and organisation, and retire them.</summary>
public sealed class ExpertPoolService(PortalDbContext db, UserManager<PortalUser> users, VisibleAuthorities visible)
{
    public async Task<IReadOnlyList<Expert>> ListAsync(CancellationToken cancellationToken) =>
        await db.Experts.AsNoTracking().OrderByDescending(e => e.Active).ThenBy(e => e.Name).ToListAsync(cancellationToken);

    public async Task<CommandResult> EnrolAsync(EnrolExpertInput input, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrWhiteSpace(input.Email) ? null : await users.FindByEmailAsync(input.Email.Trim());
        // An expert who serves none of the staff's authorities is not theirs to enrol: answered like an unknown account.
        if (user is null || !await users.IsInRoleAsync(user, PortalRoles.Expert) || !user.AuthorityIds.Exists(visible.Scope.CoversAuthority))
        {
            return CommandResult.Fail(nameof(input.Email), ValidationText.Get("expert.account-not-found"));
        }

        if (await db.Experts.IgnoreQueryFilters().AnyAsync(e => e.UserId == user.Id, cancellationToken))
        {
            return CommandResult.Fail(nameof(input.Email), ValidationText.Get("expert.already-enrolled"));
        }

        string? uscc = null;
        if (!string.IsNullOrWhiteSpace(input.OrganisationUscc))
        {
            if (UnifiedSocialCreditCode.TryParse(input.OrganisationUscc.Trim(), out var code) is not null)
            {
                return CommandResult.Fail(nameof(input.OrganisationUscc), ValidationText.Get("uscc.InvalidCharacter"));
            }

            uscc = code.Value;
        }

        try
        {
            var specialties = (input.Specialties ?? string.Empty).Split([',', '，', '、', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            db.Experts.Add(Expert.Enrol(user.Id, user.DisplayName, specialties, input.Organisation ?? string.Empty, uscc));
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult(e.Code switch
            {
                "expert.specialty-required" => nameof(input.Specialties),
                "expert.organisation-required" => nameof(input.Organisation),
                _ => string.Empty,
            });
        }
    }

    /// <summary>A retired expert is never drawn again; past assignments and scores stay.</summary>
    public async Task<CommandResult> DeactivateAsync(Guid expertId, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.SingleOrDefaultAsync(e => e.Id == expertId, cancellationToken);
        if (expert is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("expert.account-not-found"));
        }

        expert.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }
}
