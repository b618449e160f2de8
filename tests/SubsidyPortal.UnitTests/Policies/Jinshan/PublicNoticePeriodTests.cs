using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Jinshan;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>公示期限 as the Jinshan text states it: 5 working days, and 10 for the 科技创新奖.</summary>
public class PublicNoticePeriodTests
{
    [Fact]
    public void The_text_sets_five_working_days_for_the_topics_and_ten_for_the_innovation_award()
    {
        Assert.Contains("公示期限为 5 个工作日", JinshanFacts.PolicyText.Value, StringComparison.Ordinal);
        Assert.Contains("自公布之日起10个工作日内，区科委受理有关异议事项", JinshanFacts.PolicyText.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_two_innovation_awards_have_a_ten_working_day_notice()
    {
        var ten = PolicyCatalog.Clauses.Where(c => c.PublicNoticeWorkingDays == 10).Select(c => c.GetType()).ToHashSet();
        Assert.Equal([typeof(Chapter5Topic6InnovationAchievementAward), typeof(Chapter5Topic6InnovationTalentAward)], ten.OrderBy(t => t.Name));
        Assert.All(PolicyCatalog.Clauses.Where(c => !ten.Contains(c.GetType())), c => Assert.Equal(5, c.PublicNoticeWorkingDays));
    }
}
