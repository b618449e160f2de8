namespace SubsidyPortal.Domain.Rules;

/// <summary>
/// 不可同时享受: two supports are not combinable when either clause names the other — a rule written on one side
/// binds both. One check and one wording, for the evaluator (against support already held) and for the preliminary
/// review's findings (against the enterprise's other applications and awards).
/// </summary>
public static class NotCombinable
{
    public const string Code = "not-combinable";

    public const string TextZh = "不与已获得的同类支持重复享受";

    public const string TextEn = "Not combined with support already received for the same purpose";

    /// <param name="clause">The clause being decided.</param>
    /// <param name="otherClauseId">The other support's clause (or an outside programme's id).</param>
    /// <param name="otherNotCombinableWith">What the other clause names as not combinable; null for an outside programme.</param>
    public static bool Between(Clause clause, string otherClauseId, IReadOnlyList<string>? otherNotCombinableWith) =>
        clause.NotCombinableWith.Contains(otherClauseId, StringComparer.Ordinal)
        || otherNotCombinableWith?.Contains(clause.Id, StringComparer.Ordinal) == true;
}
