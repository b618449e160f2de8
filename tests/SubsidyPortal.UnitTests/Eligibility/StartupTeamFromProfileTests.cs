using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Eligibility;

/// <summary>
/// 大零号湾（九）研发服务券 has a quota for "团队（尚未注册企业的创新创业团队）". Whether the applicant is such a team was a
/// yes/no restating the text; the profile settles it: an enterprise on the portal registered with its credit code.
/// </summary>
public sealed class StartupTeamFromProfileTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Enterprise Registered = Enterprise.Register(
        "上海测试科技有限公司", UnifiedSocialCreditCode.Parse("91330100799655058B"), District.Minhang, null, "张伟", "13900001111", Now);

    [Fact]
    public void A_registered_enterprise_is_no_unincorporated_team_and_the_team_voucher_is_refused_without_asking()
    {
        var facts = ProfileFacts.From(Registered, DateOnly.FromDateTime(Now.DateTime), DalinghaowanPolicy.AreaParkName);
        var team = PolicyCatalog.Find("dalinghaowan-2024/09-rd-voucher-team")!;

        var evaluation = ClauseEvaluator.Evaluate(team, new Facts(facts), DateOnly.FromDateTime(Now.DateTime), []);

        Assert.Equal(false, facts[Measure09RdVoucherTeam.StartupTeamKey]);
        Assert.Equal(EvaluationOutcome.NotEligible, evaluation.Outcome);
        Assert.Contains(evaluation.Conditions, c => c.Code == "dalinghaowan-09-team" && c.Status == ConditionStatus.NotMet);
        Assert.Equal(FactSource.Profile, team.Inputs.Single(i => i.Key == Measure09RdVoucherTeam.StartupTeamKey).Source);
    }
}
