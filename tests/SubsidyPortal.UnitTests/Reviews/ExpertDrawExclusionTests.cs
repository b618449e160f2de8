using SubsidyPortal.Domain.Reviews;
using static SubsidyPortal.UnitTests.Reviews.ExpertPool;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>Never drawn: experts from the applicant's own organisation, inactive experts, and those excluded for this application.</summary>
public sealed class ExpertDrawExclusionTests
{
    private static bool IsEligible(ExpertCandidate expert, ApplicantOrganisation? applicant = null, IEnumerable<Guid>? excluded = null) =>
        ExpertDraw.Eligible([expert], applicant ?? Applicant, Biomedicine, excluded ?? []).Count == 1;

    [Fact]
    public void Across_1000_seeded_draws_no_own_organisation_inactive_or_excluded_expert_is_ever_drawn()
    {
        var pool = Independent(6);
        var sameUscc = Expert("同代码专家", "另一个名字有限公司", ApplicantUscc);
        var sameName = Expert("同名专家", " 上海长宁示范智能科技有限公司 ");
        var inactive = Expert("停用专家", active: false);
        var assigned = Expert("已分配专家");
        var recused = Expert("回避专家");
        pool.AddRange([sameUscc, sameName, inactive, assigned, recused]);
        var never = new HashSet<Guid> { sameUscc.Id, sameName.Id, inactive.Id, assigned.Id, recused.Id };

        var drawnAtLeastOnce = new HashSet<Guid>();
        for (var seed = 0; seed < 1_000; seed++)
        {
            var drawn = ExpertDraw.Draw(pool, Applicant, Biomedicine, 3, [assigned.Id, recused.Id], new SeededRandomSource(seed));
            Assert.DoesNotContain(drawn, e => never.Contains(e.Id));
            drawnAtLeastOnce.UnionWith(drawn.Select(e => e.Id));
        }

        Assert.Equal(6, drawnAtLeastOnce.Count); // every eligible expert did come up
    }

    [Fact]
    public void An_expert_whose_employer_has_the_applicants_credit_code_is_excluded_whatever_the_name() =>
        Assert.False(IsEligible(Expert("专家", "完全不同的名称", ApplicantUscc)));

    [Fact]
    public void When_both_credit_codes_are_known_and_differ_the_same_name_does_not_exclude()
    {
        // Both codes known: the code decides, e.g. a branch registered separately under the same trade name.
        Assert.True(IsEligible(Expert("专家", ApplicantName, OtherUscc)));
    }

    [Fact]
    public void When_the_expert_has_no_credit_code_the_names_are_compared() =>
        Assert.False(IsEligible(Expert("专家", ApplicantName, uscc: null)));

    [Fact]
    public void When_the_applicant_has_no_credit_code_the_names_are_compared()
    {
        var applicant = new ApplicantOrganisation(ApplicantName, null);
        Assert.False(IsEligible(Expert("专家", ApplicantName, OtherUscc), applicant));
        Assert.True(IsEligible(Expert("专家", "复旦大学", OtherUscc), applicant));
    }

    [Theory]
    [InlineData("上海长宁示范智能科技有限公司")]
    [InlineData("  上海长宁示范 智能科技有限公司\u3000")]
    [InlineData("上海长宁示范智能科技有限公司\t")]
    public void Names_are_compared_without_white_space(string organisation) =>
        Assert.False(IsEligible(Expert("专家", organisation)));

    [Fact]
    public void Full_width_and_half_width_brackets_and_letters_count_as_the_same_name()
    {
        var applicant = new ApplicantOrganisation("上海示范（集团）ABC有限公司", null);
        Assert.False(IsEligible(Expert("专家", "上海示范(集团)abc有限公司"), applicant));
        Assert.False(IsEligible(Expert("专家", "上海示范（集团）ＡＢＣ有限公司"), applicant));
    }

    [Fact]
    public void A_different_name_is_a_different_organisation() =>
        Assert.True(IsEligible(Expert("专家", "上海长宁示范智能科技有限公司分公司")));

    [Fact]
    public void An_inactive_expert_is_not_eligible_and_an_active_one_is()
    {
        Assert.False(IsEligible(Expert("专家", active: false)));
        Assert.True(IsEligible(Expert("专家", active: true)));
    }

    [Fact]
    public void An_excluded_expert_is_not_eligible()
    {
        var expert = Expert("专家");
        Assert.False(IsEligible(expert, excluded: [expert.Id]));
        Assert.True(IsEligible(expert, excluded: [NextId()]));
    }
}
