namespace SubsidyPortal.Domain.Rules;

public enum InputType
{
    /// <summary>Yuan, decimal, to the fen.</summary>
    Money,
    Count,
    Boolean,
    Date,
    /// <summary>A whole number such as a year.</summary>
    Integer,
}

/// <summary>One fact a clause needs, typed and with its unit, labelled for the applicant's form.</summary>
public sealed record InputDefinition(string Key, InputType Type, string Unit, string LabelZh, string LabelEn)
{
    public static InputDefinition Money(string key, string zh, string en) => new(key, InputType.Money, "元", zh, en);

    public static InputDefinition Flag(string key, string zh, string en) => new(key, InputType.Boolean, "", zh, en);

    public static InputDefinition Count(string key, string unit, string zh, string en) => new(key, InputType.Count, unit, zh, en);

    public static InputDefinition Date(string key, string zh, string en) => new(key, InputType.Date, "", zh, en);
}

/// <summary>
/// The facts an evaluation reads, by input key: decimal (money), long (counts, integers), bool, DateOnly.
/// A missing key is "not yet known", never zero.
/// </summary>
public sealed class Facts
{
    public static readonly Facts Empty = new(new Dictionary<string, object>());

    private readonly Dictionary<string, object> _values;

    // Clauses ask for facts with string literals, which are interned: finding them by reference skips hashing
    // the key's characters on the hot path. Any other key string falls back to the ordinal dictionary.
    private readonly Dictionary<string, object> _byReference;

    public Facts(IReadOnlyDictionary<string, object> values)
    {
        _values = new Dictionary<string, object>(values, StringComparer.Ordinal);
        _byReference = new Dictionary<string, object>(_values.Count, ReferenceEqualityComparer.Instance);
        foreach (var (key, value) in _values)
        {
            _byReference[string.Intern(key)] = value;
        }
    }

    public IReadOnlyDictionary<string, object> Values => _values;

    public decimal? Money(string key) => TryGet(key, out var v)
        ? v as decimal? ?? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    public long? Count(string key) => TryGet(key, out var v)
        ? v as long? ?? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    public bool? Flag(string key) => TryGet(key, out var v) ? (bool)v : null;

    public DateOnly? Date(string key) => TryGet(key, out var v) ? (DateOnly)v : null;

    public bool Has(string key) => TryGet(key, out _);

    private bool TryGet(string key, out object value) =>
        _byReference.TryGetValue(key, out value!) || _values.TryGetValue(key, out value!);

    public Facts With(string key, object value)
    {
        var copy = new Dictionary<string, object>(_values) { [key] = value };
        return new Facts(copy);
    }
}
