using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Enterprises;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Enterprises;

/// <summary>The applicant's profile form, read and saved through <see cref="EnterpriseProfileService"/> (its one validator and save).</summary>
public sealed class EnterpriseProfileEditor(EnterpriseProfileService profiles, PortalDbContext db, IClock clock) : IEnterpriseProfileEditor
{
    public async Task<ProfileForm?> LoadAsync(Actor applicant, CancellationToken cancellationToken)
    {
        if (applicant.EnterpriseId is not { } enterpriseId || await profiles.LoadAsync(enterpriseId, cancellationToken) is not { } input)
        {
            return null;
        }

        return new ProfileForm(input, await db.TownsOrParksAsync(cancellationToken), clock.Today);
    }

    public Task<CommandResult> SaveAsync(Actor applicant, EnterpriseProfileInput input, CancellationToken cancellationToken) =>
        applicant.EnterpriseId is { } enterpriseId
            ? profiles.SaveAsync(enterpriseId, input, cancellationToken)
            : Task.FromResult(CommandResult.Fail(string.Empty, ValidationText.Get("enterprise.not-found")));
}
