using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Domain.Experts;

/// <summary>What an expert declares about an organisation, for the conflict-of-interest check (利益关系申报).</summary>
public enum RelationshipKind
{
    /// <summary>任职 / 兼职: an organisation the expert works for or holds a post in now (besides their 工作单位).</summary>
    Affiliation,

    /// <summary>曾任职单位: a former employer, with the day the employment ended.</summary>
    FormerEmployer,

    /// <summary>持股: a company the expert (or their household) holds shares in.</summary>
    Shareholding,
}

/// <summary>
/// One declared relationship between an expert and an organisation (name and, when known, 统一社会信用代码). A former
/// employer carries the day the employment ended; the others are current and carry none.
/// </summary>
public sealed class ExpertRelationship
{
    private ExpertRelationship()
    {
        OrganisationName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ExpertId { get; private set; }

    public RelationshipKind Kind { get; private set; }

    public string OrganisationName { get; private set; }

    public string? OrganisationUscc { get; private set; }

    /// <summary>The last day of a former employment; null for the other kinds.</summary>
    public DateOnly? EndedOn { get; private set; }

    public DateTimeOffset DeclaredAt { get; private set; }

    /// <exception cref="DomainException">
    /// <c>expert.relationship-organisation-required</c>, <c>expert.relationship-uscc-invalid</c>,
    /// <c>expert.relationship-ended-required</c>, <c>expert.relationship-ended-future</c>.
    /// </exception>
    internal static ExpertRelationship Declare(Guid expertId, RelationshipKind kind, string? organisationName, string? organisationUscc, DateOnly? endedOn, DateOnly today, DateTimeOffset now)
    {
        var uscc = string.IsNullOrWhiteSpace(organisationUscc) ? null : organisationUscc.Trim().ToUpperInvariant();
        if (uscc is not null && UnifiedSocialCreditCode.TryParse(uscc, out _) is not null)
        {
            throw new DomainException("expert.relationship-uscc-invalid", $"'{uscc}' is not a valid unified social credit code.");
        }

        if (kind == RelationshipKind.FormerEmployer)
        {
            if (endedOn is null)
            {
                throw new DomainException("expert.relationship-ended-required", "A former employer needs the day the employment ended.");
            }

            if (endedOn > today)
            {
                throw new DomainException("expert.relationship-ended-future", "A former employment cannot end after today; declare a current post as an affiliation.");
            }
        }

        return new ExpertRelationship
        {
            Id = Guid.CreateVersion7(),
            ExpertId = expertId,
            Kind = kind,
            OrganisationName = Guard.Required(organisationName, "expert.relationship-organisation-required", 200),
            OrganisationUscc = uscc,
            EndedOn = kind == RelationshipKind.FormerEmployer ? endedOn : null,
            DeclaredAt = now,
        };
    }
}
