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

    // The value of each known key at its FactKey slot; keys given a slot after this was built are beyond its end
    // and are looked up by name instead.
    private readonly object?[] _slots;

    public Facts(IReadOnlyDictionary<string, object> values)
    {
        _values = new Dictionary<string, object>(values, StringComparer.Ordinal);
        foreach (var key in _values.Keys)
        {
            FactKey.Find(key);
        }

        _slots = new object?[FactKey.Count];
        foreach (var (name, value) in _values)
        {
            if (FactKey.Find(name) is { } key && key.Slot < _slots.Length)
            {
                _slots[key.Slot] = value;
            }
        }
    }

    public IReadOnlyDictionary<string, object> Values => _values;

    public decimal? Money(string key) => Money(Get(key));

    public long? Count(string key) => Count(Get(key));

    public bool? Flag(string key) => Get(key) is { } v ? (bool)v : null;

    public DateOnly? Date(string key) => Get(key) is { } v ? (DateOnly)v : null;

    public bool Has(string key) => Get(key) is not null;

    public decimal? Money(FactKey key) => Money(Get(key));

    public long? Count(FactKey key) => Count(Get(key));

    public bool? Flag(FactKey key) => Get(key) is { } v ? (bool)v : null;

    public DateOnly? Date(FactKey key) => Get(key) is { } v ? (DateOnly)v : null;

    private static decimal? Money(object? value) => value is { } v
        ? v as decimal? ?? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    private static long? Count(object? value) => value is { } v
        ? v as long? ?? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)
        : null;

    private object? Get(string key) => FactKey.Find(key) is { } k ? Get(k) : _values.GetValueOrDefault(key);

    private object? Get(FactKey key) => (uint)key.Slot < (uint)_slots.Length
        ? _slots[key.Slot]
        : _values.GetValueOrDefault(key.Name);

    public Facts With(string key, object value)
    {
        var copy = new Dictionary<string, object>(_values) { [key] = value };
        return new Facts(copy);
    }
}
