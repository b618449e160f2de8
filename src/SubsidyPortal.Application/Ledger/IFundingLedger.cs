using SubsidyPortal.Domain.Applications;

namespace SubsidyPortal.Application.Ledger;

/// <summary>One year of an enterprise's support: awards made that year and what became of their money. Yuan.</summary>
/// <param name="Approved">The awards' amounts.</param>
/// <param name="Paid">Paid out so far.</param>
/// <param name="Outstanding">Still to be paid on awards in force (a revoked award's unpaid tranches are stopped, not outstanding).</param>
/// <param name="ClawbackDue">Demanded back after revocation.</param>
/// <param name="Recovered">Of that, recovered so far.</param>
/// <param name="WrittenOff">Of that, written off (核销) by two finance users.</param>
public sealed record LedgerYear(int Year, int Awards, decimal Approved, decimal Paid, decimal Outstanding, decimal ClawbackDue, decimal Recovered, decimal WrittenOff);

/// <summary>
/// 资助台账: every award an enterprise (by 统一社会信用代码) holds, across programmes and administering authorities, by
/// award year, with the totals.
/// </summary>
public sealed record FundingLedger(Guid EnterpriseId, string Uscc, string EnterpriseName, IReadOnlyList<LedgerYear> Years)
{
    public LedgerYear Totals => new(0, Years.Sum(y => y.Awards), Years.Sum(y => y.Approved), Years.Sum(y => y.Paid), Years.Sum(y => y.Outstanding),
        Years.Sum(y => y.ClawbackDue), Years.Sum(y => y.Recovered), Years.Sum(y => y.WrittenOff));
}

/// <summary>
/// The funding ledger of one enterprise. Committee staff read any enterprise's (whatever authority made the awards:
/// the point is to see support from every programme before deciding); an applicant reads its own; anyone else nothing.
/// </summary>
public interface IFundingLedger
{
    Task<FundingLedger?> ForEnterpriseAsync(Actor actor, Guid enterpriseId, CancellationToken cancellationToken);
}
