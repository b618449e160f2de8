using System.Runtime.InteropServices;
using SubsidyPortal.Application.Validation;

namespace SubsidyPortal.Application.Materials;

/// <summary>What <see cref="MaterialFileInspector"/> decided about one uploaded file: <see cref="Accepted"/> or <see cref="Refused"/>.</summary>
public abstract record MaterialInspectionResult
{
    private MaterialInspectionResult(string displayName) => DisplayName = displayName;

    /// <summary>The sanitised original name, for showing to people only (see <see cref="MaterialFileNames"/>).</summary>
    public string DisplayName { get; }

    /// <summary>
    /// The file may be stored. <paramref name="StoredName"/> is generated (a GUID plus the detected type's
    /// extension) and shares nothing with the original name. <paramref name="Sha256"/> is lower-case hex.
    /// </summary>
    public sealed record Accepted(
        MaterialFileKind Kind,
        string StoredName,
        string DisplayName,
        long Length,
        string Sha256,
        ReadOnlyMemory<byte> Content) : MaterialInspectionResult(DisplayName)
    {
        public string ContentType => Kind.ContentType();

        /// <summary>A read-only stream over the inspected bytes, e.g. for <c>IFileStore.SaveAsync</c>.</summary>
        public Stream OpenRead() =>
            MemoryMarshal.TryGetArray(Content, out var bytes)
                ? new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
                : new MemoryStream(Content.ToArray(), writable: false);
    }

    /// <summary>The file must not be stored. <paramref name="Code"/> is a ValidationMessages key; <paramref name="Message"/> is in the user's language.</summary>
    public sealed record Refused(string Code, string Message, string DisplayName) : MaterialInspectionResult(DisplayName)
    {
        /// <summary>The refusal as an error beside the upload field it came from.</summary>
        public FieldError ToFieldError(string field) => new(field, Message);
    }
}
