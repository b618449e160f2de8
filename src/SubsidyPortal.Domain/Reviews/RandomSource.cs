using System.Security.Cryptography;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>Where <see cref="ExpertDraw"/> gets its randomness, injected so draws can be unpredictable in use and repeatable in tests.</summary>
public interface IRandomSource
{
    /// <summary>A uniformly chosen integer in [0, <paramref name="exclusiveUpperBound"/>); the bound is at least 1.</summary>
    int NextIndex(int exclusiveUpperBound);
}

/// <summary>
/// Cryptographically strong and unseeded: nobody can predict or replay who will be drawn. Use it for real draws.
/// Thread-safe.
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
/// Repeatable: the same seed gives the same sequence, so a test (or a documented re-run) draws the same experts from
/// the same pool. Not for real draws: whoever knows the seed knows the outcome. Not thread-safe.
/// </summary>
public sealed class SeededRandomSource(int seed) : IRandomSource
{
    private readonly Random _random = new(seed);

    public int NextIndex(int exclusiveUpperBound) => _random.Next(exclusiveUpperBound);
}
