using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// 核定金额: the amount staff set for an application after review. It is always more than zero, in whole fen, and
/// never above the clause's figure:
/// <list type="bullet">
/// <item><see cref="AmountKind.Ceiling"/> (最高不超过): anything up to and including the ceiling.</item>
/// <item><see cref="AmountKind.Fixed"/> (给予 N 万元): the fixed amount, or less when the committee reduces it
/// (e.g. to fit the budget); never more than the fixed amount.</item>
/// </list>
/// </summary>
public static class ApprovedAmountRule
{
    /// <summary>The same rule as <see cref="Check"/> without throwing: what the transition guard asks.</summary>
    public static bool Allows(decimal? approvedAmount, decimal? ruleAmount) =>
        approvedAmount is { } approved && ruleAmount is { } rule
        && rule > 0 && Money.IsWholeFen(rule)
        && approved > 0 && Money.IsWholeFen(approved) && approved <= rule;

    /// <summary>Checks an approved amount against the clause's figure and returns it unchanged.</summary>
    /// <param name="approvedAmount">Yuan, as staff entered it.</param>
    /// <param name="ruleAmount">The clause's fixed amount or ceiling in yuan (more than zero, whole fen).</param>
    /// <param name="ruleKind">Whether <paramref name="ruleAmount"/> is a fixed amount or a ceiling.</param>
    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.RuleAmountInvalid"/>, <see cref="ReviewErrorCodes.AmountNotPositive"/>,
    /// <see cref="ReviewErrorCodes.AmountPrecision"/>, <see cref="ReviewErrorCodes.AmountAboveCeiling"/>,
    /// <see cref="ReviewErrorCodes.AmountAboveFixed"/>; messages give the figures involved in yuan.
    /// </exception>
    public static decimal Check(decimal approvedAmount, decimal ruleAmount, AmountKind ruleKind)
    {
        CheckRuleAmount(ruleAmount);
        if (approvedAmount <= 0)
        {
            throw new DomainException(ReviewErrorCodes.AmountNotPositive, $"The approved amount {ReviewNumbers.Show(approvedAmount)} yuan must be above zero.");
        }

        if (!Money.IsWholeFen(approvedAmount))
        {
            throw new DomainException(ReviewErrorCodes.AmountPrecision, $"The approved amount {ReviewNumbers.Show(approvedAmount)} yuan has a part smaller than a fen.");
        }

        if (approvedAmount > ruleAmount)
        {
            throw ruleKind == AmountKind.Ceiling
                ? new DomainException(
                    ReviewErrorCodes.AmountAboveCeiling,
                    $"The approved amount {ReviewNumbers.Show(approvedAmount)} yuan is above the clause's ceiling of {ReviewNumbers.Show(ruleAmount)} yuan.")
                : new DomainException(
                    ReviewErrorCodes.AmountAboveFixed,
                    $"The approved amount {ReviewNumbers.Show(approvedAmount)} yuan is above the clause's fixed amount of {ReviewNumbers.Show(ruleAmount)} yuan.");
        }

        return approvedAmount;
    }

    /// <summary>The clause's figure itself: more than zero and in whole fen.</summary>
    internal static void CheckRuleAmount(decimal ruleAmount)
    {
        if (ruleAmount <= 0 || !Money.IsWholeFen(ruleAmount))
        {
            throw new DomainException(ReviewErrorCodes.RuleAmountInvalid, $"The clause's amount {ReviewNumbers.Show(ruleAmount)} yuan is not a positive amount in whole fen.");
        }
    }
}
