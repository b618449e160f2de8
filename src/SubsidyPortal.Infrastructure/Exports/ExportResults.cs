using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SubsidyPortal.Infrastructure.Exports;

public enum ExportFormat
{
    Xlsx,
    Csv,
}

/// <summary>Minimal-API results that stream an <see cref="ExportTable"/> to the response as a download.</summary>
public static class ExportResults
{
    /// <summary>
    /// A download of <paramref name="table"/>. <paramref name="fileName"/> (without extension, Chinese welcome) goes in
    /// Content-Disposition's filename* (UTF-8); <paramref name="asciiFileName"/> is the plain filename fallback for
    /// clients that do not read filename* (anything outside letters, digits, '.', '-', '_' becomes '_').
    /// </summary>
    public static IResult File(ExportTable table, ExportFormat format, string fileName, string asciiFileName) =>
        new ExportFileResult(table, format, fileName, asciiFileName);

    public static string ContentTypeOf(ExportFormat format) => format == ExportFormat.Xlsx ? XlsxExportWriter.ContentType : CsvExportWriter.ContentType;

    public static string ExtensionOf(ExportFormat format) => format == ExportFormat.Xlsx ? ".xlsx" : ".csv";

    /// <summary>attachment; filename="ascii.ext"; filename*=UTF-8''percent-encoded.ext</summary>
    public static string ContentDisposition(string fileName, string asciiFileName, ExportFormat format)
    {
        var header = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"\"{Ascii(asciiFileName)}{ExtensionOf(format)}\"",
            FileNameStar = fileName + ExtensionOf(format),
        };
        return header.ToString();
    }

    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '_');
        }

        return builder.Length == 0 ? "export" : builder.ToString();
    }

    private sealed class ExportFileResult(ExportTable table, ExportFormat format, string fileName, string asciiFileName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var cancellationToken = httpContext.RequestAborted;
            response.Headers.ContentDisposition = ContentDisposition(fileName, asciiFileName, format);
            response.ContentType = ContentTypeOf(format);
            if (format == ExportFormat.Csv)
            {
                // Streamed as written: the first rows reach the client while the rest are read.
                await CsvExportWriter.WriteAsync(table, response.Body, includeTitle: true, cancellationToken);
                return;
            }

            // The package needs a seekable stream (see XlsxExportWriter.WriteAsync): build it in a self-deleting temporary
            // file, then send it with its length; a failure while building is still a clean 500, not a cut-off file.
            await using var temporary = XlsxExportWriter.CreateTemporaryFile();
            await XlsxExportWriter.WriteAsync(table, temporary, cancellationToken);
            response.ContentLength = temporary.Length;
            temporary.Position = 0;
            await temporary.CopyToAsync(response.Body, cancellationToken);
        }
    }
}
