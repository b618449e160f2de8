using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;

namespace SubsidyPortal.Application.Reviews;

/// <summary>One relationship the expert declared.</summary>
public sealed record RelationshipRow(Guid Id, RelationshipKind Kind, string OrganisationName, string? OrganisationUscc, DateOnly? EndedOn, DateTimeOffset DeclaredAt);

/// <summary>利益关系申报: the expert's own employer (kept by the committee) and what they declared themselves.</summary>
public sealed record ExpertDeclarationsView(string Name, string Organisation, IReadOnlyList<RelationshipRow> Relationships);

/// <summary>What the expert types to declare one relationship.</summary>
public sealed class RelationshipInput
{
    public RelationshipKind Kind { get; set; } = RelationshipKind.Affiliation;

    public string? OrganisationName { get; set; }

    public string? OrganisationUscc { get; set; }

    /// <summary>The last day of a former employment (only for <see cref="RelationshipKind.FormerEmployer"/>).</summary>
    public DateOnly? EndedOn { get; set; }
}

/// <summary>
/// The expert's declarations of affiliations, former employers and shareholdings, which the expert draw checks as
/// conflicts of interest against every applicant. Only the expert maintains their own.
/// </summary>
public interface IExpertDeclarations
{
    /// <summary>The expert's declarations, or null for a user who is not in the expert pool.</summary>
    Task<ExpertDeclarationsView?> DeclarationsAsync(Actor expert, CancellationToken cancellationToken);

    Task<CommandResult> DeclareAsync(RelationshipInput input, Actor expert, CancellationToken cancellationToken);

    Task<CommandResult> WithdrawAsync(Guid relationshipId, Actor expert, CancellationToken cancellationToken);
}
