using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;
using static SubsidyPortal.UnitTests.Reviews.ExpertPool;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>回避后补抽: a replacement for a recused expert is drawn by the same rules, never anyone assigned or recused.</summary>
public sealed class ExpertReplacementTests
{
    [Fact]
    public void The_replacement_is_never_an_assigned_or_recused_expert()
    {
        var pool = Independent(8);
        var assigned = pool.Take(3).Select(e => e.Id).ToList();
        var recused = new List<Guid> { assigned[1], pool[3].Id };
        for (var seed = 0; seed < 500; seed++)
        {
            var replacement = ExpertDraw.DrawReplacement(pool, Applicant, Biomedicine, assigned, recused, new SeededRandomSource(seed));
            Assert.DoesNotContain(replacement.Id, assigned);
            Assert.DoesNotContain(replacement.Id, recused);
        }
    }

    [Fact]
    public void The_replacement_follows_the_own_organisation_and_active_rules()
    {
        var candidate = Expert("可补专家");
        var pool = new List<ExpertCandidate> { Expert("本单位", ApplicantName), Expert("停用", active: false), candidate };
        var replacement = ExpertDraw.DrawReplacement(pool, Applicant, Biomedicine, [], [], new SeededRandomSource(1));
        Assert.Equal(candidate.Id, replacement.Id);
    }

    [Fact]
    public void The_same_seed_gives_the_same_replacement()
    {
        var pool = Independent(10);
        var assigned = new[] { pool[0].Id, pool[1].Id };
        Assert.Equal(
            ExpertDraw.DrawReplacement(pool, Applicant, Biomedicine, assigned, [pool[0].Id], new SeededRandomSource(9)).Id,
            ExpertDraw.DrawReplacement(pool, Applicant, Biomedicine, assigned, [pool[0].Id], new SeededRandomSource(9)).Id);
    }

    [Fact]
    public void When_nobody_is_left_the_replacement_is_refused_saying_so()
    {
        var pool = Independent(3);
        var error = Assert.Throws<DomainException>(() =>
            ExpertDraw.DrawReplacement(pool, Applicant, Biomedicine, pool.Select(e => e.Id), [pool[2].Id], new SeededRandomSource(1)));
        Assert.Equal("review.not-enough-experts", error.Code);
        Assert.Contains("1 expert(s) in specialty '生物医药' are needed but only 0 are eligible", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 already assigned or recused", error.Message, StringComparison.Ordinal);
    }
}
