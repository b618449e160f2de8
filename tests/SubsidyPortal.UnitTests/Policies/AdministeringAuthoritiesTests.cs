using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.UnitTests.Policies;

/// <summary>Which authority administers each policy, pinned to the words of the text that say so — or, for 大零号湾,
/// to the text saying nothing of an office (the portal names it).</summary>
public sealed class AdministeringAuthoritiesTests
{
    private static string Text(string file) =>
        File.ReadAllText(RepositoryRoot.Combine("..", "shared", "policies", file)).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);

    /// <summary>The part of the basis after its source, i.e. the text's own words.</summary>
    private static string Quoted(AdministeringAuthority authority) => authority.Basis[(authority.Basis.IndexOf('：', StringComparison.Ordinal) + 1)..];

    [Fact]
    public void Changning_names_the_district_committee_in_article_15()
    {
        Assert.Contains(Quoted(AdministeringAuthorities.Changning), Text("changning-2024-measures.txt"), StringComparison.Ordinal);
        Assert.Equal(["changning-2024"], AdministeringAuthorities.Changning.PolicyIds);
    }

    [Fact]
    public void Jinshan_has_the_district_committee_organise_every_review()
    {
        Assert.Contains(Quoted(AdministeringAuthorities.Jinshan), Text("jinshan-2025-implementation-rules.txt"), StringComparison.Ordinal);
        Assert.Equal(["jinshan-2025"], AdministeringAuthorities.Jinshan.PolicyIds);
    }

    [Fact]
    public void Dalinghaowan_names_no_office_only_the_fund_so_the_name_is_the_portals()
    {
        var text = Text("dalinghaowan-2024-measures.txt");
        Assert.Contains("设立“大零号湾”发展专项资金", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AdministeringAuthorities.Dalinghaowan.NameZh, text, StringComparison.Ordinal);
        Assert.Contains("本门户所定", AdministeringAuthorities.Dalinghaowan.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_policy_has_exactly_one_authority()
    {
        Assert.All(PolicyCatalog.Policies, p => Assert.Single(AdministeringAuthorities.All, a => a.Administers(p.Id)));
        Assert.Throws<InvalidOperationException>(() => AdministeringAuthorities.Of("no-such-policy"));
    }
}
