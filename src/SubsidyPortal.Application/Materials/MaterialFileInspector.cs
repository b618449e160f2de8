using System.Security.Cryptography;
using SubsidyPortal.Application.Validation;

namespace SubsidyPortal.Application.Materials;

/// <summary>
/// Inspects one uploaded material before anything is stored: not empty, at most 20 MB, and a PDF, JPEG, PNG or
/// OFD by its content. The browser's name and Content-Type decide nothing; the name's extension may only agree.
/// </summary>
/// <remarks>
/// <para>Signatures, checked in this order on the first bytes:</para>
/// <list type="bullet">
/// <item>PDF: <c>%PDF-</c> at offset 0. Desktop readers tolerate the header anywhere in the first 1024 bytes,
/// but ISO 32000 puts it first, every scanner, office suite and WPS writes it first, and accepting leading
/// bytes is how PDF polyglots (a file that is also HTML, a ZIP or a script) get through. A file that only
/// passes the lenient rule is refused as an unsupported type.</item>
/// <item>PNG: its 8-byte signature. JPEG: FF D8 FF.</item>
/// <item>OFD: a ZIP (local header <c>PK\x03\x04</c> at offset 0) whose directory lists <c>OFD.xml</c> at the root,
/// spelt exactly so (ZIP names are case-sensitive and GB/T 33190 names it so). The archive is opened read-only
/// from memory and nothing is decompressed; archives with more than <see cref="MaxOfdEntries"/> entries are refused.</item>
/// </list>
/// <para>A name "claims" a type only when it ends in something that looks like an extension (see
/// <see cref="MaterialFileNames.ClaimedExtension"/>); a name without one is accepted and gets the detected extension.</para>
/// <para>Stateless and thread-safe; nothing to register.</para>
/// </remarks>
public static class MaterialFileInspector
{
    /// <summary>20 MB: the most one material may weigh.</summary>
    public const int MaxBytes = MaxMegabytes * 1024 * 1024;

    /// <summary>Far more than any real OFD document needs (each page is a few entries), far fewer than a ZIP bomb's directory.</summary>
    public const int MaxOfdEntries = 10_000;

    public const int MaxMegabytes = 20;
    private const int FirstChunkLength = 64 * 1024;
    private const int LargestChunkLength = 4 * 1024 * 1024;

    public const string EmptyCode = "material.empty";
    public const string TooLargeCode = "material.too-large";
    public const string UnsupportedTypeCode = "material.unsupported-type";
    public const string ContentMismatchCode = "material.content-mismatch";

    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <summary>
    /// Reads <paramref name="content"/> to its end, but never more than <see cref="MaxBytes"/> + 1 bytes whatever
    /// the stream says its length is; on refusal for size the rest of the stream is left unread. The bytes of an
    /// accepted file come back in the result, ready to store.
    /// </summary>
    /// <param name="originalName">The name the browser sent; used only for the display name and the extension check.</param>
    public static async Task<MaterialInspectionResult> InspectAsync(Stream content, string? originalName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var displayName = MaterialFileNames.ToDisplayName(originalName);

        var bytes = await ReadAtMostAsync(content, MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return Refuse(TooLargeCode, displayName, MaxMegabytes);
        }

        if (bytes.Length == 0)
        {
            return Refuse(EmptyCode, displayName);
        }

        if (Detect(bytes) is not { } kind)
        {
            return Refuse(UnsupportedTypeCode, displayName);
        }

        var claimed = MaterialFileNames.ClaimedExtension(displayName);
        if (claimed.Length == 0)
        {
            displayName = MaterialFileNames.ToDisplayName(displayName + kind.Extension());
        }
        else if (!kind.IsExtensionOf(claimed))
        {
            return Refuse(ContentMismatchCode, displayName, kind.DisplayName(), claimed);
        }

        return new MaterialInspectionResult.Accepted(
            kind,
            StoredName: $"{Guid.NewGuid():N}{kind.Extension()}",
            displayName,
            bytes.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            bytes);
    }

    private static MaterialFileKind? Detect(byte[] bytes)
    {
        var head = bytes.AsSpan();
        if (head.StartsWith(PdfSignature))
        {
            return MaterialFileKind.Pdf;
        }

        if (head.StartsWith(PngSignature))
        {
            return MaterialFileKind.Png;
        }

        if (head.StartsWith(JpegSignature))
        {
            return MaterialFileKind.Jpeg;
        }

        return OfdPackage.IsOfd(bytes, MaxOfdEntries) ? MaterialFileKind.Ofd : null;
    }

    /// <summary>
    /// All of the stream, or null as soon as it proves longer than <paramref name="limit"/>. Reads into growing
    /// chunks (never asking for more than one byte past the limit) so small files stay cheap and large ones
    /// are not reallocated on every doubling.
    /// </summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        var full = new List<byte[]>();
        var chunk = new byte[FirstChunkLength];
        var used = 0;
        var total = 0;
        while (true)
        {
            if (used == chunk.Length)
            {
                full.Add(chunk);
                chunk = new byte[Math.Min(Math.Min(chunk.Length * 2, LargestChunkLength), limit + 1 - total)];
                used = 0;
            }

            var read = await stream.ReadAsync(chunk.AsMemory(used, Math.Min(chunk.Length - used, limit + 1 - total)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            used += read;
            total += read;
            if (total > limit)
            {
                return null;
            }
        }

        if (full.Count == 0 && used == chunk.Length)
        {
            return chunk;
        }

        var bytes = new byte[total];
        var offset = 0;
        foreach (var piece in full)
        {
            piece.CopyTo(bytes, offset);
            offset += piece.Length;
        }

        chunk.AsSpan(0, used).CopyTo(bytes.AsSpan(offset));
        return bytes;
    }

    private static MaterialInspectionResult.Refused Refuse(string code, string displayName, params object[] more) =>
        new(code, ValidationText.Get(code, [displayName, .. more]), displayName);
}
