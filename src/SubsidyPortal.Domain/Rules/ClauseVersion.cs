using System.Globalization;

namespace SubsidyPortal.Domain.Rules;

/// <summary>
/// Which text of a clause an evaluation used: version 1 is the clause as the policy first published it, in force from
/// the clause's period start; an amendment (修订) is a later version with the same clause id, its own quote,
/// parameters and amount, in force from <see cref="EffectiveFrom"/> — and <see cref="AmendedBy"/> names the document.
/// </summary>
public sealed record ClauseVersion(int Number, DateOnly EffectiveFrom, string? AmendedBy = null)
{
    /// <summary>How a decision records it (at most 20 characters): <c>v1@2024-04-03</c>.</summary>
    public string Code => string.Create(CultureInfo.InvariantCulture, $"v{Number}@{EffectiveFrom:yyyy-MM-dd}");
}

/// <summary>The versions of one clause and which of them is in force on a day.</summary>
public static class ClauseVersions
{
    /// <summary>
    /// The version in force on <paramref name="day"/>: the latest that has taken effect by then; before the first took
    /// effect, the first (whose own period then says no rule is in force, never a silent zero).
    /// </summary>
    public static Clause InForce(IReadOnlyList<Clause> versions, DateOnly day)
    {
        if (versions.Count == 0)
        {
            throw new ArgumentException("A clause has at least one version.", nameof(versions));
        }

        var inForce = versions[0];
        foreach (var version in versions)
        {
            if (version.Version.EffectiveFrom <= day && version.Version.Number >= inForce.Version.Number)
            {
                inForce = version;
            }
        }

        return inForce;
    }
}
