using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;
using static SubsidyPortal.UnitTests.Reviews.ExpertPool;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>专家抽取: N different experts in the specialty, repeatable with a seed, refused with counts when too few are eligible.</summary>
public sealed class ExpertDrawTests
{
    private static IReadOnlyList<ExpertCandidate> Draw(IEnumerable<ExpertCandidate> pool, int count, int seed, IEnumerable<Guid>? excluded = null, string specialty = Biomedicine) =>
        ExpertDraw.Draw(pool, Applicant, specialty, count, excluded ?? [], new SeededRandomSource(seed));

    [Fact]
    public void The_same_seed_draws_the_same_experts_in_the_same_order()
    {
        var pool = Independent(20);
        Assert.Equal(Draw(pool, 5, seed: 42).Select(e => e.Id), Draw(pool, 5, seed: 42).Select(e => e.Id));
    }

    [Fact]
    public void The_draw_does_not_depend_on_the_order_the_pool_was_read_in()
    {
        var pool = Independent(20);
        var reversed = Enumerable.Reverse(pool).ToList();
        Assert.Equal(Draw(pool, 5, seed: 7).Select(e => e.Id), Draw(reversed, 5, seed: 7).Select(e => e.Id));
    }

    [Fact]
    public void Different_seeds_can_draw_different_experts()
    {
        var pool = Independent(20);
        var draws = Enumerable.Range(0, 20).Select(seed => string.Join(",", Draw(pool, 5, seed).Select(e => e.Id))).ToHashSet();
        Assert.True(draws.Count > 1);
    }

    [Fact]
    public void Nobody_is_drawn_twice()
    {
        var pool = Independent(7);
        for (var seed = 0; seed < 200; seed++)
        {
            var drawn = Draw(pool, 7, seed);
            Assert.Equal(7, drawn.Select(e => e.Id).Distinct().Count());
        }
    }

    [Fact]
    public void Every_eligible_expert_is_about_equally_likely_to_be_drawn()
    {
        var pool = Independent(4);
        var tally = pool.ToDictionary(e => e.Id, _ => 0);
        for (var seed = 0; seed < 8_000; seed++)
        {
            tally[Draw(pool, 1, seed)[0].Id]++;
        }

        Assert.All(tally.Values, n => Assert.InRange(n, 1_800, 2_200));
    }

    [Fact]
    public void Only_experts_with_the_specialty_are_drawn_ignoring_case_and_spaces()
    {
        var pool = new List<ExpertCandidate> { Expert("医药专家", specialty: " Biomedicine "), Expert("算法专家", specialty: Ai) };
        var drawn = ExpertDraw.Draw(pool, Applicant, "biomedicine", 1, [], new SeededRandomSource(1));
        Assert.Equal("医药专家", Assert.Single(drawn).Name);
    }

    [Fact]
    public void When_exactly_as_many_experts_are_eligible_as_needed_all_of_them_are_drawn()
    {
        var pool = Independent(3);
        Assert.Equal(pool.Select(e => e.Id).Order(), Draw(pool, 3, seed: 3).Select(e => e.Id).Order());
    }

    [Fact]
    public void Too_few_eligible_experts_are_refused_saying_how_many_were_needed_and_available()
    {
        var pool = Independent(3);
        pool.Add(Expert("本单位专家", ApplicantName));
        pool.Add(Expert("停用专家", active: false));
        pool.Add(Expert("算法专家", specialty: Ai));
        var error = Assert.Throws<DomainException>(() => Draw(pool, 5, seed: 1));
        Assert.Equal("review.not-enough-experts", error.Code);
        Assert.Contains("5 expert(s) in specialty '生物医药' are needed but only 3 are eligible", error.Message, StringComparison.Ordinal);
        Assert.Contains("pool of 6: 1 without the specialty, 1 inactive, 0 already assigned or recused, 1 from the applicant's organisation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_pool_has_nobody_to_draw() =>
        Assert.Equal("review.not-enough-experts", Assert.Throws<DomainException>(() => Draw([], 1, seed: 1)).Code);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Drawing_fewer_than_one_expert_is_refused(int count) =>
        Assert.Equal("review.draw-count-invalid", Assert.Throws<DomainException>(() => Draw(Independent(3), count, seed: 1)).Code);

    [Fact]
    public void Drawing_one_expert_is_allowed() =>
        Assert.Single(Draw(Independent(3), 1, seed: 1));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void The_draw_needs_a_specialty(string specialty) =>
        Assert.Equal("review.specialty-required", Assert.Throws<DomainException>(() => Draw(Independent(3), 1, seed: 1, specialty: specialty)).Code);

    [Fact]
    public void The_same_expert_twice_in_the_pool_is_refused()
    {
        var expert = Expert("重复专家");
        Assert.Equal("review.expert-duplicate", Assert.Throws<DomainException>(() => Draw([expert, expert], 1, seed: 1)).Code);
    }

    [Fact]
    public void A_random_source_that_answers_outside_its_bound_is_not_trusted() =>
        Assert.Throws<InvalidOperationException>(() => ExpertDraw.Draw(Independent(3), Applicant, Biomedicine, 1, [], new FixedAnswer(3)));

    [Fact]
    public void The_cryptographic_source_draws_valid_experts()
    {
        var pool = Independent(10);
        var drawn = ExpertDraw.Draw(pool, Applicant, Biomedicine, 4, [], CryptographicRandomSource.Instance);
        Assert.Equal(4, drawn.Select(e => e.Id).Distinct().Count());
        Assert.All(drawn, e => Assert.Contains(e, pool));
    }

    [Fact]
    public void The_eligible_list_is_in_order_of_id()
    {
        var pool = Independent(5);
        pool.Reverse();
        Assert.Equal(pool.Select(e => e.Id).Order(), ExpertDraw.Eligible(pool, Applicant, Biomedicine, []).Select(e => e.Id));
    }

    private sealed class FixedAnswer(int answer) : IRandomSource
    {
        public int NextIndex(int exclusiveUpperBound) => answer;
    }
}
