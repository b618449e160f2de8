namespace SubsidyPortal.Application.Materials;

/// <summary>The file types accepted as application materials (申报材料). Decided from the content, never from the name.</summary>
public enum MaterialFileKind
{
    Pdf,
    Jpeg,
    Png,

    /// <summary>GB/T 33190 fixed-layout document: a ZIP package whose root holds OFD.xml.</summary>
    Ofd,
}

public static class MaterialFileKinds
{
    /// <summary>The media type stored and served with the file. OFD has no IANA registration; application/ofd is what Chinese e-government readers expect.</summary>
    public static string ContentType(this MaterialFileKind kind) => kind switch
    {
        MaterialFileKind.Pdf => "application/pdf",
        MaterialFileKind.Jpeg => "image/jpeg",
        MaterialFileKind.Png => "image/png",
        MaterialFileKind.Ofd => "application/ofd",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The extension given to the stored file, with its dot, in lower case.</summary>
    public static string Extension(this MaterialFileKind kind) => kind switch
    {
        MaterialFileKind.Pdf => ".pdf",
        MaterialFileKind.Jpeg => ".jpg",
        MaterialFileKind.Png => ".png",
        MaterialFileKind.Ofd => ".ofd",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Short name for messages; the same in every language.</summary>
    public static string DisplayName(this MaterialFileKind kind) => kind switch
    {
        MaterialFileKind.Pdf => "PDF",
        MaterialFileKind.Jpeg => "JPEG",
        MaterialFileKind.Png => "PNG",
        MaterialFileKind.Ofd => "OFD",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether a file name's extension (with its dot, any case) is one used for this kind, e.g. .jpeg and .jpg for JPEG.</summary>
    public static bool IsExtensionOf(this MaterialFileKind kind, string extension) =>
        extension.Equals(kind.Extension(), StringComparison.OrdinalIgnoreCase)
        || (kind == MaterialFileKind.Jpeg
            && (extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase) || extension.Equals(".jpe", StringComparison.OrdinalIgnoreCase)));
}
