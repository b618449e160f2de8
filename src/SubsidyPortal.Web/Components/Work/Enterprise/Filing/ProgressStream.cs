namespace SubsidyPortal.Web.Components.Work.Enterprise.Filing;

/// <summary>Reads a file as it arrives from the browser and reports how much has come, for the upload's progress bar.</summary>
internal sealed class ProgressStream(Stream inner, long length, Action<double> progress) : Stream
{
    private long _read;
    private int _lastPercent = -1;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken);
        Report(n);
        return n;
    }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        await ReadAsync(buffer.AsMemory(offset, count), cancellationToken);

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        Report(n);
        return n;
    }

    private void Report(int n)
    {
        _read += n;
        var percent = length <= 0 ? 100 : (int)Math.Min(100, _read * 100 / length);
        if (percent != _lastPercent)
        {
            _lastPercent = percent;
            progress(percent);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
