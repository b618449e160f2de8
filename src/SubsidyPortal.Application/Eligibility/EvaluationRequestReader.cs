using System.Globalization;
using System.Text;
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
    public sealed record Request(IReadOnlyList<Clause> Clauses, Facts Facts, DateOnly ReferenceDate, IReadOnlyList<PriorAward> PriorAwards)
    {
        /// <summary>What was taken but may not mean what the caller thinks (a prior award under an unknown clause id).</summary>
        public IReadOnlyList<string> Warnings { get; init; } = [];
    }

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
    public static readonly DateOnly MinDate = ValidationRules.EarliestDate;

    public static readonly DateOnly MaxDate = new(2199, 12, 31);

    /// <summary>More prior awards than any enterprise holds (the largest realistic request has fifty); without a bound,
    /// a body at the size limit could carry some 150,000 of them for every clause to be weighed against.</summary>
    public const int MaxPriorAwards = 1000;

    // An unknown id is echoed in its problem only this far.
    private const int MaxEchoedLength = 100;

    // Clause ids and input keys are short: a longer string is none of them, and is not decoded to find that out.
    private const int MaxNameLength = 256;

    private static readonly Dictionary<string, Clause>.AlternateLookup<ReadOnlySpan<char>> ClausesById =
        PolicyCatalog.Clauses.ToDictionary(c => c.Id, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static Result Read(string json)
    {
        try
        {
            return Read(Encoding.UTF8.GetBytes(json));
        }
        catch (JsonException e)
        {
            return new Result(null, new Dictionary<string, string[]> { ["body"] = [NotJson(e)] }, 0);
        }
    }

    /// <summary>
    /// Reads UTF-8 JSON token by token, building no document of it: the body is first checked to be one whole JSON
    /// value, then its members are judged in a fixed order (the facts a request may give depend on the clauses it
    /// names, wherever it names them). What is kept is the request's own values and the listed problems, so a body of
    /// a million unknown clause ids costs no more memory than its bytes, which the caller holds already.
    /// </summary>
    /// <exception cref="JsonException">Not one whole, valid JSON value, or nested deeper than 64 levels; the exception
    /// says where reading stopped (<see cref="NotJson"/>).</exception>
    public static Result Read(ReadOnlySpan<byte> utf8Json)
    {
        var members = Members.Find(utf8Json);
        if (members.InvalidName)
        {
            return new Result(null, new Dictionary<string, string[]> { ["body"] = [InvalidText] }, 0);
        }

        try
        {
            return ReadMembers(utf8Json, members);
        }
        catch (InvalidOperationException)
        {
            // Valid JSON syntax can still hold text no string can: an escaped lone surrogate such as "\uD800", found
            // only when a value or a property name is read.
            return new Result(null, new Dictionary<string, string[]> { ["body"] = [InvalidText] }, 0);
        }
    }

    /// <summary>The problem for a body that is not (complete, valid) JSON, with where the reading stopped.</summary>
    public static string NotJson(JsonException e) =>
        $"请求不是完整、有效的 JSON（第 {(e.LineNumber ?? 0) + 1} 行第 {(e.BytePositionInLine ?? 0) + 1} 字节附近）/ The body is not complete, valid JSON (near line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}).";

    private const string InvalidText = "请求含有无效的 Unicode 文本（如单独的代理项 \\uD800）/ The body holds invalid Unicode text (such as a lone surrogate \\uD800).";

    private const string NotAnInput = "所选条款没有这一项输入 / None of the chosen clauses takes this input.";

    private const string NotAPriorAward = "已获支持须包含 clauseId、amount（元，不为负、最多两位小数）和 awardedOn（yyyy-MM-dd，1900–2199 年）/ A prior award needs clauseId, amount (yuan) and awardedOn.";

    private static Result ReadMembers(ReadOnlySpan<byte> json, Members members)
    {
        var problems = new Problems();
        if (!members.IsObject)
        {
            problems.Add("body", "请求体须为 JSON 对象 / The body must be a JSON object.");
            return problems.Refusal();
        }

        var referenceDate = default(DateOnly);
        if (members.ReferenceDate is not { } date || !TryDate(Element(json, date), out referenceDate))
        {
            problems.Add("referenceDate", "请提供参考日期，格式 yyyy-MM-dd，在 1900-01-01 到 2199-12-31 之间 / Give referenceDate as yyyy-MM-dd, from 1900-01-01 to 2199-12-31.");
        }

        // One buffer for the short strings looked up by name (clause ids, input keys), so reading them allocates nothing.
        Span<char> name = stackalloc char[MaxNameLength];
        var clauses = members.ClauseIds is { } ids ? ReadClauseIds(json, ids, name, problems) : null;
        clauses ??= [.. PolicyCatalog.Clauses];
        var facts = members.Facts is { } given ? ReadFacts(json, given, clauses, name, problems) : new Dictionary<string, object>();
        var priorAwards = members.PriorAwards is { } awards ? ReadPriorAwards(json, awards, problems) : [];

        return problems.Any
            ? problems.Refusal()
            : new Result(
                new Request(clauses, new Facts(facts), referenceDate, priorAwards) { Warnings = UnknownAwardSources(priorAwards) },
                new Dictionary<string, string[]>(),
                0);
    }

    /// <summary>The named clauses, each once; null when clauseIds is null (every clause, as when it is absent).</summary>
    private static List<Clause>? ReadClauseIds(ReadOnlySpan<byte> json, Slice slice, Span<char> name, Problems problems)
    {
        var reader = ReaderAt(json, slice);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var clauses = new List<Clause>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            problems.Add("clauseIds", "clauseIds 须为数组 / clauseIds must be an array.");
            return clauses;
        }

        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            Clause? clause = null;
            if (reader.TokenType == JsonTokenType.String && TryCopy(ref reader, name, out var length))
            {
                ClausesById.TryGetValue(name[..length], out clause);
            }

            if (clause is not null && !clauses.Contains(clause))
            {
                clauses.Add(clause);
            }
            else if (problems.Full)
            {
                // Only counted: neither the id's text nor its problem is built.
                reader.Skip();
                problems.Count();
            }
            else if (clause is null)
            {
                var echo = Shorten(JsonElement.ParseValue(ref reader).ToString());
                problems.Add($"clauseIds[{index}]", $"未知的条款编号 {echo} / Unknown clause id {echo}.");
            }
            else
            {
                // Each clause is answered once: repeating an id would multiply the answer, not the information.
                problems.Add($"clauseIds[{index}]", $"条款编号重复 {clause.Id} / Clause id {clause.Id} is listed more than once.");
            }
        }

        return clauses;
    }

    private static Dictionary<string, object> ReadFacts(ReadOnlySpan<byte> json, Slice slice, List<Clause> clauses, Span<char> name, Problems problems)
    {
        var facts = new Dictionary<string, object>();
        var reader = ReaderAt(json, slice);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return facts;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            problems.Add("facts", "facts 须为对象 / facts must be an object.");
            return facts;
        }

        var schema = clauses.SelectMany(c => c.Inputs).GroupBy(i => i.Key)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            FactDefinition? input = null;
            var isMatter = false;
            if (TryCopy(ref reader, name, out var length))
            {
                isMatter = name[..length].SequenceEqual(ClauseEvaluator.MatterKey);
                schema.TryGetValue(name[..length], out input);
            }

            // The key's text is built only when it is kept or its problem listed.
            var key = isMatter || input is not null || !problems.Full ? reader.GetString()! : null;
            reader.Read();
            if (isMatter && reader.TokenType == JsonTokenType.String)
            {
                facts[key!] = reader.GetString()!;
            }
            else if (input is null)
            {
                reader.Skip();
                if (key is null)
                {
                    problems.Count();
                }
                else
                {
                    problems.Add($"facts.{key}", NotAnInput);
                }
            }
            else if (ReadValue(input, JsonElement.ParseValue(ref reader), out var value, out var problem))
            {
                facts[key!] = value!;
            }
            else
            {
                problems.Add($"facts.{key}", problem!);
            }
        }

        return facts;
    }

    /// <summary>
    /// Prior awards under a clause id the catalog does not know: weighed only by the exclusivity group given with them,
    /// which the caller should know rather than find silently ignored. At most <see cref="MaxListedProblems"/> are named.
    /// </summary>
    private static List<string> UnknownAwardSources(IReadOnlyList<PriorAward> priorAwards)
    {
        var unknown = priorAwards.Select((award, index) => (award, index)).Where(a => !PolicyCatalog.IsKnownAwardSource(a.award.ClauseId)).ToList();
        var warnings = unknown.Take(MaxListedProblems)
            .Select(a => $"priorAwards[{a.index}].clauseId: 未知条款“{a.award.ClauseId}”，仅按所给 exclusivityGroup 判断，不适用不可同时享受规则 / Unknown clause '{a.award.ClauseId}': weighed only by the exclusivityGroup given; no not-combinable rule applies.")
            .ToList();
        if (unknown.Count > MaxListedProblems)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"另有 {unknown.Count - MaxListedProblems} 项已获支持的条款未知 / {unknown.Count - MaxListedProblems} more prior awards name unknown clauses."));
        }

        return warnings;
    }

    private static List<PriorAward> ReadPriorAwards(ReadOnlySpan<byte> json, Slice slice, Problems problems)
    {
        var priorAwards = new List<PriorAward>();
        var reader = ReaderAt(json, slice);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return priorAwards;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            problems.Add("priorAwards", "priorAwards 须为数组 / priorAwards must be an array.");
            return priorAwards;
        }

        var tooMany = false;
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                problems.Add($"priorAwards[{index}]", NotAPriorAward);
                continue;
            }

            var award = JsonElement.ParseValue(ref reader);
            if (award.TryGetProperty("amount", out var big) && OutOfRange(big) is { } tooLarge)
            {
                problems.Add($"priorAwards[{index}].amount", tooLarge);
                continue;
            }

            if (!award.TryGetProperty("clauseId", out var c) || c.ValueKind != JsonValueKind.String
                || !award.TryGetProperty("amount", out var a) || !TryMoney(a, out var amount, out _)
                || !award.TryGetProperty("awardedOn", out var d) || !TryDate(d, out var awardedOn))
            {
                problems.Add($"priorAwards[{index}]", NotAPriorAward);
                continue;
            }

            if (priorAwards.Count == MaxPriorAwards)
            {
                // Refused as a whole, once; the awards after the bound are still checked, and not kept.
                if (!tooMany)
                {
                    tooMany = true;
                    problems.Add("priorAwards", string.Create(CultureInfo.InvariantCulture, $"已获支持最多 {MaxPriorAwards} 项 / At most {MaxPriorAwards:N0} prior awards."));
                }

                continue;
            }

            var clauseId = c.GetString()!;
            var group = award.TryGetProperty("exclusivityGroup", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() : null;
            var matter = award.TryGetProperty("matterKey", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            priorAwards.Add(PolicyCatalog.PriorAward(clauseId, amount, awardedOn, matter, group));
        }

        return priorAwards;
    }

    /// <summary>A string token's text into <paramref name="buffer"/>, when it fits: no clause id or input key is longer.</summary>
    private static bool TryCopy(ref Utf8JsonReader reader, Span<char> buffer, out int length)
    {
        // Each UTF-8 byte or escape of the raw text gives at most one UTF-16 char, so a raw text no longer than the
        // buffer always fits.
        if (reader.HasValueSequence || reader.ValueSpan.Length > buffer.Length)
        {
            length = 0;
            return false;
        }

        length = reader.CopyString(buffer);
        return true;
    }

    private static Utf8JsonReader ReaderAt(ReadOnlySpan<byte> json, Slice slice)
    {
        var reader = new Utf8JsonReader(json.Slice(slice.Start, slice.Length));
        reader.Read();
        return reader;
    }

    private static JsonElement Element(ReadOnlySpan<byte> json, Slice slice)
    {
        var reader = new Utf8JsonReader(json.Slice(slice.Start, slice.Length));
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>Where one member's value lies in the body.</summary>
    private readonly record struct Slice(int Start, int Length);

    /// <summary>
    /// The root object's members, found in one pass that also checks the whole body is JSON (as parsing it into a
    /// document would: depth 64, no comments or trailing commas, nothing after the value) before any of it is judged.
    /// A name given twice means its last value, as a document's lookup finds it.
    /// </summary>
    private readonly record struct Members(bool IsObject, bool InvalidName, Slice? ReferenceDate, Slice? ClauseIds, Slice? Facts, Slice? PriorAwards)
    {
        public static Members Find(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            var members = new Members(reader.TokenType == JsonTokenType.StartObject, false, null, null, null, null);
            if (!members.IsObject)
            {
                reader.Skip();
            }
            else
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = Name(ref reader, ref members);
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    var value = new Slice(start, (int)reader.BytesConsumed - start);
                    members = name switch
                    {
                        "referenceDate" => members with { ReferenceDate = value },
                        "clauseIds" => members with { ClauseIds = value },
                        "facts" => members with { Facts = value },
                        "priorAwards" => members with { PriorAwards = value },
                        _ => members,
                    };
                }
            }

            // Only white space may follow the value; anything else throws here.
            reader.Read();
            return members;
        }

        private static string? Name(ref Utf8JsonReader reader, ref Members members)
        {
            try
            {
                return reader.ValueTextEquals("referenceDate"u8) ? "referenceDate"
                    : reader.ValueTextEquals("clauseIds"u8) ? "clauseIds"
                    : reader.ValueTextEquals("facts"u8) ? "facts"
                    : reader.ValueTextEquals("priorAwards"u8) ? "priorAwards"
                    : null;
            }
            catch (InvalidOperationException)
            {
                // An escaped lone surrogate in a name: answered once the rest is known to be JSON.
                members = members with { InvalidName = true };
                return null;
            }
        }
    }

    /// <summary>The problems in the order found: the first <see cref="MaxListedProblems"/> by field, the rest only
    /// counted, so a request full of mistakes is answered in a few kilobytes and read without building the rest.</summary>
    private sealed class Problems
    {
        private readonly Dictionary<string, List<string>> _listed = [];
        private int _listedCount;
        private int _unlisted;

        public bool Full => _listedCount == MaxListedProblems;

        public bool Any => _listedCount > 0;

        public void Add(string field, string message)
        {
            if (Full)
            {
                _unlisted++;
                return;
            }

            if (!_listed.TryGetValue(field, out var list))
            {
                _listed[field] = list = [];
            }

            list.Add(message);
            _listedCount++;
        }

        /// <summary>A problem found once the list is full.</summary>
        public void Count() => _unlisted++;

        public Result Refusal() => new(null, _listed.ToDictionary(e => e.Key, e => e.Value.ToArray()), _unlisted);
    }

    private static bool ReadValue(FactDefinition input, JsonElement element, out object? value, out string? problem)
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
            case InputType.Choice:
                if (element.ValueKind == JsonValueKind.String && input.Option(element.GetString()) is { } option)
                {
                    value = option.Code;
                    return true;
                }

                // The options are few and short, so naming them all keeps the answer small.
                var codes = string.Join(", ", input.Options.Select(o => o.Code));
                problem = $"须为以下之一 / Must be one of: {codes}";
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
}
