using System.Globalization;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// Points (scores and totals) follow the same convention as <see cref="Common.Money"/>: at most two decimal places,
/// rounded half away from zero.
/// </summary>
internal static class ReviewNumbers
{
    public const int PointDecimals = 2;

    /// <summary>
    /// Decimal division that does not terminate (e.g. a maximum score of 3) leaves an error in the 27th–28th decimal
    /// place. Rounding to this many places first removes that error, so a value exactly on a midpoint (x.xx5) still
    /// rounds away from zero; genuine values are never this close to a midpoint for realistic rubrics.
    /// </summary>
    private const int NoiseDecimals = 20;

    public static decimal RoundPoints(decimal value) =>
        Math.Round(Math.Round(value, NoiseDecimals, MidpointRounding.AwayFromZero), PointDecimals, MidpointRounding.AwayFromZero);

    /// <summary>True when the value has no digit beyond the second decimal place (12.34 but not 12.345).</summary>
    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, PointDecimals) == value;

    /// <summary>Figures in messages are culture-independent, with at least two decimals and every digit given: 1,234.50, 0.125.</summary>
    public static string Show(decimal value) => value.ToString("#,##0.00##########################", CultureInfo.InvariantCulture);
}
