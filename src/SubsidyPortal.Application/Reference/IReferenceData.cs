using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Application.Reference;

/// <summary>Reference data pages show in lists and choices: towns/parks and an enterprise's name.</summary>
public interface IReferenceData
{
    /// <summary>Every town/park, by district, kind and name.</summary>
    Task<IReadOnlyList<TownOrPark>> TownsOrParksAsync(CancellationToken cancellationToken);

    Task<string?> EnterpriseNameAsync(Guid enterpriseId, CancellationToken cancellationToken);
}
