using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Experts;

/// <summary>评审专家 in the committee's pool: a portal user with specialties and the organisation they work for.</summary>
public sealed class Expert : AggregateRoot
{
    private List<string> _specialties = [];

    private Expert()
    {
        Name = string.Empty;
        OrganisationName = string.Empty;
    }

    public Guid UserId { get; private set; }

    public string Name { get; private set; }

    public IReadOnlyList<string> Specialties => _specialties;

    /// <summary>The expert's own organisation: they are never drawn for its applications.</summary>
    public string OrganisationName { get; private set; }

    public string? OrganisationUscc { get; private set; }

    public bool Active { get; private set; }

    public static Expert Enrol(Guid userId, string name, IEnumerable<string> specialties, string organisationName, string? organisationUscc) => new()
    {
        UserId = userId,
        Name = Guard.Required(name, "expert.name-required", 50),
        _specialties = specialties.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList() is { Count: > 0 } list
            ? list
            : throw new DomainException("expert.specialty-required", "At least one specialty."),
        OrganisationName = Guard.Required(organisationName, "expert.organisation-required", 200),
        OrganisationUscc = organisationUscc,
        Active = true,
    };

    public void Deactivate() => Active = false;
}
