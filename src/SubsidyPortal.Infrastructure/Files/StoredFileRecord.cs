namespace SubsidyPortal.Infrastructure.Files;

/// <summary>An uploaded file kept in PostgreSQL, so any app instance can serve it.</summary>
public sealed class StoredFileRecord
{
    public Guid Id { get; set; }

    public string OriginalName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Length { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public byte[] Content { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
