namespace SubsidyPortal.Domain.Rules;

/// <summary>政策文件: the document a clause comes from, with its number and period of validity.</summary>
public sealed record PolicyDocument(
    string Id,
    string DocumentNumber,
    string Title,
    string Issuer,
    EffectivePeriod Period);

/// <summary>Where a figure or condition comes from: the document, the article, and the clause's own words.</summary>
public sealed record Citation(string PolicyId, string Article, string Quote)
{
    public override string ToString() => $"{PolicyId} {Article}";
}

/// <summary>
/// A number the law fixes (a cap, a rate, a threshold), carrying its citation and the period it is in force,
/// so an evaluation can say which parameter values it used and where each comes from.
/// </summary>
public sealed record Parameter(string Name, decimal Value, string Unit, Citation Citation, EffectivePeriod Period);
