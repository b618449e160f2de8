using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reviews;
using static SubsidyPortal.UnitTests.Reviews.ExpertPool;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>An expert in the pool has an id, a name and an organisation; an applicant has an organisation name.</summary>
public sealed class ExpertCandidateTests
{
    [Fact]
    public void An_expert_without_an_id_is_refused() =>
        Assert.Equal("review.expert-id-required", Assert.Throws<DomainException>(() => Expert("专家", id: Guid.Empty)).Code);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_expert_without_a_name_is_refused(string name) =>
        Assert.Equal("review.expert-name-required", Assert.Throws<DomainException>(() => Expert(name)).Code);

    [Theory]
    [InlineData("")]
    [InlineData("\u3000")]
    public void An_expert_without_an_organisation_is_refused_because_a_conflict_could_not_be_ruled_out(string organisation) =>
        Assert.Equal("review.expert-organisation-required", Assert.Throws<DomainException>(() => Expert("专家", organisation)).Code);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_applicant_without_an_organisation_name_is_refused(string name) =>
        Assert.Equal("review.applicant-organisation-required", Assert.Throws<DomainException>(() => new ApplicantOrganisation(name, ApplicantUscc)).Code);

    [Fact]
    public void Names_are_trimmed_blank_specialties_dropped_and_specialties_matched_ignoring_case()
    {
        var expert = new ExpertCandidate(NextId(), " 王教授 ", ["AI", " ", "生物医药 "], " 复旦大学 ", null, true);
        Assert.Equal("王教授", expert.Name);
        Assert.Equal("复旦大学", expert.OrganisationName);
        Assert.Equal(2, expert.Specialties.Count);
        Assert.Contains("ai", expert.Specialties);
        Assert.Contains("生物医药", expert.Specialties);
    }

    [Fact]
    public void An_unset_credit_code_counts_as_unknown()
    {
        Assert.Null(Expert("专家", uscc: default(UnifiedSocialCreditCode)).OrganisationUscc);
        Assert.Null(new ApplicantOrganisation(ApplicantName, default(UnifiedSocialCreditCode)).Uscc);
    }
}
