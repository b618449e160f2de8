using System.Globalization;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Eligibility;

/// <summary>
/// What the API and the command line return: the clause with every field of its rule, and evaluations with
/// amounts as decimal strings in yuan (so no client loses a fen to floating point).
/// </summary>
public static class CatalogViews
{
    public static string Yuan(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static PeriodView Period(EffectivePeriod p) =>
        new(p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.EndExclusive?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static PolicyView Policy(PolicyDocument p, int clauseCount) => new(p.Id, p.DocumentNumber, p.Title, p.Issuer, Period(p.Period), clauseCount);

    public static ClauseView Clause(Clause c) => new(
        c.Id,
        c.Policy.Id,
        c.Policy.DocumentNumber,
        c.Policy.Title,
        c.Article,
        c.TitleZh,
        c.Quote,
        Period(c.Period),
        c.Claim.ToString(),
        c.AcceptingDepartment,
        c.RequiredMaterials,
        c.Inputs.Select(i => new InputView(
            i.Key, i.Type.ToString(), i.Unit, i.LabelZh, i.LabelEn, i.Entity.ToString(), i.Source.ToString(),
            i.Options.Select(o => new FactOptionView(o.Code, o.LabelZh, o.LabelEn)).ToList())).ToList(),
        c.Conditions.Select(k => new ConditionView(k.Code, k.MessageZh, k.MessageEn)).ToList(),
        c.Parameters.Select(ParameterView).ToList(),
        c.ExclusivityGroup,
        c.NotCombinableWith,
        Version(c.Version),
        PolicyCatalog.VersionsOf(c.Id).Select(v => Version(v.Version)).ToList());

    public static VersionView Version(ClauseVersion v) =>
        new(v.Number, v.Code, v.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.AmendedBy);

    public static FactView Fact(VocabularyEntry e) => new(
        e.Key, e.Definition.Type.ToString(), e.Definition.Unit, e.Definition.LabelZh, e.Definition.LabelEn, e.Definition.Entity.ToString(),
        e.Definition.Source.ToString(), e.Definition.Options.Select(o => new FactOptionView(o.Code, o.LabelZh, o.LabelEn)).ToList(), e.ClauseIds, e.DerivedFrom, e.Quote);

    public static EvaluationView Evaluation(Evaluation e) => new(
        e.ClauseId,
        e.Outcome.ToString(),
        e.Amount?.Kind.ToString(),
        e.Amount?.FixedAmount is { } a ? Yuan(a) : null,
        e.Amount?.Ceiling is { } c ? Yuan(c) : null,
        e.Amount?.Basis.ToString(),
        e.Amount is { } whole ? Yuan(whole.TotalOfTranches) : null,
        e.Amount?.Tranches.Select(t => new TrancheView(t.Sequence, t.LabelZh, Yuan(t.Value), t.Kind.ToString(), t.ConditionZh)).ToList() ?? [],
        e.Amount?.Trace.Select(s => new StepView(s.Stage.ToString(), s.DescriptionZh, Yuan(s.Value), s.Citation?.ToString())).ToList() ?? [],
        e.Conditions.Select(r => new ConditionResultView(r.Code, r.Status.ToString(), r.MessageZh, r.MessageEn)).ToList(),
        e.ParametersUsed.Select(ParameterView).ToList(),
        $"{e.Citation.PolicyId} {e.Citation.Article}",
        e.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.RuleSetVersion);

    private static ParameterViewRecord ParameterView(Parameter p) =>
        new(p.Name, p.Value.ToString(CultureInfo.InvariantCulture), p.Unit, $"{p.Citation.PolicyId} {p.Citation.Article}", Period(p.Period));
}

public sealed record PeriodView(string Start, string? EndExclusive);

public sealed record PolicyView(string Id, string DocumentNumber, string Title, string Issuer, PeriodView Period, int ClauseCount);

/// <summary>One input of a clause; <c>entity</c> (Enterprise, EnterpriseYear, Project) and <c>source</c> (Application,
/// Profile, CommitteeList, Derived) are the vocabulary's.</summary>
public sealed record InputView(
    string Key, string Type, string Unit, string LabelZh, string LabelEn, string Entity, string Source, IReadOnlyList<FactOptionView> Options);

/// <summary>One fact of the vocabulary (GET /api/facts), with the clauses that read it.</summary>
public sealed record FactView(
    string Key, string Type, string Unit, string LabelZh, string LabelEn, string Entity, string Source, IReadOnlyList<FactOptionView> Options,
    IReadOnlyList<string> ClauseIds, IReadOnlyList<string> DerivedFrom, string? Quote);

public sealed record FactOptionView(string Code, string LabelZh, string LabelEn);

public sealed record ConditionView(string Code, string MessageZh, string MessageEn);

public sealed record ParameterViewRecord(string Name, string Value, string Unit, string Citation, PeriodView Period);

public sealed record ClauseView(
    string Id, string PolicyId, string DocumentNumber, string PolicyTitle, string Article, string Title, string Quote, PeriodView Period,
    string ClaimMethod, string AcceptingDepartment, IReadOnlyList<string> RequiredMaterials, IReadOnlyList<InputView> Inputs,
    IReadOnlyList<ConditionView> Conditions, IReadOnlyList<ParameterViewRecord> Parameters, string? ExclusivityGroup, IReadOnlyList<string> NotCombinableWith,
    VersionView Version, IReadOnlyList<VersionView> Versions);

/// <summary>
/// A clause's version: v1 is the published text from its first day; an amendment is a later one with its own
/// effective date and the instrument that made it. <c>code</c> is what each evaluation records as its ruleSetVersion.
/// </summary>
public sealed record VersionView(int Number, string Code, string EffectiveFrom, string? AmendedBy);

public sealed record TrancheView(int Sequence, string Label, string Amount, string Kind, string Condition);

public sealed record StepView(string Stage, string Description, string Value, string? Citation);

public sealed record ConditionResultView(string Code, string Status, string MessageZh, string MessageEn);

/// <summary>
/// One clause's evaluation. <c>amount</c> or <c>ceiling</c> is what <c>amountBasis</c> says: PerAward (the whole
/// award), PerYear (one year's figure, paid for each tranche's year) or Total (the sum of the tranches);
/// <c>totalOfTranches</c> is always what the award pays over all its tranches. <c>warnings</c> names what in the
/// request was taken but may not mean what was meant (a prior award under an unknown clause id).
/// </summary>
public sealed record EvaluationView(
    string ClauseId, string Outcome, string? AmountKind, string? Amount, string? Ceiling, string? AmountBasis, string? TotalOfTranches,
    IReadOnlyList<TrancheView> Tranches,
    IReadOnlyList<StepView> Trace, IReadOnlyList<ConditionResultView> Conditions, IReadOnlyList<ParameterViewRecord> Parameters,
    string Citation, string ReferenceDate, string RuleSetVersion)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
