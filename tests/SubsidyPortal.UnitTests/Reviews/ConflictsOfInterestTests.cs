using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Reviews;
using static SubsidyPortal.UnitTests.Reviews.ExpertPool;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>Beyond the expert's own employer: declared affiliations, shareholdings and former employers within three years.</summary>
public sealed class ConflictsOfInterestTests
{
    private static readonly DateOnly DrawDay = new(2026, 12, 4);

    private static ExpertCandidate With(params DeclaredRelationship[] relationships) =>
        new(NextId(), "专家", [Biomedicine], "复旦大学", null, true, relationships);

    private static DrawExclusion? ExclusionOf(ExpertCandidate expert) =>
        ExpertDraw.Snapshot([expert], Applicant, Biomedicine, [], DrawDay).Exclusions.SingleOrDefault();

    [Fact]
    public void An_affiliation_with_the_applicants_credit_code_excludes_whatever_the_name()
    {
        var exclusion = ExclusionOf(With(new DeclaredRelationship(RelationshipKind.Affiliation, "另一个名字", ApplicantUscc)));
        Assert.Equal(ConflictsOfInterest.Affiliation, exclusion?.Reason);
        Assert.Equal("另一个名字", exclusion?.Organisation);
    }

    [Fact]
    public void A_shareholding_in_the_applicant_by_name_excludes_with_full_width_brackets_and_spaces_ignored() =>
        Assert.Equal(ConflictsOfInterest.Shareholding, ExclusionOf(With(new DeclaredRelationship(RelationshipKind.Shareholding, " 上海长宁示范智能科技 有限公司", null)))?.Reason);

    [Fact]
    public void A_shareholding_in_another_company_does_not_exclude() =>
        Assert.Null(ExclusionOf(With(new DeclaredRelationship(RelationshipKind.Shareholding, "别的公司", OtherUscc))));

    [Theory]
    [InlineData("2023-12-04", true)] // exactly three years before the draw day: still within
    [InlineData("2023-12-03", false)] // one day more than three years: no longer
    [InlineData("2026-06-30", true)]
    public void A_former_employer_counts_when_left_within_three_years_the_day_exactly_three_years_before_included(string endedOn, bool excluded)
    {
        var expert = With(new DeclaredRelationship(RelationshipKind.FormerEmployer, ApplicantName, null, DateOnly.Parse(endedOn, System.Globalization.CultureInfo.InvariantCulture)));
        var exclusion = ExclusionOf(expert);
        Assert.Equal(excluded, exclusion is not null);
        if (excluded)
        {
            Assert.Equal(ConflictsOfInterest.FormerEmployer, exclusion!.Reason);
            Assert.Equal(DateOnly.Parse(endedOn, System.Globalization.CultureInfo.InvariantCulture), exclusion.EndedOn);
        }
    }

    [Fact]
    public void The_snapshot_lists_every_candidate_with_the_specialty_who_is_left_out_and_why_and_the_rest_in_order_of_id()
    {
        var independent = Independent(3);
        var own = Expert("同单位", ApplicantName);
        var inactive = Expert("停用", active: false);
        var assigned = Expert("已分配");
        var other = Expert("别的专业", specialty: Ai);
        var pool = ExpertDraw.Snapshot([.. independent, own, inactive, assigned, other], Applicant, Biomedicine, [assigned.Id], DrawDay);

        Assert.Equal(independent.Select(e => e.Id).Order(), pool.Eligible.Select(m => m.ExpertId));
        Assert.Equal(1, pool.OtherSpecialty);
        Assert.Equal(
            new Dictionary<Guid, string>
            {
                [own.Id] = ConflictsOfInterest.OwnOrganisation,
                [inactive.Id] = DrawExclusion.Inactive,
                [assigned.Id] = DrawExclusion.AssignedOrRecused,
            },
            pool.Exclusions.ToDictionary(e => e.ExpertId, e => e.Reason));
    }
}
