using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Reviews;
using static SubsidyPortal.UnitTests.Reviews.ExpertPool;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>The documented, seed-driven draw: repeatable from the record, uniform, and tied to its commitment.</summary>
public sealed class VerifiableDrawTests
{
    private static readonly Actor Staff = new(Guid.NewGuid(), "经办人", "CommitteeStaff");

    private static byte[] Seed(byte fill) => Enumerable.Repeat(fill, VerifiableDraw.SeedBytes).ToArray();

    private static List<Guid> OrderedPool(int n) => Enumerable.Range(1, n).Select(_ => NextId()).Order().ToList();

    [Fact]
    public void The_same_seed_and_pool_draw_the_same_experts_in_the_same_order()
    {
        var pool = OrderedPool(12);
        var seed = VerifiableDraw.NewSeed();
        Assert.Equal(VerifiableDraw.Run(pool, 5, seed), VerifiableDraw.Run(pool, 5, seed));
    }

    [Fact]
    public void The_generator_is_pinned_so_a_later_build_re_runs_an_old_draw_alike()
    {
        // HMAC-SHA256(key = 32 bytes of 0x01, message = counter 0 as 8 bytes big-endian): its first 8 bytes as a big-endian
        // number, mod 10, is 8 — computed independently with Python's hmac module, so the documented recipe is what runs.
        Assert.Equal(8, new HmacDrawSource(Seed(1)).NextIndex(10));
    }

    [Fact]
    public void Different_seeds_draw_different_panels_across_many_draws()
    {
        var pool = OrderedPool(20);
        var panels = Enumerable.Range(0, 50).Select(i => string.Join(',', VerifiableDraw.Run(pool, 3, Seed((byte)i)))).ToHashSet();
        Assert.True(panels.Count > 40, $"only {panels.Count} different panels from 50 seeds");
    }

    [Fact]
    public void Each_expert_is_drawn_about_equally_often()
    {
        // 6 000 draws of 1 from 6: each expected 1 000 times; a chi-square above 20.5 (5 degrees of freedom, p = 0.001) would fail.
        var pool = OrderedPool(6);
        var counts = pool.ToDictionary(id => id, _ => 0);
        var seed = new byte[VerifiableDraw.SeedBytes];
        for (var i = 0; i < 6_000; i++)
        {
            BitConverter.TryWriteBytes(seed, i);
            counts[VerifiableDraw.Run(pool, 1, seed)[0]]++;
        }

        var chiSquare = counts.Values.Sum(c => Math.Pow(c - 1_000, 2) / 1_000);
        Assert.True(chiSquare < 20.5, $"chi-square {chiSquare:0.0}: {string.Join(", ", counts.Values)}");
    }

    [Fact]
    public void Nobody_is_drawn_twice_and_everyone_drawn_is_in_the_pool()
    {
        var pool = OrderedPool(7);
        for (byte b = 0; b < 100; b++)
        {
            var drawn = VerifiableDraw.Run(pool, 7, Seed(b));
            Assert.Equal(pool.Order(), drawn.Order());
        }
    }

    [Fact]
    public void A_pool_out_of_order_is_refused_rather_than_drawn_differently()
    {
        var pool = OrderedPool(4);
        pool.Reverse();
        Assert.Throws<ArgumentException>(() => VerifiableDraw.Run(pool, 2, Seed(3)));
    }

    [Fact]
    public void A_record_commits_only_the_hash_and_reveals_a_draw_that_replays_to_the_same_experts()
    {
        var experts = Independent(8);
        var snapshot = ExpertDraw.Snapshot(experts, Applicant, Biomedicine, [], new DateOnly(2026, 12, 4));
        var seed = VerifiableDraw.NewSeed();
        var record = ExpertDrawRecord.Commit(Guid.NewGuid(), DrawPurpose.Panel, snapshot, 3, seed, Staff, DateTimeOffset.UtcNow);

        Assert.Null(record.Seed);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(seed), record.SeedHash);
        Assert.Equal(experts.Select(e => e.Id).Order(), record.Pool);

        var drawn = record.Reveal(seed, DateTimeOffset.UtcNow);
        Assert.Equal(DrawOutcome.Drawn, record.Outcome);
        Assert.True(record.Replay().Reproduces(drawn));
    }

    [Fact]
    public void Another_seed_than_the_one_committed_is_refused_and_nothing_is_drawn()
    {
        var snapshot = ExpertDraw.Snapshot(Independent(5), Applicant, Biomedicine, [], new DateOnly(2026, 12, 4));
        var record = ExpertDrawRecord.Commit(Guid.NewGuid(), DrawPurpose.Panel, snapshot, 2, Seed(1), Staff, DateTimeOffset.UtcNow);
        var error = Assert.Throws<DomainException>(() => record.Reveal(Seed(2), DateTimeOffset.UtcNow));
        Assert.Equal("draw.seed-mismatch", error.Code);
        Assert.Empty(record.Drawn);
        Assert.Equal(DrawOutcome.Committed, record.Outcome);
    }

    [Fact]
    public void Too_few_eligible_experts_refuse_before_anything_is_committed()
    {
        var snapshot = ExpertDraw.Snapshot(Independent(2), Applicant, Biomedicine, [], new DateOnly(2026, 12, 4));
        var error = Assert.Throws<DomainException>(() => ExpertDrawRecord.Commit(Guid.NewGuid(), DrawPurpose.Panel, snapshot, 3, Seed(1), Staff, DateTimeOffset.UtcNow));
        Assert.Equal(ReviewErrorCodes.NotEnoughExperts, error.Code);
    }

    [Fact]
    public void An_abandoned_draw_reveals_its_seed_and_cannot_then_be_drawn()
    {
        var snapshot = ExpertDraw.Snapshot(Independent(5), Applicant, Biomedicine, [], new DateOnly(2026, 12, 4));
        var record = ExpertDrawRecord.Commit(Guid.NewGuid(), DrawPurpose.Replacement, snapshot, 1, Seed(9), Staff, DateTimeOffset.UtcNow);
        record.Abandon(Seed(9), "申报已被他人更改", DateTimeOffset.UtcNow);
        Assert.Equal(Seed(9), record.Seed);
        Assert.True(record.Replay().SeedMatchesCommitment);
        Assert.Equal("draw.not-committed", Assert.Throws<DomainException>(() => record.Reveal(Seed(9), DateTimeOffset.UtcNow)).Code);
    }
}
