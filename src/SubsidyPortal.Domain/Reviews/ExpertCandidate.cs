using System.Globalization;
using System.Text;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// 评审专家 as the draw sees them: who they are, what they are expert in, where they work and whether they are
/// available. Specialties are compared ignoring case and surrounding spaces.
/// </summary>
public sealed class ExpertCandidate
{
    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.ExpertIdRequired"/>, <see cref="ReviewErrorCodes.ExpertNameRequired"/>,
    /// <see cref="ReviewErrorCodes.ExpertOrganisationRequired"/>.
    /// </exception>
    /// <param name="id">The expert's id (not empty).</param>
    /// <param name="name">The expert's name.</param>
    /// <param name="specialties">Fields the expert may review (blank entries are ignored).</param>
    /// <param name="organisationName">
    /// 工作单位, required: without it a conflict with the applicant could not be ruled out. An expert without an
    /// employer records what the committee holds for them (e.g. 退休).
    /// </param>
    /// <param name="organisationUscc">The employer's 统一社会信用代码 when known; <c>default</c> counts as unknown.</param>
    /// <param name="isActive">False for experts who are suspended, retired from the pool or otherwise unavailable.</param>
    /// <param name="relationships">Affiliations, former employers and shareholdings the expert declared.</param>
    public ExpertCandidate(
        Guid id, string name, IEnumerable<string> specialties, string organisationName, UnifiedSocialCreditCode? organisationUscc, bool isActive,
        IEnumerable<DeclaredRelationship>? relationships = null)
    {
        ArgumentNullException.ThrowIfNull(specialties);
        if (id == Guid.Empty)
        {
            throw new DomainException(ReviewErrorCodes.ExpertIdRequired, "An expert in the pool has no id.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(ReviewErrorCodes.ExpertNameRequired, $"Expert {id} has no name.");
        }

        if (string.IsNullOrWhiteSpace(organisationName))
        {
            throw new DomainException(ReviewErrorCodes.ExpertOrganisationRequired, $"Expert {name.Trim()} ({id}) has no organisation, so a conflict of interest cannot be ruled out.");
        }

        Id = id;
        Name = name.Trim();
        Specialties = specialties
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        OrganisationName = organisationName.Trim();
        OrganisationUscc = organisationUscc == default(UnifiedSocialCreditCode) ? null : organisationUscc;
        IsActive = isActive;
        Relationships = (relationships ?? []).ToList().AsReadOnly();
    }

    public Guid Id { get; }

    public string Name { get; }

    public IReadOnlySet<string> Specialties { get; }

    public string OrganisationName { get; }

    public UnifiedSocialCreditCode? OrganisationUscc { get; }

    public bool IsActive { get; }

    public IReadOnlyList<DeclaredRelationship> Relationships { get; }
}

/// <summary>The organisation that filed the application, for the conflict-of-interest check.</summary>
public sealed class ApplicantOrganisation
{
    /// <exception cref="DomainException"><see cref="ReviewErrorCodes.ApplicantOrganisationRequired"/> when the name is blank.</exception>
    public ApplicantOrganisation(string name, UnifiedSocialCreditCode? uscc)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException(ReviewErrorCodes.ApplicantOrganisationRequired, "The applicant's organisation name is required to rule out conflicts of interest.");
        }

        Name = name.Trim();
        Uscc = uscc == default(UnifiedSocialCreditCode) ? null : uscc;
    }

    public string Name { get; }

    public UnifiedSocialCreditCode? Uscc { get; }

    /// <summary>
    /// True when the expert works for this organisation: by 统一社会信用代码 when both sides have one (the names are then
    /// not compared), otherwise by normalised name (<see cref="NormaliseName"/>).
    /// </summary>
    public bool Employs(ExpertCandidate expert)
    {
        ArgumentNullException.ThrowIfNull(expert);
        return Is(expert.OrganisationName, expert.OrganisationUscc);
    }

    /// <summary>
    /// True when the organisation named is this one: by 统一社会信用代码 when both sides have one (the names are then not
    /// compared), otherwise by normalised name.
    /// </summary>
    public bool Is(string organisationName, UnifiedSocialCreditCode? organisationUscc)
    {
        ArgumentNullException.ThrowIfNull(organisationName);
        return Uscc is { } own && organisationUscc is { } theirs && theirs != default
            ? own == theirs
            : NormaliseName(Name) == NormaliseName(organisationName);
    }

    /// <summary>
    /// How organisation names are compared: compatibility-normalised (full-width letters, digits and brackets become
    /// their ordinary forms, so 上海（示范）有限公司 equals 上海(示范)有限公司), every kind of white space removed, upper-cased.
    /// </summary>
    public static string NormaliseName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalised = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalised.Length);
        foreach (var ch in normalised)
        {
            if (!char.IsWhiteSpace(ch))
            {
                builder.Append(char.ToUpper(ch, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
