using System.Globalization;
using System.IO.Compression;
using System.Text;
using SubsidyPortal.Application.Materials;

namespace SubsidyPortal.UnitTests.Materials;

/// <summary>Small real files of each kind, built in memory, and helpers shared by the material tests.</summary>
internal static class MaterialSamples
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0xFF, 0xD9];

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    public static byte[] Ofd() => Zip(("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\" DocType=\"OFD\"/>"), ("Doc_0/Document.xml", "<ofd:Document/>"));

    public static byte[] Exe() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    public static byte[] Text() => Encoding.UTF8.GetBytes("申报材料清单\n1. 营业执照\n");

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }

    public static Task<MaterialInspectionResult> Inspect(byte[] content, string? name) =>
        MaterialFileInspector.InspectAsync(new MemoryStream(content), name);

    public static async Task<MaterialInspectionResult.Accepted> Accepted(byte[] content, string? name) =>
        Assert.IsType<MaterialInspectionResult.Accepted>(await Inspect(content, name));

    public static async Task<MaterialInspectionResult.Refused> Refused(byte[] content, string? name) =>
        Assert.IsType<MaterialInspectionResult.Refused>(await Inspect(content, name));

    /// <summary>Runs <paramref name="action"/> with the UI culture set, as a request in that language would.</summary>
    public static async Task<T> InCulture<T>(string culture, Func<Task<T>> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}

/// <summary>
/// A read-only stream of <paramref name="length"/> bytes (or endless when null) that starts with
/// <paramref name="head"/> and continues with zeros, produced on demand so the test itself holds no big buffer.
/// It can report any length it likes, and it counts what was actually read from it.
/// </summary>
internal sealed class GeneratedStream(byte[] head, long? length, long reportedLength = 0) : Stream
{
    private long _position;

    public long BytesRead => _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => reportedLength;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var remaining = length is { } total ? total - _position : long.MaxValue;
        var count = (int)Math.Min(buffer.Length, remaining);
        buffer[..count].Clear();
        if (_position < head.Length)
        {
            var fromHead = head.AsSpan((int)_position);
            fromHead[..Math.Min(fromHead.Length, count)].CopyTo(buffer);
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
