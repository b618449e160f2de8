using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Experts;

/// <summary>评审专家 in the committee's pool: a portal user with specialties and the organisation they work for.</summary>
public sealed class Expert : AggregateRoot
{
    private List<string> _specialties = [];
    private readonly List<ExpertRelationship> _relationships = [];

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

    /// <summary>Affiliations, former employers and shareholdings the expert declares (利益关系申报), oldest first.</summary>
    public IReadOnlyList<ExpertRelationship> Relationships => _relationships;

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

    /// <summary>Adds a declared relationship; the draw checks it against every applicant from then on.</summary>
    public ExpertRelationship DeclareRelationship(RelationshipKind kind, string? organisationName, string? organisationUscc, DateOnly? endedOn, DateOnly today, DateTimeOffset now)
    {
        if (_relationships.Count >= MaxRelationships)
        {
            throw new DomainException("expert.relationships-too-many", $"At most {MaxRelationships} declarations.");
        }

        var relationship = ExpertRelationship.Declare(Id, kind, organisationName, organisationUscc, endedOn, today, now);
        _relationships.Add(relationship);
        return relationship;
    }

    /// <summary>Removes a declaration that no longer holds (e.g. shares sold); false when it is not this expert's.</summary>
    public bool WithdrawRelationship(Guid relationshipId) => _relationships.RemoveAll(r => r.Id == relationshipId) > 0;

    public const int MaxRelationships = 50;
}
