using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Files;

/// <summary>The default file store: file bytes in a PostgreSQL table, so app instances share them.</summary>
public sealed class PostgresFileStore(PortalDbContext db, IClock clock) : IFileStore
{
    public async Task<StoredFileInfo> SaveAsync(string originalName, string contentType, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var record = new StoredFileRecord
        {
            Id = Guid.CreateVersion7(),
            OriginalName = Path.GetFileName(originalName),
            ContentType = contentType,
            Length = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            CreatedAt = clock.Now,
        };
        db.StoredFiles.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return ToInfo(record);
    }

    public async Task<StoredFile?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        return record is null ? null : new StoredFile(ToInfo(record), record.Content);
    }

    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        await db.StoredFiles.Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    private static StoredFileInfo ToInfo(StoredFileRecord r) => new(r.Id, r.OriginalName, r.ContentType, r.Length, r.Sha256);
}
