namespace SubsidyPortal.Domain.Rules;

/// <summary>
/// A half-open period [Start, EndExclusive): a clause applies to facts dated inside it. Policies state their
/// last day ("有效期至 2026 年 12 月 31 日"), so <see cref="Through"/> turns that into the exclusive end.
/// </summary>
public sealed record EffectivePeriod(DateOnly Start, DateOnly? EndExclusive)
{
    public static EffectivePeriod Through(DateOnly start, DateOnly lastDay) => new(start, lastDay.AddDays(1));

    public static EffectivePeriod From(DateOnly start) => new(start, null);

    public bool Contains(DateOnly day) => day >= Start && (EndExclusive is null || day < EndExclusive);

    public override string ToString() =>
        EndExclusive is { } end ? $"{Start:yyyy-MM-dd} – {end.AddDays(-1):yyyy-MM-dd}" : $"{Start:yyyy-MM-dd} –";
}
