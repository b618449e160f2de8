using System.Buffers;
using System.Diagnostics;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace SubsidyPortal.Web.Infrastructure;

/// <summary>Why a form post could not be handled, in terms the status page explains to the person who sent it.</summary>
public enum RequestProblemKind
{
    /// <summary>The form's antiforgery token no longer fits: the page was open too long, or the user signed in, out or
    /// as someone else in another tab.</summary>
    FormExpired,

    /// <summary>The post names a form the page no longer renders: the page changed since it was loaded.</summary>
    FormChanged,

    /// <summary>The body is larger than the portal accepts.</summary>
    TooLarge,
}

/// <summary>Set on the request when a post is refused; the status page it re-executes reads it.</summary>
public sealed record RequestProblem(RequestProblemKind Kind, string Number, long? ContentLength);

/// <summary>How much one request may carry.</summary>
public static class PortalLimits
{
    /// <summary>One request body: a 20 MB material file plus its form, with room to spare (Kestrel's own default, kept
    /// explicit so the page that refuses a larger one can name it).</summary>
    public const long MaxRequestBodyBytes = 30_000_000;

    /// <summary>A body over the limit but under this size is read to its end and thrown away before the answer: a
    /// browser still sending its upload would otherwise see a reset connection instead of the page that explains.</summary>
    public const long DrainLimitBytes = 200_000_000;

    public static int Megabytes(long bytes) => (int)Math.Ceiling(bytes / 1_000_000m);
}

/// <summary>
/// Turns the framework's answers to a form post it cannot handle (a bare 400 or 413, in Development its English text)
/// into the status page in the user's language, and logs each. Sits inside the status-code pages, so the page is
/// re-executed with the request's state; the re-execution itself is rendered as a page view, not as a second post.
/// </summary>
internal sealed partial class RequestProblemMiddleware(RequestDelegate next, ILogger<RequestProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            // The error and status pages are re-run with the original method: as a POST they would try to handle the
            // form again (checking its token, reading its body) and fail the same way, leaving an empty page.
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            await next(context);
            return;
        }

        // The API answers its own bodies' problems (ApiRequestBody) with problem documents, not with a page.
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength is { } declared && declared > PortalLimits.MaxRequestBodyBytes)
        {
            await DrainAsync(context, declared);
            Refuse(context, RequestProblemKind.TooLarge, declared);
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }

        // A page's own answer to a post is held back until it is known to be a real page, so the framework's text
        // never reaches the browser. Posts are answered whole anyway (no streaming rendering).
        var isPage = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        var held = isPage ? new HeldResponseBody(buffer) : null;
        if (held is not null)
        {
            context.Features.Set<IHttpResponseBodyFeature>(held);
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // A body without a declared length that grew past the limit while it was read.
            context.Features.Set(original);
            Refuse(context, RequestProblemKind.TooLarge, context.Request.ContentLength);
            return;
        }
        finally
        {
            if (held is not null)
            {
                await held.CompleteAsync();
                context.Features.Set(original);
            }
        }

        if (Diagnose(context, isPage, buffer.Length) is { } kind)
        {
            Refuse(context, kind, context.Request.ContentLength);
            return;
        }

        if (held is not null && buffer.Length > 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }

    /// <summary>What went wrong with a post the endpoint answered 400, if it was one of the problems people can act on.</summary>
    private static RequestProblemKind? Diagnose(HttpContext context, bool isPage, long written)
    {
        if (context.Response.StatusCode != StatusCodes.Status400BadRequest || context.Response.HasStarted)
        {
            return null;
        }

        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } antiforgery)
        {
            // No endpoint runs after a failed token check; the 400 is the framework's (in Development with its text).
            // Reading the form for its token is also where an oversized body without a declared length surfaces.
            return IsTooLarge(antiforgery.Error) ? RequestProblemKind.TooLarge : RequestProblemKind.FormExpired;
        }

        // Razor components answer a post naming a form they do not render with an empty 400 (in Development, plain
        // text); a page that chose to answer 400 itself would have rendered HTML.
        var dispatchFailed = isPage && (written == 0 || context.Response.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true);
        return dispatchFailed ? RequestProblemKind.FormChanged : null;
    }

    private static bool IsTooLarge(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }

    private void Refuse(HttpContext context, RequestProblemKind kind, long? length)
    {
        var number = Activity.Current?.TraceId.ToString() is { Length: > 0 } trace ? trace[..12] : context.TraceIdentifier;
        LogRefused(logger, number, kind, context.Request.Method, context.Request.Path, context.User.Identity?.Name ?? "anonymous", length);
        context.Features.Set(new RequestProblem(kind, number, length));
        context.Response.Clear();
        // No body and no content type: the status-code pages re-execute /status/{code}, which reads the problem.
        context.Response.StatusCode = kind == RequestProblemKind.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
    }

    private static async Task DrainAsync(HttpContext context, long declared)
    {
        if (declared > PortalLimits.DrainLimitBytes)
        {
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = declared;
        }

        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (await context.Request.Body.ReadAsync(chunk, context.RequestAborted) > 0)
            {
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The sender gave up; the answer below goes nowhere, which is fine.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request problem {ProblemNumber}: {Problem} on {Method} {Path} for {User} ({ContentLength} bytes)")]
    private static partial void LogRefused(ILogger logger, string problemNumber, RequestProblemKind problem, string method, string path, string user, long? contentLength);

    /// <summary>Holds a page's answer in memory (and keeps the response unstarted) until it is known to be sent.</summary>
    private sealed class HeldResponseBody(MemoryStream buffer) : IHttpResponseBodyFeature
    {
        private PipeWriter? _writer;

        public Stream Stream => buffer;

        public PipeWriter Writer => _writer ??= PipeWriter.Create(buffer, new StreamPipeWriterOptions(leaveOpen: true));

        public void DisableBuffering()
        {
        }

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            SendFileFallback.SendFileAsync(buffer, path, offset, count, cancellationToken);

        public async Task CompleteAsync()
        {
            if (_writer is not null)
            {
                await _writer.FlushAsync();
            }
        }
    }
}
