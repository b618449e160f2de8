namespace SubsidyPortal.Domain.Common;

/// <summary>
/// Money is <see cref="decimal"/> yuan. Rounding is explicit and always half away from zero to the fen
/// (0.01 yuan), the convention of Chinese fiscal lists; a figure in 万元 is yuan / 10,000.
/// </summary>
public static class Money
{
    public const int FenDecimals = 2;
    public const decimal YuanPerWan = 10_000m;

    public static decimal RoundToFen(decimal yuan) => Math.Round(yuan, FenDecimals, MidpointRounding.AwayFromZero);

    /// <summary>True when the amount has no part smaller than a fen (e.g. 12.34 but not 12.345).</summary>
    public static bool IsWholeFen(decimal yuan) => decimal.Round(yuan, FenDecimals) == yuan;

    public static decimal ToWan(decimal yuan) => yuan / YuanPerWan;

    public static decimal FromWan(decimal wan) => wan * YuanPerWan;
}
