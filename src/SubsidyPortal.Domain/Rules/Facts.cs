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

    /// <summary>One of a fixed list of options (a drug class, a trial phase, a town), held by its code.</summary>
    Choice,
}

/// <summary>One option of a <see cref="InputType.Choice"/> fact: a stable code and the words a person sees.</summary>
public sealed record FactOption(string Code, string LabelZh, string LabelEn);

/// <summary>Whose fact it is, and for which period: this decides whether two clauses may read the same key.</summary>
public enum FactEntity
{
    /// <summary>The enterprise as it stands on the reference date (where it is registered, its certificates, its credit).</summary>
    Enterprise,

    /// <summary>The enterprise in one year (营业收入, 职工总数 of the year the clause names).</summary>
    EnterpriseYear,

    /// <summary>The project, product, carrier or person one application is about; it belongs to the clauses of one provision.</summary>
    Project,
}

/// <summary>Where the portal gets a fact from.</summary>
public enum FactSource
{
    /// <summary>The applicant states it when filing (or the checker asks it).</summary>
    Application,

    /// <summary>The enterprise profile settles it (district, credit record, certificate dates, yearly figures).</summary>
    Profile,

    /// <summary>A list the committee holds (认定名单, 公示结果, 评估结果); filled in from that list.</summary>
    CommitteeList,

    /// <summary>Computed by the engine from other facts; never asked.</summary>
    Derived,
}

/// <summary>
/// One fact of the vocabulary: its key, type, unit, labels, whose it is and where it comes from. A key means one thing
/// in the whole catalog (<see cref="FactEntity"/> says which clauses may share it; a test holds every clause to it).
/// </summary>
public sealed record FactDefinition(string Key, InputType Type, string Unit, string LabelZh, string LabelEn)
{
    public FactEntity Entity { get; init; } = FactEntity.Project;

    public FactSource Source { get; init; } = FactSource.Application;

    /// <summary>The options of a choice, in the order shown; empty for every other type.</summary>
    public IReadOnlyList<FactOption> Options { get; init; } = [];

    public FactOption? Option(string? code) => Options.FirstOrDefault(o => o.Code == code);

    public static FactDefinition Money(string key, string zh, string en) => new(key, InputType.Money, "元", zh, en);

    public static FactDefinition Flag(string key, string zh, string en) => new(key, InputType.Boolean, "", zh, en);

    public static FactDefinition Count(string key, string unit, string zh, string en) => new(key, InputType.Count, unit, zh, en);

    public static FactDefinition Date(string key, string zh, string en) => new(key, InputType.Date, "", zh, en);

    public static FactDefinition Choice(string key, string zh, string en, params FactOption[] options) =>
        new(key, InputType.Choice, "", zh, en) { Options = options };

    /// <summary>A fact about the enterprise itself, the same whichever clause reads it.</summary>
    public FactDefinition OfEnterprise(FactSource source = FactSource.Application) => this with { Entity = FactEntity.Enterprise, Source = source };

    /// <summary>A fact about the enterprise in one year, the same whichever clause reads it.</summary>
    public FactDefinition OfEnterpriseYear(FactSource source = FactSource.Application) => this with { Entity = FactEntity.EnterpriseYear, Source = source };

    public FactDefinition From(FactSource source) => this with { Source = source };
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

    /// <summary>A choice's option code.</summary>
    public string? Choice(string key) => Get(key) as string;

    public bool Has(string key) => Get(key) is not null;

    public decimal? Money(FactKey key) => Money(Get(key));

    public long? Count(FactKey key) => Count(Get(key));

    public bool? Flag(FactKey key) => Get(key) is { } v ? (bool)v : null;

    public DateOnly? Date(FactKey key) => Get(key) is { } v ? (DateOnly)v : null;

    public string? Choice(FactKey key) => Get(key) as string;

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
