using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Experts;

namespace SubsidyPortal.UnitTests.Experts;

/// <summary>What an expert may declare about an organisation, and what is refused.</summary>
public sealed class ExpertRelationshipTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    private static Expert NewExpert() => Expert.Enrol(Guid.NewGuid(), "王专家", ["生物医药"], "复旦大学", null);

    [Fact]
    public void A_former_employer_needs_the_day_it_ended_and_that_day_is_not_in_the_future()
    {
        var expert = NewExpert();
        Assert.Equal("expert.relationship-ended-required",
            Assert.Throws<DomainException>(() => expert.DeclareRelationship(RelationshipKind.FormerEmployer, "某公司", null, null, Today, DateTimeOffset.UtcNow)).Code);
        Assert.Equal("expert.relationship-ended-future",
            Assert.Throws<DomainException>(() => expert.DeclareRelationship(RelationshipKind.FormerEmployer, "某公司", null, Today.AddDays(1), Today, DateTimeOffset.UtcNow)).Code);
        Assert.Empty(expert.Relationships);
    }

    [Fact]
    public void A_credit_code_must_be_valid_and_is_kept_upper_case()
    {
        var expert = NewExpert();
        Assert.Equal("expert.relationship-uscc-invalid",
            Assert.Throws<DomainException>(() => expert.DeclareRelationship(RelationshipKind.Shareholding, "某公司", "91310105MA1FL00010", null, Today, DateTimeOffset.UtcNow)).Code);
        var code = "91310105MA1FL0001" + SubsidyPortal.Domain.Enterprises.UnifiedSocialCreditCode.CheckCharacterFor("91310105MA1FL0001");
        var declared = expert.DeclareRelationship(RelationshipKind.Shareholding, " 某公司 ", code.ToLowerInvariant(), Today, Today, DateTimeOffset.UtcNow);
        Assert.Equal(code, declared.OrganisationUscc);
        Assert.Equal("某公司", declared.OrganisationName);
        Assert.Null(declared.EndedOn); // only a former employment has an end
    }

    [Fact]
    public void A_declaration_is_withdrawn_by_its_own_id_only()
    {
        var expert = NewExpert();
        var declared = expert.DeclareRelationship(RelationshipKind.Affiliation, "某协会", null, null, Today, DateTimeOffset.UtcNow);
        Assert.False(expert.WithdrawRelationship(Guid.NewGuid()));
        Assert.True(expert.WithdrawRelationship(declared.Id));
        Assert.Empty(expert.Relationships);
    }
}
