using System.Net;
using System.Text;
using System.Text.Json;

namespace SubsidyPortal.IntegrationTests.Api;

/// <summary>
/// Issue 12: a body that is not whole, valid JSON (cut off, malformed, not UTF-8, nested beyond reason) is answered
/// 400 with a problem document saying it could not be read; a connection cut mid-body is the client's doing and
/// leaves no error in the portal's log.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class UnreadableEvaluationBodyTests(ApiServerFixture fixture)
{
    public static TheoryData<string> UnreadableTexts() => new()
    {
        string.Empty,
        "   ",
        "{",
        """{ "referenceDate": "2025-06-01", "clauseIds": ["changning-2024/6-high-tech-first""",
        """{ "referenceDate": "2025-06-01" }}""",
        """{ "referenceDate": '2025-06-01' }""",
        """{ referenceDate: "2025-06-01" }""",
        """{ "facts": { "revenue": NaN } }""",
        "referenceDate=2025-06-01",
        new string('[', 1000) + new string(']', 1000),
        string.Concat(Enumerable.Repeat("""{ "a": """, 100)) + "1" + new string('}', 100),
    };

    [Theory]
    [MemberData(nameof(UnreadableTexts))]
    public async Task Malformed_or_truncated_JSON_is_answered_400_saying_the_body_could_not_be_read(string body)
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Api.ProblemAsync(response);
        Assert.Equal("无法读取请求内容", problem.GetProperty("title").GetString());
        Assert.Contains("不是完整、有效的 JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"第 \d+ 行第 \d+ 字节附近", problem.GetProperty("errors").GetProperty("body")[0].GetString()!);
        Assert.Empty(errors());
    }

    [Fact]
    public async Task A_body_that_is_not_UTF_8_is_answered_400_not_read_as_replacement_characters()
    {
        using var client = fixture.Client();
        var bytes = Encoding.UTF8.GetBytes("""{ "referenceDate": "2025-06-01", "facts": { "matter": "X" } }""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        using var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await client.Http.PostAsync(Api.Evaluate, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Api.ProblemAsync(response);
        Assert.Equal("无法读取请求内容", problem.GetProperty("title").GetString());
        Assert.Contains("不是有效的 UTF-8", problem.GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lone_surrogate_escape_is_answered_400_naming_the_body()
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();

        var inId = await Api.PostAsync(client, """{ "referenceDate": "2025-06-01", "clauseIds": ["\uD800"] }""");
        var inName = await Api.PostAsync(client, """{ "referenceDate": "2025-06-01", "facts": { "\uDC00": 1 } }""");

        foreach (var response in new[] { inId, inName })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("无效的 Unicode", (await Api.ProblemAsync(response)).GetProperty("errors").GetProperty("body")[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(errors());
    }

    [Fact]
    public async Task The_unreadable_answer_is_in_English_when_English_is_chosen()
    {
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, "{", culture: "en");

        var problem = await Api.ProblemAsync(response);
        Assert.Equal("The request body could not be read", problem.GetProperty("title").GetString());
        Assert.Equal("The body is not complete, valid JSON (UTF-8).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_that_ends_before_its_declared_length_is_answered_400_and_logs_no_error()
    {
        var errors = fixture.ErrorsFromNow();
        var answers = fixture.AnswersFromNow(Api.Evaluate);

        // The client stops sending 970 bytes short of what it declared and closes its side. Kestrel takes that as the
        // connection closing, so the answer is not delivered; the request log shows what was answered.
        await Api.RawAsync(fixture.BaseAddress, Raw(1000, """{ "referenceDate": "2025-06-01", "clauseIds": ["""), closeSending: true, TimeSpan.FromSeconds(5));

        Assert.Equal([400], await EventuallyAsync(answers));
        Assert.Empty(errors());
    }

    [Fact]
    public async Task A_client_that_resets_the_connection_mid_body_leaves_no_error_and_the_next_request_is_answered()
    {
        var errors = fixture.ErrorsFromNow();
        var answers = fixture.AnswersFromNow(Api.Evaluate);
        using (var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp))
        {
            await socket.ConnectAsync(fixture.BaseAddress.Host, fixture.BaseAddress.Port);
            await socket.SendAsync(Raw(50_000, """{ "referenceDate": "2025-"""));
            // Let the server start reading, then reset (not a graceful close): the connection is simply gone. A reset
            // that overtakes the request discards it unread, so whether it is answered at all is up to timing.
            await Task.Delay(500);
            socket.LingerState = new System.Net.Sockets.LingerOption(true, 0);
        }

        await EventuallyAsync(answers, TimeSpan.FromSeconds(3));
        using var client = fixture.Client();

        Assert.All(answers(), status => Assert.InRange(status, 400, 499));
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync(client, Api.ValidRequest)).StatusCode);
        Assert.Empty(errors());
    }

    /// <summary>The answers once there is one (the server finishes the request after the client is gone).</summary>
    private static async Task<IReadOnlyList<int>> EventuallyAsync(Func<IReadOnlyList<int>> answers, TimeSpan? wait = null)
    {
        var until = DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(10));
        while (answers().Count == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        return answers();
    }

    /// <summary>A request declaring one length and carrying only the start of a body.</summary>
    private static byte[] Raw(int declaredLength, string start) => Encoding.UTF8.GetBytes(
        $"POST {Api.Evaluate} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {declaredLength}\r\n\r\n{start}");
}
