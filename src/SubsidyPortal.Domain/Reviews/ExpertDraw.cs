using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Reviews;

/// <summary>
/// 专家抽取: draws experts at random for one application. An expert is eligible when all of these hold:
/// <list type="bullet">
/// <item>one of their specialties is the one asked for (ignoring case and surrounding spaces);</item>
/// <item>they are active;</item>
/// <item>they are not excluded for this application (already assigned to it, or recused from it — 回避);</item>
/// <item>they have no conflict of interest with the applicant (<see cref="ConflictsOfInterest"/>: they work for it, or
/// declared an affiliation with it, shares in it, or left it within three years; organisations are compared by
/// 统一社会信用代码 when both sides have one, otherwise by normalised name).</item>
/// </list>
/// Eligible experts are put in order of id before drawing, so a draw depends only on the pool's contents and the
/// random source, never on the order the pool was read in. Each eligible expert is equally likely to be drawn and
/// nobody is drawn twice (a partial Fisher–Yates shuffle). Use <see cref="CryptographicRandomSource"/> for real draws.
/// </summary>
public static class ExpertDraw
{
    /// <summary>The experts eligible for the application, in order of id (e.g. to show staff who could be drawn).</summary>
    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.SpecialtyRequired"/>, <see cref="ReviewErrorCodes.ExpertDuplicate"/>.
    /// </exception>
    public static IReadOnlyList<ExpertCandidate> Eligible(
        IEnumerable<ExpertCandidate> pool, ApplicantOrganisation applicant, string specialty, IEnumerable<Guid> excluded) =>
        Sift(pool, applicant, specialty, excluded).Eligible.AsReadOnly();

    /// <summary>Draws <paramref name="count"/> different experts, in the order drawn.</summary>
    /// <param name="pool">Every expert the committee holds (ineligible ones are skipped, not refused).</param>
    /// <param name="applicant">The organisation that filed the application.</param>
    /// <param name="specialty">The field the application needs reviewed.</param>
    /// <param name="count">How many experts to draw, at least 1.</param>
    /// <param name="excluded">Experts already assigned to this application or recused from it.</param>
    /// <param name="random">The random source (<see cref="CryptographicRandomSource.Instance"/> in use; seeded in tests).</param>
    /// <exception cref="DomainException">
    /// <see cref="ReviewErrorCodes.DrawCountInvalid"/>, <see cref="ReviewErrorCodes.SpecialtyRequired"/>,
    /// <see cref="ReviewErrorCodes.ExpertDuplicate"/>, and <see cref="ReviewErrorCodes.NotEnoughExperts"/> with a message
    /// giving how many were needed, how many are eligible and why the others are not.
    /// </exception>
    public static IReadOnlyList<ExpertCandidate> Draw(
        IEnumerable<ExpertCandidate> pool,
        ApplicantOrganisation applicant,
        string specialty,
        int count,
        IEnumerable<Guid> excluded,
        IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (count < 1)
        {
            throw new DomainException(ReviewErrorCodes.DrawCountInvalid, $"At least one expert must be drawn, not {count}.");
        }

        var sifted = Sift(pool, applicant, specialty, excluded);
        var eligible = sifted.Eligible.ToArray();
        if (eligible.Length < count)
        {
            throw new DomainException(
                ReviewErrorCodes.NotEnoughExperts,
                $"{count} expert(s) in specialty '{specialty.Trim()}' are needed but only {eligible.Length} are eligible " +
                $"(pool of {sifted.PoolSize}: {sifted.OtherSpecialty} without the specialty, {sifted.Inactive} inactive, " +
                $"{sifted.Excluded} already assigned or recused, {sifted.Conflicts} from the applicant's organisation or otherwise in a conflict of interest).");
        }

        // Partial Fisher–Yates: position i receives a uniformly chosen expert from those not yet drawn.
        for (var i = 0; i < count; i++)
        {
            var remaining = eligible.Length - i;
            var pick = random.NextIndex(remaining);
            if (pick < 0 || pick >= remaining)
            {
                throw new InvalidOperationException($"The random source returned {pick}, outside [0, {remaining}).");
            }

            (eligible[i], eligible[i + pick]) = (eligible[i + pick], eligible[i]);
        }

        return Array.AsReadOnly(eligible[..count]);
    }

    /// <summary>
    /// Draws one expert to replace one who recused themselves, by the same rules as <see cref="Draw"/>; everyone
    /// already assigned to the application (including the one leaving) and everyone recused from it is excluded.
    /// </summary>
    /// <exception cref="DomainException">As <see cref="Draw"/>; <see cref="ReviewErrorCodes.NotEnoughExperts"/> when nobody is left.</exception>
    public static ExpertCandidate DrawReplacement(
        IEnumerable<ExpertCandidate> pool,
        ApplicantOrganisation applicant,
        string specialty,
        IEnumerable<Guid> alreadyAssigned,
        IEnumerable<Guid> recused,
        IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(alreadyAssigned);
        ArgumentNullException.ThrowIfNull(recused);
        return Draw(pool, applicant, specialty, 1, alreadyAssigned.Concat(recused), random)[0];
    }

    /// <summary>
    /// The pool a draw is made from (its snapshot): the eligible experts in order of id, each candidate with the
    /// specialty who is not eligible with the reason (<see cref="DrawExclusion"/>), and how many experts lack the
    /// specialty (not listed one by one). Conflicts of interest are judged on <paramref name="drawDay"/>.
    /// </summary>
    /// <exception cref="DomainException"><see cref="ReviewErrorCodes.SpecialtyRequired"/>, <see cref="ReviewErrorCodes.ExpertDuplicate"/>.</exception>
    public static DrawPool Snapshot(
        IEnumerable<ExpertCandidate> pool, ApplicantOrganisation applicant, string specialty, IEnumerable<Guid> excluded, DateOnly drawDay)
    {
        var sifted = Sift(pool, applicant, specialty, excluded, drawDay);
        return new DrawPool(
            specialty.Trim(),
            sifted.Eligible.Select(e => new PoolMember(e.Id, e.Name)).ToList().AsReadOnly(),
            sifted.Exclusions.AsReadOnly(),
            sifted.OtherSpecialty);
    }

    // Without a draw day (the older entry points) former employments are never recent: only the other rules apply.
    private static Sifted Sift(IEnumerable<ExpertCandidate> pool, ApplicantOrganisation applicant, string specialty, IEnumerable<Guid> excluded) =>
        Sift(pool, applicant, specialty, excluded, DateOnly.MaxValue);

    private static Sifted Sift(IEnumerable<ExpertCandidate> pool, ApplicantOrganisation applicant, string specialty, IEnumerable<Guid> excluded, DateOnly drawDay)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(excluded);
        if (string.IsNullOrWhiteSpace(specialty))
        {
            throw new DomainException(ReviewErrorCodes.SpecialtyRequired, "The draw needs the specialty the application is to be reviewed in.");
        }

        var wanted = specialty.Trim();
        var excludedIds = excluded.ToHashSet();
        var seen = new HashSet<Guid>();
        var eligible = new List<ExpertCandidate>();
        var exclusions = new List<DrawExclusion>();
        int poolSize = 0, otherSpecialty = 0, inactive = 0, excludedCount = 0, conflicts = 0;
        foreach (var expert in pool)
        {
            ArgumentNullException.ThrowIfNull(expert, nameof(pool));
            if (!seen.Add(expert.Id))
            {
                throw new DomainException(ReviewErrorCodes.ExpertDuplicate, $"Expert {expert.Name} ({expert.Id}) appears more than once in the pool.");
            }

            poolSize++;
            if (!expert.Specialties.Contains(wanted))
            {
                otherSpecialty++;
            }
            else if (!expert.IsActive)
            {
                inactive++;
                exclusions.Add(new DrawExclusion(expert.Id, expert.Name, DrawExclusion.Inactive, null, null));
            }
            else if (excludedIds.Contains(expert.Id))
            {
                excludedCount++;
                exclusions.Add(new DrawExclusion(expert.Id, expert.Name, DrawExclusion.AssignedOrRecused, null, null));
            }
            else if (ConflictsOfInterest.FirstConflict(expert, applicant, drawDay) is { } conflict)
            {
                conflicts++;
                exclusions.Add(new DrawExclusion(expert.Id, expert.Name, conflict.Code, conflict.Organisation, conflict.EndedOn));
            }
            else
            {
                eligible.Add(expert);
            }
        }

        eligible.Sort((a, b) => a.Id.CompareTo(b.Id));
        exclusions.Sort((a, b) => a.ExpertId.CompareTo(b.ExpertId));
        return new Sifted(eligible, exclusions, poolSize, otherSpecialty, inactive, excludedCount, conflicts);
    }

    private sealed record Sifted(
        List<ExpertCandidate> Eligible, List<DrawExclusion> Exclusions, int PoolSize, int OtherSpecialty, int Inactive, int Excluded, int Conflicts);
}

/// <summary>An expert in a draw's pool snapshot: id (which orders the pool) and name as it was then.</summary>
public sealed record PoolMember(Guid ExpertId, string Name);

/// <summary>
/// A candidate with the specialty who could not be drawn, and why: <see cref="Inactive"/>, <see cref="AssignedOrRecused"/>
/// or one of the <see cref="ConflictsOfInterest"/> codes, with the organisation that matched (and a former employment's
/// last day).
/// </summary>
public sealed record DrawExclusion(Guid ExpertId, string Name, string Reason, string? Organisation, DateOnly? EndedOn)
{
    public const string Inactive = "draw.inactive";
    public const string AssignedOrRecused = "draw.assigned-or-recused";
}

/// <summary>A draw's pool snapshot: the specialty, the eligible experts in order of id, who was left out and why.</summary>
public sealed record DrawPool(string Specialty, IReadOnlyList<PoolMember> Eligible, IReadOnlyList<DrawExclusion> Exclusions, int OtherSpecialty);
