using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Application.Reference;

public sealed record EnterpriseRow(
    Guid Id, string Name, UnifiedSocialCreditCode Uscc, District District, string? TownOrPark, string ContactPerson, string ContactPhone, DateTimeOffset RegisteredAt);

/// <summary>The enterprise lists staff read: all of them, or one town/park's own.</summary>
public interface IEnterpriseDirectory
{
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Up to <c>PageSize</c> enterprises by name, filtered by town/park and by a name or credit code.</summary>
    Task<IReadOnlyList<EnterpriseRow>> ListAsync(Guid? townOrParkId, string? search, CancellationToken cancellationToken);

    /// <summary>One page of enterprises (of one town/park when given), searched by name or credit code, sorted by
    /// "name" (the default) or "registered", with the COUNT of the whole list.</summary>
    Task<PagedResult<EnterpriseRow>> PageAsync(Guid? townOrParkId, PageRequest page, CancellationToken cancellationToken);
}
