namespace SubsidyPortal.Application.Abstractions;

/// <summary>
/// Where uploaded files live. Callers never see a path: files are addressed by id so that any app instance
/// can serve any file (the default implementation keeps them in PostgreSQL).
/// </summary>
public interface IFileStore
{
    Task<StoredFileInfo> SaveAsync(string originalName, string contentType, Stream content, CancellationToken cancellationToken);

    Task<StoredFile?> OpenAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}

public sealed record StoredFileInfo(Guid Id, string OriginalName, string ContentType, long Length, string Sha256);

public sealed record StoredFile(StoredFileInfo Info, byte[] Content);
