using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// 可复核的专家抽取: a draw anyone holding its record can repeat. The algorithm (<see cref="Algorithm"/>), fixed so a
/// draw made today re-runs the same on any later build:
/// <list type="number">
/// <item>The pool is the snapshot's eligible expert ids in ascending order (<see cref="Guid.CompareTo(Guid)"/>), N of them.</item>
/// <item>Random numbers: block k (k = 0, 1, 2 …) is HMAC-SHA256 keyed with the 32-byte seed over k as 8 bytes big-endian;
/// its first 8 bytes, big-endian, are an unsigned 64-bit number x.</item>
/// <item>A uniform index below n (rejection sampling): take the next x; if x ≥ 2⁶⁴ − (2⁶⁴ mod n) discard it and take the
/// next; otherwise the index is x mod n.</item>
/// <item>Partial Fisher–Yates: for i = 0 … count−1, take an index j below N − i and swap positions i and i + j. Positions
/// 0 … count−1 are the experts drawn, in the order drawn.</item>
/// </list>
/// The commitment is SHA-256 of the seed; the pool digest is SHA-256 of the UTF-8 text "count" then each id (lower-case,
/// hyphenated), one per line, joined by "\n". Both are recorded before the draw.
/// </summary>
public static class VerifiableDraw
{
    public const string Algorithm = "hmac-sha256-fisher-yates-v1";

    public const int SeedBytes = 32;

    /// <summary>A fresh, unpredictable seed.</summary>
    public static byte[] NewSeed() => RandomNumberGenerator.GetBytes(SeedBytes);

    /// <summary>The commitment to a seed: SHA-256 of its bytes.</summary>
    public static byte[] Commitment(ReadOnlySpan<byte> seed) => SHA256.HashData(seed);

    /// <summary>SHA-256 of the pool and count as documented above, so the trail pins the snapshot too.</summary>
    public static byte[] PoolDigest(IReadOnlyList<Guid> orderedPool, int count)
    {
        ArgumentNullException.ThrowIfNull(orderedPool);
        var text = string.Join('\n', orderedPool.Select(id => id.ToString("D", CultureInfo.InvariantCulture)).Prepend(count.ToString(CultureInfo.InvariantCulture)));
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Draws <paramref name="count"/> ids from the pool, which must already be in ascending order, by the seed.</summary>
    /// <exception cref="DomainException"><see cref="ReviewErrorCodes.DrawCountInvalid"/>, <see cref="ReviewErrorCodes.NotEnoughExperts"/>.</exception>
    public static IReadOnlyList<Guid> Run(IReadOnlyList<Guid> orderedPool, int count, ReadOnlySpan<byte> seed)
    {
        ArgumentNullException.ThrowIfNull(orderedPool);
        if (seed.Length != SeedBytes)
        {
            throw new ArgumentException($"The seed must be {SeedBytes} bytes.", nameof(seed));
        }

        if (count < 1)
        {
            throw new DomainException(ReviewErrorCodes.DrawCountInvalid, $"At least one expert must be drawn, not {count}.");
        }

        if (orderedPool.Count < count)
        {
            throw new DomainException(ReviewErrorCodes.NotEnoughExperts, $"{count} expert(s) are needed but the pool holds {orderedPool.Count}.");
        }

        for (var i = 1; i < orderedPool.Count; i++)
        {
            if (orderedPool[i - 1].CompareTo(orderedPool[i]) >= 0)
            {
                throw new ArgumentException("The pool must be in ascending order of id, each id once.", nameof(orderedPool));
            }
        }

        var positions = orderedPool.ToArray();
        var source = new HmacDrawSource(seed);
        for (var i = 0; i < count; i++)
        {
            var j = source.NextIndex(positions.Length - i);
            (positions[i], positions[i + j]) = (positions[i + j], positions[i]);
        }

        return Array.AsReadOnly(positions[..count]);
    }
}

/// <summary>The documented generator of <see cref="VerifiableDraw"/>: HMAC-SHA256(seed, counter) with rejection sampling.</summary>
public sealed class HmacDrawSource : IRandomSource
{
    private readonly byte[] _seed;
    private ulong _counter;

    public HmacDrawSource(ReadOnlySpan<byte> seed)
    {
        _seed = seed.ToArray();
    }

    public int NextIndex(int exclusiveUpperBound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(exclusiveUpperBound, 1);
        var n = (ulong)exclusiveUpperBound;
        var rejectFrom = unchecked(0UL - ((ulong.MaxValue % n + 1) % n)); // 2⁶⁴ − (2⁶⁴ mod n), 0 standing for 2⁶⁴
        Span<byte> counter = stackalloc byte[8];
        Span<byte> block = stackalloc byte[32];
        while (true)
        {
            BinaryPrimitives.WriteUInt64BigEndian(counter, _counter++);
            HMACSHA256.HashData(_seed, counter, block);
            var x = BinaryPrimitives.ReadUInt64BigEndian(block);
            if (rejectFrom == 0 || x < rejectFrom)
            {
                return (int)(x % n);
            }
        }
    }
}
