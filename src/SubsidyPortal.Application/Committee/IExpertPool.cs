using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Application.Committee;

/// <summary>One expert of the pool: who, where from, in which fields, whether still drawn, and open assignments.</summary>
public sealed record ExpertRow(Guid Id, string Name, string? Email, string Organisation, IReadOnlyList<string> Specialties, bool Active, int OpenAssignments);

/// <summary>What staff type to put an Expert account into the pool.</summary>
public sealed class ExpertEnrolment
{
    public string? Email { get; set; }

    public string? Organisation { get; set; }

    public string? OrganisationUscc { get; set; }

    /// <summary>Separated by 、 or commas, e.g. "科技创新、生物医药".</summary>
    public string? Specialties { get; set; }
}

/// <summary>专家库: the pool experts are drawn from, paged; enrolling an Expert account; retiring an expert (never drawn again).</summary>
public interface IExpertPool
{
    Task<PagedResult<ExpertRow>> ExpertsAsync(PageRequest page, bool includeRetired, Actor staff, CancellationToken cancellationToken);

    Task<CommandResult> EnrolAsync(ExpertEnrolment input, Actor staff, CancellationToken cancellationToken);

    Task<CommandResult> RetireAsync(Guid expertId, Actor staff, CancellationToken cancellationToken);
}
