namespace SubsidyPortal.Domain.Rules;

public enum ConditionStatus
{
    Met,
    NotMet,
    /// <summary>An input it reads is missing: the answer waits for the applicant.</summary>
    NeedsInput,
}

/// <summary>
/// One named eligibility condition (支持对象 / 申报条件) with a stable reason code and a plain message in Chinese
/// and English. The test returns null when a needed input is missing.
/// </summary>
public sealed class Condition(string code, string messageZh, string messageEn, Func<Facts, bool?> test)
{
    // Results are immutable: one of each per condition, so evaluating allocates nothing.
    private readonly ConditionResult _met = new(code, ConditionStatus.Met, messageZh, messageEn);
    private readonly ConditionResult _notMet = new(code, ConditionStatus.NotMet, messageZh, messageEn);
    private readonly ConditionResult _needsInput = new(code, ConditionStatus.NeedsInput, messageZh, messageEn);

    public string Code { get; } = code;

    public string MessageZh { get; } = messageZh;

    public string MessageEn { get; } = messageEn;

    public ConditionResult Evaluate(Facts facts) => test(facts) switch
    {
        true => _met,
        false => _notMet,
        null => _needsInput,
    };

    /// <summary>
    /// "A and B and C" over facts that may be unknown: one known "no" fails it whatever the others are (so the profile's
    /// answer refuses without asking the rest); otherwise unknown while any is.
    /// </summary>
    public static bool? All(params bool?[] parts) =>
        parts.Any(p => p == false) ? false : parts.Any(p => p is null) ? null : true;

    /// <summary>"A or B" over facts that may be unknown: one known "yes" settles it; "no" only when every part is known.</summary>
    public static bool? Any(params bool?[] parts) =>
        parts.Any(p => p == true) ? true : parts.Any(p => p is null) ? null : false;

    /// <summary>A yes/no fact the applicant declares or the committee holds.</summary>
    public static Condition Requires(string inputKey, string code, string zh, string en)
    {
        var key = FactKey.Of(inputKey);
        return new(code, zh, en, f => f.Flag(key));
    }

    /// <summary>A money figure at or above a threshold (达到 / 不低于).</summary>
    public static Condition AtLeast(string inputKey, decimal threshold, string code, string zh, string en)
    {
        var key = FactKey.Of(inputKey);
        return new(code, zh, en, f => f.Money(key) is { } v ? v >= threshold : null);
    }
}

public sealed record ConditionResult(string Code, ConditionStatus Status, string MessageZh, string MessageEn);
