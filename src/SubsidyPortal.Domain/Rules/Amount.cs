using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Rules;

/// <summary>
/// Fixed: the clause fixes the figure (给予 N 万元, 按 X% 给予). Ceiling: the clause sets only an upper limit
/// (最高不超过 / 择优) and the committee decides the amount under it; the portal never invents that figure.
/// </summary>
public enum AmountKind
{
    Fixed,
    Ceiling,
}

/// <summary>What one amount stands for, so no reader takes one year's figure for the whole award or the reverse.</summary>
public enum AmountBasis
{
    /// <summary>The whole award, paid once (or in stages whose sum it is not split into).</summary>
    PerAward,

    /// <summary>One year's figure; the award pays it for each year its tranches list (Jinshan's rent: 每年, three years).</summary>
    PerYear,

    /// <summary>The sum of every tranche the award pays over its years (大零号湾's 连续三年: the three years together).</summary>
    Total,
}

public enum AmountStage
{
    Base,
    Rate,
    Cap,
    Limit,
    Rounding,
}

/// <summary>One stage of an amount's computation, with the figure after it and where its number comes from.</summary>
public sealed record AmountStep(AmountStage Stage, string DescriptionZh, decimal Value, Citation? Citation);

/// <summary>分期拨付: one payment of a multi-year award, due when its condition is met.</summary>
public sealed record Tranche(int Sequence, string LabelZh, decimal Value, AmountKind Kind, string ConditionZh);

/// <summary>
/// An amount (or ceiling) in yuan, rounded half away from zero to the fen, with its trace; <see cref="Basis"/> says
/// whether it is the whole award, one year's figure, or the total of its tranches.
/// </summary>
public sealed record AmountResult(AmountKind Kind, decimal Value, IReadOnlyList<AmountStep> Trace, IReadOnlyList<Tranche> Tranches)
{
    public AmountBasis Basis { get; init; } = AmountBasis.PerAward;

    /// <summary>What the award pays over all its tranches (the amount itself when it has none).</summary>
    public decimal TotalOfTranches => Tranches.Count == 0 ? Value : Tranches.Sum(t => t.Value);

    public decimal? FixedAmount => Kind == AmountKind.Fixed ? Value : null;

    /// <summary>What a list shows of this amount, without its trace.</summary>
    public AmountSummary Summary => new(Kind, Value, Basis, Tranches.Count, TotalOfTranches);

    public decimal? Ceiling => Kind == AmountKind.Ceiling ? Value : null;
}

/// <summary>
/// Builds an amount stage by stage: base → rate → cap → limits → rounding. Each stage records what it did,
/// so an evaluation can show the committee exactly how a figure was reached.
/// </summary>
public sealed class AmountCalculation
{
    // Base, rate, cap, limit, rounding: five steps at most, so the trace never grows its array.
    private readonly List<AmountStep> _trace = new(5);
    private List<Tranche>? _tranches;
    private readonly AmountKind _kind;
    private AmountBasis _basis = AmountBasis.PerAward;
    private decimal _value;

    private AmountCalculation(AmountKind kind) => _kind = kind;

    public static AmountCalculation Of(AmountKind kind) => new(kind);

    /// <summary>给予 N 元: a fixed award.</summary>
    public static AmountResult FixedAward(decimal yuan, Citation citation) =>
        Of(AmountKind.Fixed).Base("条款规定的奖励金额", yuan, citation).Round();

    /// <summary>最高不超过 N 元: the committee decides up to this ceiling.</summary>
    public static AmountResult UpTo(decimal yuan, Citation citation) =>
        Of(AmountKind.Ceiling).Base("条款规定的最高支持金额", yuan, citation).Round();

    public AmountCalculation Base(string descriptionZh, decimal yuan, Citation? citation = null)
    {
        _value = yuan;
        _trace.Add(new AmountStep(AmountStage.Base, descriptionZh, _value, citation));
        return this;
    }

    /// <summary>按 rate 给予 (rate as a fraction: 30 % is 0.30; 2‱ is 0.0002).</summary>
    public AmountCalculation Rate(decimal rate, string descriptionZh, Citation? citation = null)
    {
        _value *= rate;
        _trace.Add(new AmountStep(AmountStage.Rate, descriptionZh, _value, citation));
        return this;
    }

    /// <summary>最高不超过 cap: the figure never exceeds it.</summary>
    public AmountCalculation Cap(decimal cap, string descriptionZh, Citation? citation = null)
    {
        _value = Math.Min(_value, cap);
        _trace.Add(new AmountStep(AmountStage.Cap, descriptionZh, _value, citation));
        return this;
    }

    /// <summary>A per-year, per-variety or per-enterprise limit: what remains of it after earlier awards.</summary>
    public AmountCalculation Limit(decimal remaining, string descriptionZh, Citation? citation = null)
    {
        _value = Math.Max(0m, Math.Min(_value, remaining));
        _trace.Add(new AmountStep(AmountStage.Limit, descriptionZh, _value, citation));
        return this;
    }

    /// <summary>分期拨付: the tranches, and whether the amount is one year's figure or their total (say which).</summary>
    public AmountCalculation InTranches(AmountBasis basis, IEnumerable<Tranche> tranches)
    {
        _basis = basis;
        (_tranches ??= []).AddRange(tranches);
        return this;
    }

    public AmountResult Round()
    {
        _value = Money.RoundToFen(_value);
        _trace.Add(new AmountStep(AmountStage.Rounding, "四舍五入到分", _value, null));
        // The builder is finished here, so its lists become the result's without copying.
        return new AmountResult(_kind, _value, _trace, _tranches ?? (IReadOnlyList<Tranche>)[]) { Basis = _basis };
    }
}

/// <summary>
/// An amount as a list shows and stores it: fixed or a ceiling, the figure, what it stands for, how many tranches and
/// their total (so "每年 … 共 3 年，合计 …" can be said without the trace).
/// </summary>
public sealed record AmountSummary(AmountKind Kind, decimal Value, AmountBasis Basis, int Tranches, decimal Total);
