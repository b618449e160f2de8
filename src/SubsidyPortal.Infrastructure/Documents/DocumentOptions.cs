namespace SubsidyPortal.Infrastructure.Documents;

/// <summary>The <c>Documents</c> configuration section.</summary>
public sealed class DocumentOptions
{
    /// <summary>The portal's public address as printed on documents (https://…); the verification address is this plus
    /// /verify/{code}. Empty: only the path is printed.</summary>
    public string PublicAddress { get; set; } = string.Empty;

    /// <summary>A TrueType font (or collection) with CJK glyphs; fonts-wqy-zenhei's by default.</summary>
    public string FontFile { get; set; } = DocumentFont.DefaultFile;

    public string VerifyUrl(string code) => $"{PublicAddress.TrimEnd('/')}/verify/{code}";
}
