using System.Text.Json;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>A call's rubric as stored in calls.rubric (jsonb), and back.</summary>
public static class RubricJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private sealed record Line(string Code, string NameZh, string NameEn, decimal Weight, decimal MaxScore);

    public static string Write(ScoringRubric rubric) =>
        JsonSerializer.Serialize(rubric.Criteria.Select(c => new Line(c.Code, c.NameZh, c.NameEn, c.Weight, c.MaxScore)), Options);

    public static ScoringRubric Read(string json) =>
        new((JsonSerializer.Deserialize<List<Line>>(json, Options) ?? []).Select(l => new ScoringCriterion(l.Code, l.NameZh, l.NameEn, l.Weight, l.MaxScore)));

    public static string WriteScores(IEnumerable<CriterionScore> scores) =>
        JsonSerializer.Serialize(scores.Select(s => new { code = s.CriterionCode, score = s.Score, comment = s.Comment }), Options);

    public static IReadOnlyList<CriterionScore> ReadScores(string? json) =>
        json is null ? [] : (JsonSerializer.Deserialize<List<ScoreLine>>(json, Options) ?? []).Select(s => new CriterionScore(s.Code, s.Score, s.Comment)).ToList();

    private sealed record ScoreLine(string Code, decimal Score, string? Comment);
}
