using Microsoft.AspNetCore.Http.Features;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Reads an API request's body whole, but never more than its limit: a declared length over it is refused before
/// anything is read, and a body without one (chunked) is refused as soon as it grows past it. A body that ends early
/// or breaks off is "unreadable", an answer of its own, not an exception. The rest of a refused body is left to the
/// server, which reads and discards it after the answer (for at most 5 s), so the client gets the 413 instead of a
/// reset connection.
/// </summary>
internal static class ApiRequestBody
{
    /// <summary>
    /// An evaluation request's limit, 8 MB. The largest realistic request (every clause, every input, fifty prior
    /// awards, indented) is about 25 KB; the limit is far above it so that a request full of mistakes — the issue's
    /// measure is 1,000,000 unknown clause ids, about 7 MB written as <c>"nope",</c> — is read and answered with its
    /// problems (at most 50 listed, the rest counted) rather than only "too large". The body is held while it is
    /// read and nothing is built per element, so a request costs about this much memory at most. The limit stays
    /// well under the server's own 30 MB (<see cref="PortalLimits.MaxRequestBodyBytes"/>), so an over-size body is
    /// this endpoint's 413 with a problem document. See docs/operations.md.
    /// </summary>
    public const int MaxEvaluationBytes = 8 * 1024 * 1024;

    // A chunked body starts in this much and doubles as it grows, up to one byte past the limit.
    private const int FirstChunkedBytes = 16 * 1024;

    public enum Outcome
    {
        Read,
        TooLarge,
        Unreadable,
    }

    public readonly record struct Body(Outcome Outcome, ReadOnlyMemory<byte> Content);

    public static async Task<Body> ReadAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            // Refused unread. The server discards the rest after the answer only up to its own body limit: raised to
            // the declared length (as RequestProblemMiddleware does for forms), or a client still sending a body over
            // 30 MB would see a broken connection instead of this answer.
            if (declared <= PortalLimits.DrainLimitBytes
                && request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = declared;
            }

            return new Body(Outcome.TooLarge, ReadOnlyMemory<byte>.Empty);
        }

        // Copied out as it arrives into one array (the declared length, or doubling up to the limit when sent chunked):
        // the server's own buffers are for reading ahead, not for holding a whole body.
        var known = request.ContentLength is not null;
        var buffer = new byte[request.ContentLength is { } length ? (int)length : Math.Min(FirstChunkedBytes, limit + 1)];
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    if (known)
                    {
                        // The server ends a body at its declared length.
                        break;
                    }

                    if (filled > limit)
                    {
                        return new Body(Outcome.TooLarge, ReadOnlyMemory<byte>.Empty);
                    }

                    Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, limit + 1L));
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(filled), request.HttpContext.RequestAborted);
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }

            return new Body(Outcome.Read, buffer.AsMemory(0, filled));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new Body(Outcome.TooLarge, ReadOnlyMemory<byte>.Empty);
        }
        catch (BadHttpRequestException)
        {
            // Ended before its declared length or a broken chunk: the client's doing, so an answer rather than an error.
            return new Body(Outcome.Unreadable, ReadOnlyMemory<byte>.Empty);
        }
        catch (Exception e) when (e is IOException
                                      || (e is OperationCanceledException && request.HttpContext.RequestAborted.IsCancellationRequested))
        {
            // The client reset the connection mid-body. Aborting tells the server the connection is finished, so it
            // does not try to drain a body whose read was cut off (which it logs as an error); the answer goes nowhere.
            request.HttpContext.Abort();
            return new Body(Outcome.Unreadable, ReadOnlyMemory<byte>.Empty);
        }
    }
}
