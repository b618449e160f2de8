using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// Reads an API request's body whole, but never more than a small limit: a declared length over it is refused before
/// anything is read, and a body without one (chunked) is refused as soon as it grows past it. A body that ends early
/// or breaks off is "unreadable", an answer of its own, not an exception. The rest of a refused body is left to the
/// server, which reads and discards it after the answer (for at most 5 s), so the client gets the 413 instead of a
/// reset connection.
/// </summary>
internal static class ApiRequestBody
{
    /// <summary>An evaluation request's limit. The largest realistic one (every clause, every input, fifty prior
    /// awards, indented) is about 25 KB, and a test keeps it under half of this; see docs/operations.md.</summary>
    public const int MaxEvaluationBytes = 64 * 1024;

    public enum Outcome
    {
        Read,
        TooLarge,
        Unreadable,
    }

    public readonly record struct Body(Outcome Outcome, byte[] Bytes);

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

            return new Body(Outcome.TooLarge, []);
        }

        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(request.HttpContext.RequestAborted);
                var buffer = result.Buffer;
                if (buffer.Length > limit)
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    return new Body(Outcome.TooLarge, []);
                }

                if (result.IsCompleted || result.IsCanceled)
                {
                    var bytes = buffer.ToArray();
                    reader.AdvanceTo(buffer.End);
                    return new Body(result.IsCanceled ? Outcome.Unreadable : Outcome.Read, bytes);
                }

                // Nothing consumed yet: the pipe keeps what arrived and wakes us when there is more.
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new Body(Outcome.TooLarge, []);
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException
                                      || (e is OperationCanceledException && request.HttpContext.RequestAborted.IsCancellationRequested))
        {
            // Ended before its declared length, a broken chunk, or the client went away: the client's doing, so an
            // answer (which may go nowhere) rather than an error in the portal's log.
            return new Body(Outcome.Unreadable, []);
        }
    }
}
