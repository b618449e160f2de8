using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Experts;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>A relationship an expert declared, as the draw sees it (see <see cref="ExpertRelationship"/>).</summary>
public sealed record DeclaredRelationship(RelationshipKind Kind, string OrganisationName, UnifiedSocialCreditCode? Uscc, DateOnly? EndedOn = null);

/// <summary>
/// 利益冲突 the draw checks before an expert may be drawn for an applicant, each a small rule with a stable code. An
/// organisation is the applicant when <see cref="ApplicantOrganisation.Is"/> says so (credit code when both sides have
/// one, otherwise the normalised name). The first rule that applies is the reason recorded.
/// </summary>
public static class ConflictsOfInterest
{
    public const string OwnOrganisation = "draw.conflict-own-organisation";
    public const string Affiliation = "draw.conflict-affiliation";
    public const string FormerEmployer = "draw.conflict-former-employer";
    public const string Shareholding = "draw.conflict-shareholding";

    /// <summary>How long a former employment still counts: ended within three years before the draw day, the day exactly three years before included.</summary>
    public const int FormerEmployerYears = 3;

    /// <summary>The rules for one expert and one applicant on the draw day, in the order they are checked.</summary>
    public static IEnumerable<ConflictRule> RulesFor(ExpertCandidate expert, ApplicantOrganisation applicant, DateOnly drawDay)
    {
        ArgumentNullException.ThrowIfNull(expert);
        ArgumentNullException.ThrowIfNull(applicant);
        yield return new ExpertMustNotWorkForTheApplicant(expert, applicant);
        foreach (var relationship in expert.Relationships)
        {
            yield return relationship.Kind switch
            {
                RelationshipKind.Affiliation => new ExpertMustNotBeAffiliatedWithTheApplicant(relationship, applicant),
                RelationshipKind.FormerEmployer => new ExpertMustNotHaveLeftTheApplicantRecently(relationship, applicant, drawDay),
                _ => new ExpertMustNotHoldSharesInTheApplicant(relationship, applicant),
            };
        }
    }

    /// <summary>The first conflict that excludes the expert, or null when none does.</summary>
    public static ConflictRule? FirstConflict(ExpertCandidate expert, ApplicantOrganisation applicant, DateOnly drawDay) =>
        RulesFor(expert, applicant, drawDay).FirstOrDefault(r => r.IsBroken());
}

/// <summary>One conflict-of-interest rule: broken when the expert has the relationship with the applicant. <see cref="Organisation"/>
/// is the organisation that matched, for the record's reason.</summary>
public abstract class ConflictRule : IBusinessRule
{
    public abstract string Code { get; }

    public abstract string Message { get; }

    public abstract string Organisation { get; }

    /// <summary>The former employment's last day, for that rule only.</summary>
    public virtual DateOnly? EndedOn => null;

    public abstract bool IsBroken();
}

/// <summary>The expert's 工作单位 is the applicant.</summary>
public sealed class ExpertMustNotWorkForTheApplicant(ExpertCandidate expert, ApplicantOrganisation applicant) : ConflictRule
{
    public override string Code => ConflictsOfInterest.OwnOrganisation;

    public override string Message => $"{expert.Name} works for the applicant ({expert.OrganisationName}).";

    public override string Organisation => expert.OrganisationName;

    public override bool IsBroken() => applicant.Employs(expert);
}

/// <summary>The expert declared a current post or affiliation with the applicant.</summary>
public sealed class ExpertMustNotBeAffiliatedWithTheApplicant(DeclaredRelationship affiliation, ApplicantOrganisation applicant) : ConflictRule
{
    public override string Code => ConflictsOfInterest.Affiliation;

    public override string Message => $"The expert declared an affiliation with the applicant ({affiliation.OrganisationName}).";

    public override string Organisation => affiliation.OrganisationName;

    public override bool IsBroken() => applicant.Is(affiliation.OrganisationName, affiliation.Uscc);
}

/// <summary>
/// The expert worked for the applicant and left less than three years before the draw day: an employment that ended on
/// the same calendar day three years earlier (or later) still counts; one that ended the day before that does not.
/// </summary>
public sealed class ExpertMustNotHaveLeftTheApplicantRecently(DeclaredRelationship formerEmployer, ApplicantOrganisation applicant, DateOnly drawDay) : ConflictRule
{
    public override string Code => ConflictsOfInterest.FormerEmployer;

    public override string Message => $"The expert left the applicant ({formerEmployer.OrganisationName}) on {formerEmployer.EndedOn:yyyy-MM-dd}, within three years of {drawDay:yyyy-MM-dd}.";

    public override string Organisation => formerEmployer.OrganisationName;

    public override DateOnly? EndedOn => formerEmployer.EndedOn;

    // No end day (not possible through the expert's page) is treated as still working there.
    public override bool IsBroken() =>
        (formerEmployer.EndedOn is not { } ended || ended >= drawDay.AddYears(-ConflictsOfInterest.FormerEmployerYears))
        && applicant.Is(formerEmployer.OrganisationName, formerEmployer.Uscc);
}

/// <summary>The expert declared holding shares in the applicant.</summary>
public sealed class ExpertMustNotHoldSharesInTheApplicant(DeclaredRelationship shareholding, ApplicantOrganisation applicant) : ConflictRule
{
    public override string Code => ConflictsOfInterest.Shareholding;

    public override string Message => $"The expert declared shares in the applicant ({shareholding.OrganisationName}).";

    public override string Organisation => shareholding.OrganisationName;

    public override bool IsBroken() => applicant.Is(shareholding.OrganisationName, shareholding.Uscc);
}
