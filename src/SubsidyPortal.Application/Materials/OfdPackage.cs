using System.Buffers.Binary;
using System.IO.Compression;

namespace SubsidyPortal.Application.Materials;

/// <summary>
/// Recognises a GB/T 33190 OFD package: a ZIP archive with an entry named exactly OFD.xml at its root. Only the
/// archive's directory is read; no entry is decompressed.
/// </summary>
internal static class OfdPackage
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndOfDirectorySignature = 0x06054b50;
    private const int EndOfDirectoryLength = 22;
    private const int CentralHeaderLength = 46;
    private const string EntryFile = "OFD.xml";

    public static bool StartsLikeZip(ReadOnlySpan<byte> content) =>
        content.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(content) == LocalHeaderSignature;

    public static bool IsOfd(byte[] content, int maxEntries)
    {
        if (!StartsLikeZip(content) || !DirectoryIsSmall(content, maxEntries))
        {
            return false;
        }

        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return archive.Entries.Count <= maxEntries
                   && archive.Entries.Any(e => string.Equals(e.FullName, EntryFile, StringComparison.Ordinal));
        }
        catch (InvalidDataException)
        {
            return false; // damaged or not really a ZIP
        }
    }

    /// <summary>
    /// ZipArchive materialises an object per directory entry, and a 20 MB file can hold some 450,000 of them. So
    /// before opening it, count the headers in the central directory ourselves, starting where ZipArchive will and
    /// stopping one past the limit. The count comes from the headers, not the total the archive declares. ZIP64
    /// archives are refused: an OFD under 20 MB never needs one, and refusing keeps both readers on one directory.
    /// </summary>
    private static bool DirectoryIsSmall(ReadOnlySpan<byte> zip, int maxEntries)
    {
        if (zip.Length < EndOfDirectoryLength)
        {
            return false;
        }

        // The end record is the last thing in the file, followed only by a comment of at most 65,535 bytes.
        var searchFrom = Math.Max(0, zip.Length - EndOfDirectoryLength - ushort.MaxValue);
        Span<byte> signature = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(signature, EndOfDirectorySignature);
        var found = zip[searchFrom..(zip.Length - EndOfDirectoryLength + 4)].LastIndexOf(signature);
        if (found < 0)
        {
            return false;
        }

        var end = zip[(searchFrom + found)..];
        var diskNumber = BinaryPrimitives.ReadUInt16LittleEndian(end[4..]);
        var declaredEntries = BinaryPrimitives.ReadUInt16LittleEndian(end[10..]);
        var directorySize = BinaryPrimitives.ReadUInt32LittleEndian(end[12..]);
        var directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
        if (diskNumber == ushort.MaxValue || declaredEntries == ushort.MaxValue
            || directorySize == uint.MaxValue || directoryOffset == uint.MaxValue
            || declaredEntries > maxEntries || directoryOffset >= (uint)zip.Length)
        {
            return false;
        }

        var position = (int)directoryOffset;
        var headers = 0;
        while (position <= zip.Length - CentralHeaderLength
               && BinaryPrimitives.ReadUInt32LittleEndian(zip[position..]) == CentralHeaderSignature)
        {
            if (++headers > maxEntries)
            {
                return false;
            }

            var header = zip[position..];
            position += CentralHeaderLength
                        + BinaryPrimitives.ReadUInt16LittleEndian(header[28..])
                        + BinaryPrimitives.ReadUInt16LittleEndian(header[30..])
                        + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
        }

        return true;
    }
}
