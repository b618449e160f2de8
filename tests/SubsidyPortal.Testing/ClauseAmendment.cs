using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Testing;

/// <summary>
/// An amendment for tests: the same clause, from a later day, with a new ceiling — as a real 修订 would be encoded
/// (none of the three texts has been amended). Everything else is the original's.
/// </summary>
public sealed class ClauseAmendment(Clause original, DateOnly effectiveFrom, decimal ceilingYuan) : Clause
{
    public override string Id => original.Id;

    public override PolicyDocument Policy => original.Policy;

    public override string Article => original.Article;

    public override string TitleZh => original.TitleZh;

    public override string Quote => $"（修订）给予最高不超过 {ceilingYuan / 10_000m:0.##} 万元的一次性支持";

    public override EffectivePeriod Period => new(effectiveFrom, original.Period.EndExclusive);

    public override ClauseVersion Version => new(original.Version.Number + 1, effectiveFrom, "测试用修订");

    public override string AcceptingDepartment => original.AcceptingDepartment;

    public override IReadOnlyList<FactDefinition> Inputs => original.Inputs;

    public override IReadOnlyList<DerivedFact> Derived => original.Derived;

    public override IReadOnlyList<Condition> Conditions => original.Conditions;

    public override string? ExclusivityGroup => original.ExclusivityGroup;

    public override IReadOnlyList<string> NotCombinableWith => original.NotCombinableWith;

    public override AmountResult? Amount(Facts facts) => AmountCalculation.UpTo(ceilingYuan, Citation);
}
