namespace SubsidyPortal.Domain.Rules;

public enum ClaimMethod
{
    /// <summary>申报: the enterprise applies in a call.</summary>
    Application,

    /// <summary>免申即享: granted from data the committee already holds.</summary>
    AutomaticEntitlement,
}

/// <summary>
/// 条款 / 专题: one clause of a policy as an eligibility rule. A subclass sits in the policy's folder, in a file
/// named after its article, and carries the clause's own words beside the code that encodes them.
/// </summary>
public abstract class Clause
{
    /// <summary>Stable id, e.g. <c>changning-2024/6-high-tech-first</c>.</summary>
    public abstract string Id { get; }

    public abstract PolicyDocument Policy { get; }

    /// <summary>The article or 专题 reference as the text gives it, e.g. "第 6 条" or "第三章 专题二".</summary>
    public abstract string Article { get; }

    public abstract string TitleZh { get; }

    /// <summary>The clause's own words, quoted from the policy text.</summary>
    public abstract string Quote { get; }

    public virtual EffectivePeriod Period => Policy.Period;

    /// <summary>The text this encodes: version 1 unless an amendment overrides it (see <see cref="ClauseVersion"/>).</summary>
    public virtual ClauseVersion Version => new(1, Period.Start);

    public virtual ClaimMethod Claim => ClaimMethod.Application;

    public abstract string AcceptingDepartment { get; }

    public virtual IReadOnlyList<string> RequiredMaterials => [];

    public virtual IReadOnlyList<FactDefinition> Inputs => [];

    /// <summary>Facts the engine computes from the inputs for this clause's conditions (never asked).</summary>
    public virtual IReadOnlyList<DerivedFact> Derived => [];

    public virtual IReadOnlyList<Condition> Conditions => [];

    public virtual IReadOnlyList<Parameter> Parameters => [];

    /// <summary>
    /// 公示期限 in working days. 金科〔2025〕25 号 states "公示期限为 5 个工作日" for its 专题 and 10 for the 科技创新奖;
    /// the Changning and 大零号湾 texts name no period, so the portal uses the same 5 (a committee decision, not the text's).
    /// </summary>
    public virtual int PublicNoticeWorkingDays => 5;

    /// <summary>就高不重复 / 从优、就高、不重复: of the clauses in one group, only the highest award is granted.</summary>
    public virtual string? ExclusivityGroup => null;

    /// <summary>Awards (clause ids, or ids of outside programmes) this clause cannot be combined with.</summary>
    public virtual IReadOnlyList<string> NotCombinableWith => [];

    private Citation? _citation;
    private IReadOnlyList<Condition>? _conditions;
    private IReadOnlyList<Parameter>? _parameters;

    public Citation Citation => _citation ??= new Citation(Policy.Id, Article, Quote);

    // Clauses are immutable, so the evaluator reads their lists once instead of rebuilding them per evaluation.
    internal IReadOnlyList<Condition> ConditionsOnce => _conditions ??= Conditions;

    internal IReadOnlyList<Parameter> ParametersOnce => _parameters ??= Parameters;

    // A class, not a struct: publishing a reference is atomic, so parallel evaluations never see it half-written.
    private ConflictRules? _conflicts;

    internal ConflictRules ConflictsOnce => _conflicts ??= new ConflictRules(ExclusivityGroup, NotCombinableWith);

    internal sealed record ConflictRules(string? Group, IReadOnlyList<string> NotCombinable);

    /// <summary>The amount or ceiling for these facts, or null while an input it needs is missing.</summary>
    public abstract AmountResult? Amount(Facts facts);
}
