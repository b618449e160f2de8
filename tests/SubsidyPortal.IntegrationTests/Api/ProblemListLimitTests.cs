using System.Net;
using System.Text;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Web.Infrastructure;
using Xunit.Abstractions;

namespace SubsidyPortal.IntegrationTests.Api;

/// <summary>
/// Issue 12: an answer lists at most 50 problems and counts the rest, so a request full of mistakes gets a small
/// answer (measured before: 1,000,000 unknown ids, 5 MB, answered with 70.9 MB; then refused 413 under a 64 KB limit),
/// and reading it builds nothing for each mistake.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class ProblemListLimitTests(ApiServerFixture fixture, ITestOutputHelper output)
{
    /// <summary>As many unknown ids as fit under the body limit.</summary>
    private static string FullOfUnknownIds(out int count)
    {
        const string head = """{ "referenceDate": "2025-06-01", "clauseIds": [""";
        count = (ApiRequestBody.MaxEvaluationBytes - head.Length - 2) / 4;
        return head + string.Join(',', Enumerable.Repeat("\"?\"", count)) + "]}";
    }

    [Fact]
    public async Task Unknown_ids_filling_the_limit_get_fifty_problems_and_a_count_of_the_rest_in_a_small_answer()
    {
        var request = FullOfUnknownIds(out var count);
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var size = (await response.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(size < 20_000, $"{size:N0} bytes");
        var problem = await Api.ProblemAsync(response);
        Assert.Equal(50, problem.GetProperty("errors").EnumerateObject().Count());
        Assert.True(problem.GetProperty("errors").TryGetProperty("clauseIds[49]", out _));
        Assert.Equal(count - 50, problem.GetProperty("unlistedProblems").GetInt32());
        Assert.Equal($"还有 {count - 50} 个问题未列出（每次最多列出 50 个）。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_million_unknown_ids_sent_to_the_API_are_answered_400_in_a_small_answer()
    {
        var ids = string.Join(',', Enumerable.Repeat("\"nope\"", 1_000_000));
        var request = $$"""{ "referenceDate": "2025-06-01", "clauseIds": [{{ids}}] }""";
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, request);

        Assert.InRange(Encoding.UTF8.GetByteCount(request), 7_000_000, ApiRequestBody.MaxEvaluationBytes);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var size = (await response.Content.ReadAsByteArrayAsync()).Length;
        output.WriteLine($"{Encoding.UTF8.GetByteCount(request):N0} bytes sent, {size:N0} answered.");
        Assert.True(size < 20_000, $"{size:N0} bytes");
        var problem = await Api.ProblemAsync(response);
        Assert.Equal("请求有误", problem.GetProperty("title").GetString());
        Assert.Equal(50, problem.GetProperty("errors").EnumerateObject().Count());
        Assert.Equal("未知的条款编号 nope / Unknown clause id nope.", problem.GetProperty("errors").GetProperty("clauseIds[0]")[0].GetString());
        Assert.Equal(999_950, problem.GetProperty("unlistedProblems").GetInt32());
        Assert.Empty(errors());
    }

    [Fact]
    public void Reading_a_million_unknown_ids_builds_nothing_for_each()
    {
        var body = Encoding.UTF8.GetBytes($$"""{ "referenceDate": "2025-06-01", "clauseIds": [{{string.Join(',', Enumerable.Repeat("\"nope\"", 1_000_000))}}] }""");
        EvaluationRequestReader.Read(Encoding.UTF8.GetBytes("""{ "referenceDate": "2025-06-01", "clauseIds": ["nope"] }"""));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (request, errors, unlisted) = EvaluationRequestReader.Read(body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{allocated:N0} bytes allocated reading {body.Length:N0}.");

        // Building a document of the body, or a string per id, would allocate several times the body's 7 MB.
        Assert.Null(request);
        Assert.Equal(50, errors.Count);
        Assert.Equal(999_950, unlisted);
        Assert.True(allocated < 200_000, $"{allocated:N0} bytes allocated reading {body.Length:N0}");
    }

    [Fact]
    public async Task The_count_of_the_rest_is_in_English_when_English_is_chosen()
    {
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, FullOfUnknownIds(out var count), culture: "en");

        var problem = await Api.ProblemAsync(response);
        Assert.Equal("The request has problems", problem.GetProperty("title").GetString());
        Assert.Equal($"And {count - 50} more problems not listed (at most 50 are listed at once).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Fifty_problems_or_fewer_are_all_listed_with_no_count()
    {
        using var client = fixture.Client();
        var ids = string.Join(',', Enumerable.Range(0, 50).Select(i => $"\"nope/{i}\""));

        var response = await Api.PostAsync(client, $$"""{ "referenceDate": "2025-06-01", "clauseIds": [{{ids}}] }""");

        var problem = await Api.ProblemAsync(response);
        Assert.Equal(50, problem.GetProperty("errors").EnumerateObject().Count());
        Assert.False(problem.TryGetProperty("unlistedProblems", out _));
        Assert.False(problem.TryGetProperty("detail", out _));
    }

    [Fact]
    public void A_million_unknown_ids_read_from_a_file_list_fifty_and_count_the_rest()
    {
        // The command line reads files of any size with the same reader.
        var ids = string.Join(',', Enumerable.Repeat("\"nope\"", 1_000_000));

        var (request, errors, unlisted) = EvaluationRequestReader.Read($$"""{ "referenceDate": "2025-06-01", "clauseIds": [{{ids}}] }""");

        Assert.Null(request);
        Assert.Equal(50, errors.Values.Sum(m => m.Length));
        Assert.Equal(999_950, unlisted);
    }

    [Fact]
    public async Task A_thousand_prior_awards_are_weighed_and_one_more_is_refused_naming_the_list()
    {
        using var client = fixture.Client();
        static string Request(int awards) =>
            $$"""{ "referenceDate": "2025-06-01", "clauseIds": ["changning-2024/6-high-tech-first"], "priorAwards": [{{string.Join(',', Enumerable.Repeat("""{ "clauseId": "x", "amount": "1.00", "awardedOn": "2024-01-01" }""", awards))}}] }""";

        var atBound = await Api.PostAsync(client, Request(EvaluationRequestReader.MaxPriorAwards));
        var overBound = await Api.PostAsync(client, Request(EvaluationRequestReader.MaxPriorAwards + 1));

        Assert.Equal(HttpStatusCode.OK, atBound.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overBound.StatusCode);
        var errors = (await Api.ProblemAsync(overBound)).GetProperty("errors");
        Assert.Equal("已获支持最多 1000 项 / At most 1,000 prior awards.", Assert.Single(errors.EnumerateObject()).Value[0].GetString());
        Assert.True(errors.TryGetProperty("priorAwards", out _));
    }

    [Fact]
    public async Task An_unknown_id_is_echoed_only_in_part()
    {
        using var client = fixture.Client();
        var id = new string('x', 30_000);

        var response = await Api.PostAsync(client, $$"""{ "referenceDate": "2025-06-01", "clauseIds": ["{{id}}"] }""");

        var size = (await response.Content.ReadAsByteArrayAsync()).Length;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(size < 2_000, $"{size:N0} bytes");
    }

    [Fact]
    public async Task A_clause_named_twice_is_refused_rather_than_answered_twice()
    {
        using var client = fixture.Client();
        var ids = string.Join(',', Enumerable.Repeat("\"changning-2024/6-high-tech-first\"", 1000));

        var response = await Api.PostAsync(client, $$"""{ "referenceDate": "2025-06-01", "clauseIds": [{{ids}}] }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Api.ProblemAsync(response)).GetProperty("errors");
        Assert.False(errors.TryGetProperty("clauseIds[0]", out _));
        Assert.Contains("listed more than once", errors.GetProperty("clauseIds[1]")[0].GetString(), StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(errors.ToString()) < 20_000);
    }
}
