using System.ComponentModel;
using System.Text.Json;

namespace SubsidyPortal.Application.Eligibility;

/// <summary>
/// The evaluation request's shape, for the OpenAPI document. The body itself is read token by token
/// (<see cref="EvaluationRequestReader"/>), which holds it to these fields and their bounds.
/// </summary>
public sealed record EvaluationRequestBody(
    [property: Description("参考日期 yyyy-MM-dd：按这一天有效的条款评估 / The day the clauses in force are taken from (yyyy-MM-dd).")]
    string ReferenceDate,
    [property: Description("要评估的条款编号；不填则评估全部条款 / Clause ids to evaluate; every clause when absent.")]
    IReadOnlyList<string>? ClauseIds,
    [property: Description("按事实词汇表（GET /api/facts）的键给出的事实：Money 为元的十进制字符串或数字，Count/Integer 为整数，Boolean 为 true/false，Date 为 yyyy-MM-dd，Choice 为选项代码 / Facts keyed by the vocabulary (GET /api/facts): Money as yuan, Count and Integer as whole numbers, Boolean true/false, Date yyyy-MM-dd, Choice an option code.")]
    IReadOnlyDictionary<string, JsonElement>? Facts,
    [property: Description("已获支持（用于就高不重复和不可同时享受的判断）/ Support already held (for highest-only and not-combinable rules).")]
    IReadOnlyList<PriorAwardBody>? PriorAwards);

/// <summary>One prior award in <see cref="EvaluationRequestBody"/>.</summary>
public sealed record PriorAwardBody(
    [property: Description("条款编号，或其他条款列明的外部项目编号 / A clause id, or an outside programme a clause names.")]
    string ClauseId,
    [property: Description("金额（元，最多两位小数）/ Amount in yuan, to the fen.")]
    string Amount,
    [property: Description("获得日期 yyyy-MM-dd / Date awarded.")]
    string AwardedOn,
    [property: Description("就高不重复分组（不填时取条款自身的分组）/ Highest-only group (the clause's own when absent).")]
    string? ExclusivityGroup,
    [property: Description("同一事项标识 / Identifies the same matter.")]
    string? MatterKey);
