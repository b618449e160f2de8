using System.Security.Cryptography;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Documents;

namespace SubsidyPortal.Application.Documents;

/// <summary>
/// 申报书, 受理回执, 立项通知书, 拨付通知 and 追回通知书 as PDF, each issued once from the stored record with a 验证码; and
/// the public check of a printed or downloaded copy by its code.
/// </summary>
public interface IIssuedDocuments
{
    /// <summary>
    /// The document for a subject the actor may see (the enterprise itself, or staff of its authority), issued now if it
    /// was not yet: from the stored snapshot, once (a second call, or a racing one, returns the first). Null when the
    /// subject is unknown, not the actor's, or not at the stage the document records (nothing to say yet).
    /// </summary>
    Task<IssuedFile?> IssueAsync(DocumentKind kind, Guid subjectId, Actor actor, CancellationToken cancellationToken);

    /// <summary>Which documents the actor may download for these subjects now (to show links beside them).</summary>
    Task<IReadOnlyList<DocumentLink>> AvailableAsync(Guid? applicationId, Guid? awardId, Actor actor, CancellationToken cancellationToken);
}

/// <summary>核验: the public check of an issued document by its 验证码 (anonymous; reads only the public summary).</summary>
public interface IDocumentVerification
{
    /// <summary>What was issued under a code, for anyone: only the public summary. Null for an unknown or malformed code.</summary>
    Task<VerifiedDocument?> VerifyAsync(string code, CancellationToken cancellationToken);
}

/// <summary>The PDF as issued, with the name to save it under.</summary>
public sealed record IssuedFile(string Code, DocumentKind Kind, byte[] Pdf, string FileName, string FileSha256);

/// <summary>A document that can be downloaded: its kind, its subject, and a word saying which one (a tranche's label).</summary>
public sealed record DocumentLink(DocumentKind Kind, Guid SubjectId, string? Detail)
{
    public string Href => $"/documents/{Kind.Slug()}/{SubjectId}.pdf";
}

/// <summary>One line of the public summary, as printed (Chinese label, formatted value).</summary>
public sealed record SummaryLine(string Label, string Value);

/// <summary>What the verification page shows for a code: never more than the public notice published.</summary>
public sealed record VerifiedDocument(
    string Code,
    DocumentKind Kind,
    DateTimeOffset IssuedAt,
    string IssuerName,
    string RecipientName,
    IReadOnlyList<SummaryLine> Summary,
    string ContentSha256,
    string FileSha256)
{
    /// <summary>Whether a file (or a SHA-256 typed in hex) is the issued one, byte for byte.</summary>
    public bool Matches(string sha256Hex) => string.Equals(sha256Hex.Trim(), FileSha256, StringComparison.OrdinalIgnoreCase);
}

public static class DocumentHashes
{
    /// <summary>SHA-256 as 64 lower-case hex digits.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static async Task<string> Sha256Async(Stream stream, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));

    /// <summary>A pasted SHA-256: 64 hex digits, spaces and colons ignored; null otherwise.</summary>
    public static string? ReadHex(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var hex = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != ':').ToArray()).ToLowerInvariant();
        return hex.Length == 64 && hex.All(Uri.IsHexDigit) ? hex : null;
    }
}
