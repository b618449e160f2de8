using SubsidyPortal.Application.Towns;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.Application.Enterprises;

/// <summary>
/// 企业名录 as committee, finance and administrators read one enterprise (the list is
/// <see cref="Reference.IEnterpriseDirectory.PageAsync"/>): its profile, its latest filings (for those who may read
/// filings) and its latest awards (for those who may read awards). Anyone else gets nothing.
/// </summary>
public interface IStaffEnterprises
{
    Task<StaffEnterpriseView?> DetailAsync(Guid enterpriseId, Actor actor, CancellationToken cancellationToken);
}

/// <summary>
/// One enterprise with its latest filings and awards and their counts (the rows of the town/park's pages, which fit);
/// the lists are null where the reader's role does not see them.
/// </summary>
public sealed record StaffEnterpriseView(
    Enterprise Enterprise,
    string? TownOrParkName,
    IReadOnlyList<TownFilingRow>? Filings,
    int FilingCount,
    IReadOnlyList<TownAwardRow>? Awards,
    int AwardCount);
