using System.Security.Cryptography;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>Why a draw was made: the application's panel, or one expert to replace one who recused themselves.</summary>
public enum DrawPurpose
{
    Panel,
    Replacement,
}

/// <summary>Where a recorded draw stands: committed (seed hash recorded, nothing drawn yet), drawn, or abandoned after commitment.</summary>
public enum DrawOutcome
{
    Committed,
    Drawn,
    Abandoned,
}

/// <summary>
/// 抽取记录: one expert draw on an application's record. Committed first — the seed's SHA-256 (抽取承诺), the pool
/// snapshot in its documented order with each excluded candidate and why, the count and the specialty — and saved before
/// anything is drawn; then the draw is run from the recorded pool and the seed is revealed (公开种子) with the experts
/// drawn. A draw that cannot finish after commitment is abandoned with its seed revealed, never re-rolled silently.
/// <see cref="VerifiableDraw"/> describes the algorithm.
/// </summary>
public sealed class ExpertDrawRecord
{
    private List<Guid> _pool = [];
    private List<DrawExclusion> _exclusions = [];
    private List<Guid> _drawn = [];

    private ExpertDrawRecord()
    {
        Specialty = string.Empty;
        Algorithm = string.Empty;
        SeedHash = [];
        PoolDigest = [];
        CommittedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public DrawPurpose Purpose { get; private set; }

    public string Specialty { get; private set; }

    public int Count { get; private set; }

    public string Algorithm { get; private set; }

    /// <summary>The eligible expert ids in ascending order: what the draw is run on.</summary>
    public IReadOnlyList<Guid> Pool => _pool;

    public IReadOnlyList<DrawExclusion> Exclusions => _exclusions;

    /// <summary>Experts without the specialty (not listed one by one).</summary>
    public int OtherSpecialty { get; private set; }

    public byte[] SeedHash { get; private set; }

    /// <summary><see cref="VerifiableDraw.PoolDigest"/> of the pool and count, also written on the application's trail.</summary>
    public byte[] PoolDigest { get; private set; }

    public DateTimeOffset CommittedAt { get; private set; }

    public Guid? CommittedBy { get; private set; }

    public string CommittedByName { get; private set; }

    public DrawOutcome Outcome { get; private set; }

    /// <summary>The seed, once revealed.</summary>
    public byte[]? Seed { get; private set; }

    public DateTimeOffset? RevealedAt { get; private set; }

    /// <summary>The experts drawn, in the order drawn (empty until drawn).</summary>
    public IReadOnlyList<Guid> Drawn => _drawn;

    /// <summary>Why an abandoned draw did not finish.</summary>
    public string? AbandonedReason { get; private set; }

    /// <summary>Records the commitment to <paramref name="seed"/> (its hash only) with the pool snapshot.</summary>
    /// <exception cref="DomainException"><see cref="ReviewErrorCodes.DrawCountInvalid"/>, <see cref="ReviewErrorCodes.NotEnoughExperts"/> (nothing is committed then).</exception>
    public static ExpertDrawRecord Commit(Guid applicationId, DrawPurpose purpose, DrawPool pool, int count, ReadOnlySpan<byte> seed, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(actor);
        if (count < 1)
        {
            throw new DomainException(ReviewErrorCodes.DrawCountInvalid, $"At least one expert must be drawn, not {count}.");
        }

        if (pool.Eligible.Count < count)
        {
            throw new DomainException(
                ReviewErrorCodes.NotEnoughExperts,
                $"{count} expert(s) in specialty '{pool.Specialty}' are needed but only {pool.Eligible.Count} are eligible " +
                $"({pool.OtherSpecialty} without the specialty; {pool.Exclusions.Count} excluded: " +
                string.Join(", ", pool.Exclusions.GroupBy(e => e.Reason).Select(g => $"{g.Count()} {g.Key}")) + ").");
        }

        var ids = pool.Eligible.Select(m => m.ExpertId).Order().ToList();
        return new ExpertDrawRecord
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = applicationId,
            Purpose = purpose,
            Specialty = pool.Specialty,
            Count = count,
            Algorithm = VerifiableDraw.Algorithm,
            _pool = ids,
            _exclusions = pool.Exclusions.ToList(),
            OtherSpecialty = pool.OtherSpecialty,
            SeedHash = VerifiableDraw.Commitment(seed),
            PoolDigest = VerifiableDraw.PoolDigest(ids, count),
            CommittedAt = now,
            CommittedBy = actor.UserId,
            CommittedByName = actor.Name,
            Outcome = DrawOutcome.Committed,
        };
    }

    /// <summary>Runs the draw from the recorded pool with the committed seed and reveals the seed.</summary>
    /// <exception cref="DomainException"><c>draw.seed-mismatch</c> when the seed is not the one committed to; <c>draw.not-committed</c> when already finished.</exception>
    public IReadOnlyList<Guid> Reveal(ReadOnlySpan<byte> seed, DateTimeOffset now)
    {
        EnsureCommitted(seed);
        _drawn = VerifiableDraw.Run(_pool, Count, seed).ToList();
        Seed = seed.ToArray();
        RevealedAt = now;
        Outcome = DrawOutcome.Drawn;
        return _drawn;
    }

    /// <summary>Closes a committed draw that could not finish, revealing its seed so nobody can say it was re-rolled in secret.</summary>
    public void Abandon(ReadOnlySpan<byte> seed, string reason, DateTimeOffset now)
    {
        EnsureCommitted(seed);
        Seed = seed.ToArray();
        RevealedAt = now;
        AbandonedReason = Guard.Required(reason, "draw.abandon-reason-required", 500);
        Outcome = DrawOutcome.Abandoned;
    }

    /// <summary>Re-runs the draw from what is recorded: whether the revealed seed matches the commitment and the pool its digest, and who it draws.</summary>
    public DrawReplay Replay()
    {
        var seedMatches = Seed is { Length: VerifiableDraw.SeedBytes } seed && CryptographicOperations.FixedTimeEquals(VerifiableDraw.Commitment(seed), SeedHash);
        var poolMatches = CryptographicOperations.FixedTimeEquals(VerifiableDraw.PoolDigest(_pool, Count), PoolDigest);
        IReadOnlyList<Guid> replayed = [];
        string? problem = null;
        if (Seed is { Length: VerifiableDraw.SeedBytes } revealed)
        {
            try
            {
                replayed = VerifiableDraw.Run(_pool, Count, revealed);
            }
            catch (Exception e) when (e is DomainException or ArgumentException)
            {
                problem = e.Message;
            }
        }
        else
        {
            problem = Seed is null ? "the seed has not been revealed" : "the revealed seed is not 32 bytes";
        }

        return new DrawReplay(seedMatches, poolMatches, replayed, problem);
    }

    private void EnsureCommitted(ReadOnlySpan<byte> seed)
    {
        if (Outcome != DrawOutcome.Committed)
        {
            throw new DomainException("draw.not-committed", $"Draw {Id} is already {Outcome}.");
        }

        if (!CryptographicOperations.FixedTimeEquals(VerifiableDraw.Commitment(seed), SeedHash))
        {
            throw new DomainException("draw.seed-mismatch", "The seed is not the one committed to.");
        }
    }
}

/// <summary>A recorded draw re-run: the seed against its commitment, the pool against its digest, the experts the re-run draws.</summary>
public sealed record DrawReplay(bool SeedMatchesCommitment, bool PoolMatchesDigest, IReadOnlyList<Guid> Replayed, string? Problem)
{
    /// <summary>True when the seed and pool hold and the re-run draws exactly <paramref name="recorded"/>, in order.</summary>
    public bool Reproduces(IReadOnlyList<Guid> recorded) =>
        SeedMatchesCommitment && PoolMatchesDigest && Problem is null && Replayed.SequenceEqual(recorded);
}
