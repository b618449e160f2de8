using System.Globalization;
using System.Text.Json;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Eligibility;

/// <summary>
/// Reads an evaluation request (the API's body, or the CLI's JSON file) against the clauses' input schemas:
/// <code>{ "referenceDate": "2025-06-01", "clauseIds": ["…"], "facts": { "key": value }, "priorAwards": [ … ] }</code>
/// Money is a decimal string or number in yuan with at most two decimals and never negative; counts are
/// non-negative integers; dates are yyyy-MM-dd. Every problem is reported against its field, nothing is guessed.
/// </summary>
public static class EvaluationRequestReader
{
    public sealed record Request(IReadOnlyList<Clause> Clauses, Facts Facts, DateOnly ReferenceDate, IReadOnlyList<PriorAward> PriorAwards);

    public static (Request? Request, IReadOnlyDictionary<string, string[]> Errors) Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return (null, new Dictionary<string, string[]> { ["body"] = [$"请求不是有效的 JSON：{e.Message} / The body is not valid JSON."] });
        }
    }

    public static (Request? Request, IReadOnlyDictionary<string, string[]> Errors) Read(JsonElement root)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("body", "请求体须为 JSON 对象 / The body must be a JSON object.");
            return (null, Freeze(errors));
        }

        var referenceDate = default(DateOnly);
        if (!root.TryGetProperty("referenceDate", out var dateElement) || !TryDate(dateElement, out referenceDate))
        {
            Add("referenceDate", "请提供参考日期，格式 yyyy-MM-dd / Give referenceDate as yyyy-MM-dd.");
        }

        var clauses = new List<Clause>();
        if (root.TryGetProperty("clauseIds", out var ids) && ids.ValueKind != JsonValueKind.Null)
        {
            if (ids.ValueKind != JsonValueKind.Array)
            {
                Add("clauseIds", "clauseIds 须为数组 / clauseIds must be an array.");
            }
            else
            {
                var index = 0;
                foreach (var id in ids.EnumerateArray())
                {
                    var clause = id.ValueKind == JsonValueKind.String ? PolicyCatalog.Find(id.GetString()!) : null;
                    if (clause is null)
                    {
                        Add($"clauseIds[{index}]", $"未知的条款编号 {id} / Unknown clause id {id}.");
                    }
                    else
                    {
                        clauses.Add(clause);
                    }

                    index++;
                }
            }
        }
        else
        {
            clauses.AddRange(PolicyCatalog.Clauses);
        }

        var schema = clauses.SelectMany(c => c.Inputs).GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.First());
        var facts = new Dictionary<string, object>();
        if (root.TryGetProperty("facts", out var factsElement) && factsElement.ValueKind != JsonValueKind.Null)
        {
            if (factsElement.ValueKind != JsonValueKind.Object)
            {
                Add("facts", "facts 须为对象 / facts must be an object.");
            }
            else
            {
                foreach (var property in factsElement.EnumerateObject())
                {
                    var field = $"facts.{property.Name}";
                    if (property.Name == ClauseEvaluator.MatterKey && property.Value.ValueKind == JsonValueKind.String)
                    {
                        facts[property.Name] = property.Value.GetString()!;
                    }
                    else if (!schema.TryGetValue(property.Name, out var input))
                    {
                        Add(field, "所选条款没有这一项输入 / None of the chosen clauses takes this input.");
                    }
                    else if (ReadValue(input, property.Value, out var value, out var problem))
                    {
                        facts[property.Name] = value!;
                    }
                    else
                    {
                        Add(field, problem!);
                    }
                }
            }
        }

        var priorAwards = new List<PriorAward>();
        if (root.TryGetProperty("priorAwards", out var awards) && awards.ValueKind != JsonValueKind.Null)
        {
            if (awards.ValueKind != JsonValueKind.Array)
            {
                Add("priorAwards", "priorAwards 须为数组 / priorAwards must be an array.");
            }
            else
            {
                var index = 0;
                foreach (var award in awards.EnumerateArray())
                {
                    var field = $"priorAwards[{index++}]";
                    if (award.ValueKind != JsonValueKind.Object
                        || !award.TryGetProperty("clauseId", out var c) || c.ValueKind != JsonValueKind.String
                        || !award.TryGetProperty("amount", out var a) || !TryMoney(a, out var amount, out _)
                        || !award.TryGetProperty("awardedOn", out var d) || !TryDate(d, out var awardedOn))
                    {
                        Add(field, "已获支持须包含 clauseId、amount（元，不为负、最多两位小数）和 awardedOn（yyyy-MM-dd）/ A prior award needs clauseId, amount (yuan) and awardedOn.");
                        continue;
                    }

                    var clauseId = c.GetString()!;
                    var group = award.TryGetProperty("exclusivityGroup", out var g) && g.ValueKind == JsonValueKind.String
                        ? g.GetString()
                        : PolicyCatalog.Find(clauseId)?.ExclusivityGroup;
                    var matter = award.TryGetProperty("matterKey", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                    priorAwards.Add(new PriorAward(clauseId, group, amount, awardedOn, matter));
                }
            }
        }

        return errors.Count > 0
            ? (null, Freeze(errors))
            : (new Request(clauses, new Facts(facts), referenceDate, priorAwards), Freeze(errors));
    }

    private static bool ReadValue(InputDefinition input, JsonElement element, out object? value, out string? problem)
    {
        value = null;
        problem = null;
        switch (input.Type)
        {
            case InputType.Money:
                if (TryMoney(element, out var money, out problem))
                {
                    value = money;
                    return true;
                }

                return false;
            case InputType.Count or InputType.Integer:
                if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var count) && (count >= 0 || input.Type == InputType.Integer))
                {
                    value = count;
                    return true;
                }

                problem = "须为不小于零的整数 / Must be a whole number, not negative.";
                return false;
            case InputType.Boolean:
                if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    value = element.GetBoolean();
                    return true;
                }

                problem = "须为 true 或 false / Must be true or false.";
                return false;
            case InputType.Date:
                if (TryDate(element, out var date))
                {
                    value = date;
                    return true;
                }

                problem = "日期格式须为 yyyy-MM-dd / Dates are yyyy-MM-dd.";
                return false;
            default:
                problem = "不支持的输入类型 / Unsupported input type.";
                return false;
        }
    }

    private static bool TryMoney(JsonElement element, out decimal yuan, out string? problem)
    {
        yuan = 0;
        problem = null;
        var parsed = element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDecimal(out var d) ? d : (decimal?)null,
            JsonValueKind.String => decimal.TryParse(element.GetString(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ => null,
        };
        if (parsed is null)
        {
            problem = "金额须为以元为单位的数字，如 \"200000.00\" / Amounts are decimal yuan, e.g. \"200000.00\".";
            return false;
        }

        if (parsed < 0)
        {
            problem = "金额不能为负数 / An amount cannot be negative.";
            return false;
        }

        if (!Money.IsWholeFen(parsed.Value))
        {
            problem = "金额最多保留两位小数（精确到分）/ Amounts have at most two decimals (to the fen).";
            return false;
        }

        yuan = parsed.Value;
        return true;
    }

    private static bool TryDate(JsonElement element, out DateOnly date)
    {
        date = default;
        return element.ValueKind == JsonValueKind.String
               && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static Dictionary<string, string[]> Freeze(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
