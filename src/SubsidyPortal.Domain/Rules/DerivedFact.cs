namespace SubsidyPortal.Domain.Rules;

/// <summary>
/// A fact the engine computes from plain facts, with the words of the text it encodes: never asked, so the applicant
/// states a town, a date or a drug class and the rule decides what the text's condition makes of it. Unknown while a
/// fact it reads is missing.
/// </summary>
public sealed class DerivedFact
{
    private readonly Func<Facts, bool?> _compute;

    public DerivedFact(string key, string labelZh, string labelEn, IReadOnlyList<string> from, string quote, FactEntity entity, Func<Facts, bool?> compute)
    {
        Definition = new FactDefinition(key, InputType.Boolean, "", labelZh, labelEn) { Entity = entity, Source = FactSource.Derived };
        From = from;
        Quote = quote;
        _compute = compute;
    }

    public FactDefinition Definition { get; }

    public string Key => Definition.Key;

    /// <summary>The facts it is computed from.</summary>
    public IReadOnlyList<string> From { get; }

    /// <summary>The policy's sentence it encodes.</summary>
    public string Quote { get; }

    public bool? Compute(Facts facts) => _compute(facts);

    /// <summary>The eligibility condition that requires this fact to hold.</summary>
    public Condition Requires(string code, string zh, string en) => new(code, zh, en, _compute);
}
