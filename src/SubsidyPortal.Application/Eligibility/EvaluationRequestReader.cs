using System.Globalization;
using System.Text.Json;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Eligibility;

/// <summary>
/// Reads an evaluation request (the API's body, or the CLI's JSON file) against the clauses' input schemas:
/// <code>{ "referenceDate": "2025-06-01", "clauseIds": ["…"], "facts": { "key": value }, "priorAwards": [ … ] }</code>
/// Money is a decimal string or number in yuan with at most two decimals and never negative; counts are
/// non-negative integers; dates are yyyy-MM-dd. Every problem is reported against its field, nothing is guessed.
/// Numbers and dates are bounded so that no clause's arithmetic can leave its type, and at most
/// <see cref="MaxListedProblems"/> problems are listed (the rest only counted): no answer is much larger than its request.
/// </summary>
public static class EvaluationRequestReader
{
    public sealed record Request(IReadOnlyList<Clause> Clauses, Facts Facts, DateOnly ReferenceDate, IReadOnlyList<PriorAward> PriorAwards);

    /// <summary>The request, or the problems listed by field and how many more were found but not listed.</summary>
    public sealed record Result(Request? Request, IReadOnlyDictionary<string, string[]> Errors, int Unlisted);

    public const int MaxListedProblems = 50;

    /// <summary>Amounts are below this (the forms' bound, a thousand billion yuan): far above any enterprise's
    /// figure, and small enough that sums and multiples of such figures stay well inside decimal.</summary>
    public const decimal MaxYuan = ValidationRules.MaxYuan;

    /// <summary>Counts and whole numbers (staff, varieties, m², years) lie within ± this.</summary>
    public const long MaxWholeNumber = 1_000_000_000;

    /// <summary>Dates a clause may compute with (a birth date plus an age limit, a period's end) without leaving
    /// the calendar: 9999-12-31 is a valid date, but not one to add years to.</summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    public static readonly DateOnly MaxDate = new(2199, 12, 31);

    // An unknown id is echoed in its problem only this far.
    private const int MaxEchoedLength = 100;

    public static Result Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return new Result(null, new Dictionary<string, string[]> { ["body"] = [NotJson(e)] }, 0);
        }
    }

    /// <summary>The problem for a body that is not (complete, valid) JSON, with where the reading stopped.</summary>
    public static string NotJson(JsonException e) =>
        $"请求不是完整、有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行第 {(e.BytePositionInLine ?? 0) + 1} 字节附近）/ The body is not complete, valid JSON (near line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}).";

    public static Result Read(JsonElement root)
    {
        try
        {
            return ReadObject(root);
        }
        catch (InvalidOperationException)
        {
            // Valid JSON syntax can still hold text no string can: an escaped lone surrogate such as "\uD800", found
            // only when a value or a property name is read.
            return new Result(null, new Dictionary<string, string[]> { ["body"] = [InvalidText] }, 0);
        }
    }

    private const string InvalidText = "请求含有无效的 Unicode 文本（如单独的代理项 \\uD800）/ The body holds invalid Unicode text (such as a lone surrogate \\uD800).";

    private static Result ReadObject(JsonElement root)
    {
        var errors = new Dictionary<string, List<string>>();
        var listed = 0;
        var unlisted = 0;
        void Add(string field, string message)
        {
            if (listed == MaxListedProblems)
            {
                unlisted++;
                return;
            }

            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
            listed++;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            Add("body", "请求体须为 JSON 对象 / The body must be a JSON object.");
            return new Result(null, Freeze(errors), unlisted);
        }

        var referenceDate = default(DateOnly);
        if (!root.TryGetProperty("referenceDate", out var dateElement) || !TryDate(dateElement, out referenceDate))
        {
            Add("referenceDate", "请提供参考日期，格式 yyyy-MM-dd，在 1900-01-01 到 2199-12-31 之间 / Give referenceDate as yyyy-MM-dd, from 1900-01-01 to 2199-12-31.");
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
                        var echo = Shorten(id.ToString());
                        Add($"clauseIds[{index}]", $"未知的条款编号 {echo} / Unknown clause id {echo}.");
                    }
                    else if (clauses.Contains(clause))
                    {
                        // Each clause is answered once: repeating an id would multiply the answer, not the information.
                        Add($"clauseIds[{index}]", $"条款编号重复 {clause.Id} / Clause id {clause.Id} is listed more than once.");
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
                    if (award.ValueKind == JsonValueKind.Object && award.TryGetProperty("amount", out var big)
                        && OutOfRange(big) is { } tooLarge)
                    {
                        Add($"{field}.amount", tooLarge);
                        continue;
                    }

                    if (award.ValueKind != JsonValueKind.Object
                        || !award.TryGetProperty("clauseId", out var c) || c.ValueKind != JsonValueKind.String
                        || !award.TryGetProperty("amount", out var a) || !TryMoney(a, out var amount, out _)
                        || !award.TryGetProperty("awardedOn", out var d) || !TryDate(d, out var awardedOn))
                    {
                        Add(field, "已获支持须包含 clauseId、amount（元，不为负、最多两位小数）和 awardedOn（yyyy-MM-dd，1900–2199 年）/ A prior award needs clauseId, amount (yuan) and awardedOn.");
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
            ? new Result(null, Freeze(errors), unlisted)
            : new Result(new Request(clauses, new Facts(facts), referenceDate, priorAwards), Freeze(errors), 0);
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
                var least = input.Type == InputType.Integer ? -MaxWholeNumber : 0;
                if (element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var count) && count >= least && count <= MaxWholeNumber)
                {
                    value = count;
                    return true;
                }

                // A whole number written without a fraction but beyond the bound (or beyond what any number type
                // holds, like 1e400) is named as too large, not as "not a whole number".
                var beyond = element.ValueKind == JsonValueKind.Number
                             && (!element.TryGetDecimal(out var whole) || (whole == decimal.Truncate(whole) && (whole > MaxWholeNumber || whole < least)));
                problem = beyond
                    ? string.Create(CultureInfo.InvariantCulture, $"超出范围：须为 {least:N0} 到 {MaxWholeNumber:N0} 之间的整数 / Out of range: must be a whole number from {least:N0} to {MaxWholeNumber:N0}.")
                    : "须为不小于零的整数 / Must be a whole number, not negative.";
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

                problem = "日期格式须为 yyyy-MM-dd，在 1900-01-01 到 2199-12-31 之间 / Dates are yyyy-MM-dd, from 1900-01-01 to 2199-12-31.";
                return false;
            default:
                problem = "不支持的输入类型 / Unsupported input type.";
                return false;
        }
    }

    private static bool TryMoney(JsonElement element, out decimal yuan, out string? problem)
    {
        yuan = 0;
        problem = OutOfRange(element);
        if (problem is not null)
        {
            return false;
        }

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

    /// <summary>The problem with an amount too large to compute with: at or over <see cref="MaxYuan"/>, or beyond
    /// decimal altogether (a number like 1e400, or a string of more digits than decimal holds).</summary>
    private static string? OutOfRange(JsonElement element)
    {
        var tooLarge = element.ValueKind switch
        {
            JsonValueKind.Number => !element.TryGetDecimal(out var d) || Math.Abs(d) >= MaxYuan,
            JsonValueKind.String => element.GetString() is { } s && IsPlainNumber(s)
                                    && (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) || Math.Abs(d) >= MaxYuan),
            _ => false,
        };
        return tooLarge
            ? string.Create(CultureInfo.InvariantCulture, $"金额超出范围：须小于 {MaxYuan:N0} 元 / Out of range: amounts are below {MaxYuan:N0} yuan.")
            : null;
    }

    private static bool IsPlainNumber(string s)
    {
        var rest = s.AsSpan();
        if (rest.Length > 0 && rest[0] is '+' or '-')
        {
            rest = rest[1..];
        }

        var point = rest.IndexOf('.');
        return rest.Length > (point >= 0 ? 1 : 0) && rest.LastIndexOf('.') == point && !rest.ContainsAnyExcept("0123456789.");
    }

    private static string Shorten(string text) => text.Length <= MaxEchoedLength ? text : $"{text[..MaxEchoedLength]}…";

    private static bool TryDate(JsonElement element, out DateOnly date)
    {
        date = default;
        return element.ValueKind == JsonValueKind.String
               && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
               && date >= MinDate && date <= MaxDate;
    }

    private static Dictionary<string, string[]> Freeze(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
