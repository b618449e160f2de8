using SubsidyPortal.Domain.Policies.Jinshan;

namespace SubsidyPortal.UnitTests.Policies.Jinshan;

/// <summary>关于项目管理有关要求: major changes (10 % / 50 %) and revocation grounds (30 %, two years after extension).</summary>
public sealed class JinshanProjectManagementTests
{
    private static ProjectChange Change(decimal total = 0m, decimal structure = 0m) => new(false, false, false, total, structure);

    private static ProjectStanding Standing(decimal deviation = 0m, int overdue = 0) => new(false, deviation, false, overdue, false);

    [Theory]
    [InlineData(0.0999, 0.0, false)]
    [InlineData(0.10, 0.0, true)]
    [InlineData(-0.10, 0.0, true)]
    [InlineData(0.0, 0.4999, false)]
    [InlineData(0.0, 0.50, true)]
    public void A_change_of_total_investment_of_10_percent_or_structure_of_50_percent_is_major(double total, double structure, bool major) =>
        Assert.Equal(major, JinshanProjectManagement.MajorChangeReasons(Change((decimal)total, (decimal)structure)).Count > 0);

    [Fact]
    public void A_new_legal_entity_location_or_content_is_a_major_change()
    {
        Assert.Contains("jinshan-change-legal-entity", JinshanProjectManagement.MajorChangeReasons(Change() with { LegalEntityChanged = true }));
        Assert.Contains("jinshan-change-location-or-period", JinshanProjectManagement.MajorChangeReasons(Change() with { LocationOrPeriodChanged = true }));
        Assert.Contains("jinshan-change-content-or-nature", JinshanProjectManagement.MajorChangeReasons(Change() with { MainContentOrNatureChanged = true }));
        Assert.Empty(JinshanProjectManagement.MajorChangeReasons(Change()));
    }

    [Theory]
    [InlineData(0.2999, 0, false)]
    [InlineData(0.30, 0, true)]
    [InlineData(-0.30, 0, true)]
    [InlineData(0.0, 1, false)]
    [InlineData(0.0, 2, true)]
    public void An_audited_deviation_of_30_percent_or_two_years_overdue_after_extension_allows_revocation(double deviation, int overdue, bool revocable) =>
        Assert.Equal(revocable, JinshanProjectManagement.RevocationGrounds(Standing((decimal)deviation, overdue)).Count > 0);

    [Fact]
    public void Unapproved_changes_impossibility_and_other_legal_grounds_allow_revocation()
    {
        Assert.Contains("jinshan-revoke-unapproved-change", JinshanProjectManagement.RevocationGrounds(Standing() with { ContentChangedWithoutApproval = true }));
        Assert.Contains("jinshan-revoke-cannot-continue", JinshanProjectManagement.RevocationGrounds(Standing() with { CannotContinue = true }));
        Assert.Contains("jinshan-revoke-other-legal-ground", JinshanProjectManagement.RevocationGrounds(Standing() with { OtherLegalGround = true }));
    }

    [Fact]
    public void The_thresholds_cite_the_policy_text()
    {
        var text = JinshanFacts.PolicyText.Value;
        Assert.All(JinshanProjectManagement.Parameters, p => Assert.Contains(p.Citation.Quote, text, StringComparison.Ordinal));
    }
}
