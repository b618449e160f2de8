using System.Security.Cryptography;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// Where <see cref="ExpertDraw.Draw"/> gets its randomness. The portal's own draws use <see cref="VerifiableDraw"/>
/// (its <see cref="HmacDrawSource"/>), whose algorithm is documented and fixed, so a past draw can be re-run.
/// </summary>
public interface IRandomSource
{
    /// <summary>A uniformly chosen integer in [0, <paramref name="exclusiveUpperBound"/>); the bound is at least 1.</summary>
    int NextIndex(int exclusiveUpperBound);
}

/// <summary>
/// Cryptographically strong and unseeded: nobody can predict or replay who will be drawn (so nobody can check it
/// either: real draws use <see cref="VerifiableDraw"/>). Thread-safe.
/// </summary>
public sealed class CryptographicRandomSource : IRandomSource
{
    public static CryptographicRandomSource Instance { get; } = new();

    private CryptographicRandomSource()
    {
    }

    public int NextIndex(int exclusiveUpperBound) => RandomNumberGenerator.GetInt32(exclusiveUpperBound);
}

/// <summary>
/// Repeatable within one .NET version: the same seed gives the same sequence, so a test draws the same experts from
/// the same pool. <see cref="Random"/>'s algorithm is no contract, so never for a draw that must be re-run later. Not
/// thread-safe.
/// </summary>
public sealed class SeededRandomSource(int seed) : IRandomSource
{
    private readonly Random _random = new(seed);

    public int NextIndex(int exclusiveUpperBound) => _random.Next(exclusiveUpperBound);
}
