using System.Buffers.Binary;
using PdfSharp.Fonts;

namespace SubsidyPortal.Infrastructure.Documents;

/// <summary>
/// The CJK font the documents embed (PDFsharp subsets it: only the glyphs used go into the file). PDFsharp reads a
/// TrueType font, not a collection, so the first face of a .ttc (文泉驿正黑 in fonts-wqy-zenhei) is cut out of it.
/// PDFsharp's resolver is process-wide and set once; the first configured file wins.
/// </summary>
public static class DocumentFont
{
    public const string DefaultFile = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    public const string Family = "PortalCjk";

    private static readonly Lock Gate = new();
    private static Resolver? _resolver;

    /// <summary>Installs the resolver for <paramref name="file"/> (once); throws with the remedy when the font is missing.</summary>
    public static void Ensure(string? file)
    {
        lock (Gate)
        {
            if (_resolver is not null)
            {
                return;
            }

            var path = string.IsNullOrWhiteSpace(file) ? DefaultFile : file;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The documents' font {path} is missing: install the Debian package fonts-wqy-zenhei, or set Documents:FontFile to a TrueType CJK font.");
            }

            var bytes = File.ReadAllBytes(path);
            _resolver = new Resolver(IsCollection(bytes) ? FirstFace(bytes) : bytes);
            GlobalFontSettings.FontResolver = _resolver;
        }
    }

    private static bool IsCollection(byte[] bytes) => bytes.Length > 12 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';

    /// <summary>The collection's first face as a standalone font: its table directory, with each table copied after it
    /// (4-byte aligned) and the offsets rewritten. Table checksums are of the tables' bytes, so they still hold.</summary>
    internal static byte[] FirstFace(byte[] ttc)
    {
        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(ttc.AsSpan(12));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(ttc.AsSpan(face + 4));
        var headerLength = 12 + (16 * tables);
        using var body = new MemoryStream();
        var header = new byte[headerLength];
        ttc.AsSpan(face, 12).CopyTo(header);
        for (var i = 0; i < tables; i++)
        {
            var record = ttc.AsSpan(face + 12 + (16 * i), 16);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            var target = header.AsSpan(12 + (16 * i), 16);
            record[..8].CopyTo(target);
            BinaryPrimitives.WriteUInt32BigEndian(target[8..], (uint)(headerLength + body.Length));
            BinaryPrimitives.WriteUInt32BigEndian(target[12..], (uint)length);
            body.Write(ttc, offset, length);
            while (body.Length % 4 != 0)
            {
                body.WriteByte(0);
            }
        }

        return [.. header, .. body.ToArray()];
    }

    private sealed class Resolver(byte[] font) : IFontResolver
    {
        // One face for every family and style asked for: the documents use one font, bold by size only.
        public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(Family);

        public byte[] GetFont(string faceName) => font;
    }
}
