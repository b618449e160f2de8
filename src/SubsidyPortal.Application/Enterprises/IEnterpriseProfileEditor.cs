using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Application.Enterprises;

/// <summary>
/// The profile form as it opens: what is on file, the towns/parks to choose from and today in Shanghai, so the page
/// checks each field with the very validator the save runs.
/// </summary>
public sealed record ProfileForm(EnterpriseProfileInput Input, IReadOnlyList<TownOrPark> Towns, DateOnly Today)
{
    public EnterpriseProfileValidator CreateValidator() => new(Towns.ToDictionary(t => t.Id, t => t.District), () => Today);
}

/// <summary>企业信息: the applicant's own enterprise profile, read for editing and saved all or nothing.</summary>
public interface IEnterpriseProfileEditor
{
    /// <summary>The profile of the enterprise the applicant acts for; null when it acts for none.</summary>
    Task<ProfileForm?> LoadAsync(Actor applicant, CancellationToken cancellationToken);

    /// <summary>
    /// Validates and saves the profile and the years' figures in one transaction. Refuses a form read before someone
    /// else saved (its <see cref="EnterpriseProfileInput.Version"/>); on any error nothing is saved. On success the
    /// input carries the new version, so the same form can be saved again.
    /// </summary>
    Task<CommandResult> SaveAsync(Actor applicant, EnterpriseProfileInput input, CancellationToken cancellationToken);
}
