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
public sealed class Facts(IReadOnlyDictionary<string, object> values)
{
    public static readonly Facts Empty = new(new Dictionary<string, object>());

    public IReadOnlyDictionary<string, object> Values { get; } = values;

    public decimal? Money(string key) => Values.TryGetValue(key, out var v) ? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public long? Count(string key) => Values.TryGetValue(key, out var v) ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public bool? Flag(string key) => Values.TryGetValue(key, out var v) ? (bool)v : null;

    public DateOnly? Date(string key) => Values.TryGetValue(key, out var v) ? (DateOnly)v : null;

    public bool Has(string key) => Values.ContainsKey(key);

    public Facts With(string key, object value)
    {
        var copy = new Dictionary<string, object>(Values) { [key] = value };
        return new Facts(copy);
    }
}
