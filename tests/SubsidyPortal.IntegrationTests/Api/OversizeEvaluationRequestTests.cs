using System.Net;
using System.Text;
using System.Text.Json;
using SubsidyPortal.Web.Infrastructure;
using Xunit.Abstractions;

namespace SubsidyPortal.IntegrationTests.Api;

/// <summary>
/// Issue 12: an evaluation request has a limit (8 MB) far above the largest realistic request, so that a request full
/// of mistakes is answered with its problems (ProblemListLimitTests), and a body over it is answered 413 with a problem
/// document in the user's language, whether its length was declared or not.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class OversizeEvaluationRequestTests(ApiServerFixture fixture, ITestOutputHelper output)
{
    private const int Limit = ApiRequestBody.MaxEvaluationBytes;

    [Fact]
    public async Task The_largest_realistic_request_is_under_half_the_limit_and_is_evaluated()
    {
        var request = Api.LargestRealisticRequest();
        var bytes = Encoding.UTF8.GetByteCount(request);
        output.WriteLine($"Largest realistic request: {bytes:N0} bytes; limit {Limit:N0}.");
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, request);

        Assert.True(bytes < Limit / 2, $"{bytes:N0} bytes");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read_and_one_byte_more_is_413()
    {
        var padded = Api.ValidRequest + new string(' ', Limit - Encoding.UTF8.GetByteCount(Api.ValidRequest));
        using var client = fixture.Client();

        var atLimit = await Api.PostAsync(client, padded);
        var overLimit = await Api.PostAsync(client, padded + " ");

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overLimit.StatusCode);
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_is_answered_413_with_a_Chinese_problem_document()
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, Api.ValidRequest + new string(' ', Limit));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await Api.ProblemAsync(response);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        Assert.Equal("请求内容过大", problem.GetProperty("title").GetString());
        Assert.Contains("最多 8388608 字节（8 MB）", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(Limit, problem.GetProperty("limitBytes").GetInt32());
        Assert.Empty(errors());
    }

    [Fact]
    public async Task The_too_large_answer_is_in_English_when_English_is_chosen()
    {
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, Api.ValidRequest + new string(' ', Limit), culture: "en");

        var problem = await Api.ProblemAsync(response);
        Assert.Equal("The request body is too large", problem.GetProperty("title").GetString());
        Assert.Contains("at most 8388608 bytes (8 MB)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_that_grows_over_the_limit_is_answered_413_not_500()
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();
        using var body = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(Api.ValidRequest + new string(' ', 2 * Limit))));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await client.Http.PostAsync(Api.Evaluate, body);

        Assert.Null(body.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("请求内容过大", (await Api.ProblemAsync(response)).GetProperty("title").GetString());
        Assert.Empty(errors());
    }

    [Fact]
    public async Task More_unknown_ids_than_the_limit_holds_are_413_unread_with_a_small_answer()
    {
        // 1,500,000 ids are 10.5 MB: past the limit, so refused before any of it is read.
        var ids = string.Join(',', Enumerable.Repeat("\"nope\"", 1_500_000));
        var request = $$"""{ "referenceDate": "2025-06-01", "clauseIds": [{{ids}}] }""";
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, request);

        Assert.True(Encoding.UTF8.GetByteCount(request) > Limit);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 2_000);
        Assert.Equal(Limit, (await Api.ProblemAsync(response)).GetProperty("limitBytes").GetInt32());
        Assert.Empty(errors());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_servers_own_30_MB_limit_is_answered_413_not_500(bool declared)
    {
        var errors = fixture.ErrorsFromNow();
        var bytes = Encoding.UTF8.GetBytes(Api.ValidRequest + new string(' ', 31_000_000));

        var (status, body) = await PostRawAsync(bytes, declared);

        Assert.Equal(413, status);
        Assert.Equal("请求内容过大", JsonDocument.Parse(body).RootElement.GetProperty("title").GetString());
        Assert.Empty(errors());
    }

    /// <summary>
    /// Posts the body over a plain socket and stops sending as soon as the answer arrives, as a browser does. HttpClient
    /// keeps writing after an early answer; once Kestrel has drained 30 MB it closes, and the client's next write then
    /// broke the pipe before the answer was read (seen once in a full run), so the 413 could not be asserted.
    /// </summary>
    private async Task<(int Status, string Body)> PostRawAsync(byte[] bytes, bool declared)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(fixture.BaseAddress.Host, fixture.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST {Api.Evaluate} HTTP/1.1\r\nHost: {fixture.BaseAddress.Authority}\r\nContent-Type: application/json\r\n"
                   + (declared ? $"Content-Length: {bytes.Length}\r\n" : "Transfer-Encoding: chunked\r\n") + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        const int Chunk = 64 * 1024;
        try
        {
            for (var offset = 0; offset < bytes.Length && !stream.DataAvailable; offset += Chunk)
            {
                var length = Math.Min(Chunk, bytes.Length - offset);
                if (!declared)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{length:X}\r\n"));
                }

                await stream.WriteAsync(bytes.AsMemory(offset, length));
                if (!declared)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray());
                }
            }
        }
        catch (IOException)
        {
            // The server stopped reading; its answer is already on its way.
        }

        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!Answered(received.ToArray(), out _, out _))
        {
            var read = await stream.ReadAsync(buffer, reading.Token);
            if (read == 0)
            {
                break;
            }

            received.Write(buffer, 0, read);
        }

        Assert.True(Answered(received.ToArray(), out var status, out var body), "no complete answer: " + Encoding.UTF8.GetString(received.ToArray()));
        return (status, body);
    }

    /// <summary>Whether the bytes hold a whole answer, its body sized by Content-Length or sent in chunks.</summary>
    private static bool Answered(byte[] received, out int status, out string body)
    {
        (status, body) = (0, string.Empty);
        var text = Encoding.UTF8.GetString(received);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var headers = text[..end].Split("\r\n");
        status = int.Parse(headers[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var rest = text[(end + 4)..];
        if (headers.Any(h => h.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && h.Contains("chunked", StringComparison.OrdinalIgnoreCase)))
        {
            var decoded = new StringBuilder();
            while (rest.IndexOf("\r\n", StringComparison.Ordinal) is var lineEnd and >= 0)
            {
                var size = Convert.ToInt32(rest[..lineEnd].Split(';')[0].Trim(), 16);
                if (size == 0)
                {
                    body = decoded.ToString();
                    return true;
                }

                var chunk = Encoding.UTF8.GetBytes(rest[(lineEnd + 2)..]);
                if (chunk.Length < size + 2)
                {
                    return false;
                }

                var piece = Encoding.UTF8.GetString(chunk, 0, size);
                decoded.Append(piece);
                rest = rest[(lineEnd + 2 + piece.Length + 2)..];
            }

            return false;
        }

        var lengthHeader = headers.FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthHeader is null ? 0 : int.Parse(lengthHeader["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var bodyBytes = Encoding.UTF8.GetBytes(rest);
        if (bodyBytes.Length < length)
        {
            return false;
        }

        body = Encoding.UTF8.GetString(bodyBytes, 0, length);
        return true;
    }

    /// <summary>Bytes that will not say how many: HttpClient sends them chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
