namespace SubsidyPortal.Domain.Applications;

/// <summary>申报材料: one uploaded file for one item of the clause's materials checklist.</summary>
public sealed class ApplicationMaterial
{
    private ApplicationMaterial()
    {
        ItemName = string.Empty;
        DisplayName = string.Empty;
        ContentType = string.Empty;
        Sha256 = string.Empty;
    }

    public ApplicationMaterial(Guid applicationId, int itemIndex, string itemName, Guid fileId, string displayName, string contentType, long length, string sha256, DateTimeOffset uploadedAt)
    {
        Id = Guid.CreateVersion7();
        ApplicationId = applicationId;
        ItemIndex = itemIndex;
        ItemName = itemName;
        FileId = fileId;
        DisplayName = displayName;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>Position in the clause's checklist (0-based), as snapshotted when the application started.</summary>
    public int ItemIndex { get; private set; }

    public string ItemName { get; private set; }

    /// <summary>The stored file (IFileStore); its stored name is generated, never the uploaded one.</summary>
    public Guid FileId { get; private set; }

    /// <summary>The uploaded name, sanitised, for display only.</summary>
    public string DisplayName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }
}
