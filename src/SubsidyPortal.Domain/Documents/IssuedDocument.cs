using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Documents;

/// <summary>
/// 签发文件: one PDF issued for one subject (an application, a paid tranche, a claw-back), kept byte for byte so the
/// same file is downloaded again, with its 验证码. Issued once per (kind, subject, edition); never changed afterwards.
/// The edition separates a re-submitted application's 申报书 from the first one (empty for the other documents).
/// </summary>
public sealed class IssuedDocument
{
    public const int RecipientNameMaxLength = 200;

    private IssuedDocument()
    {
        Code = string.Empty;
        Edition = string.Empty;
        AuthorityId = string.Empty;
        RecipientName = string.Empty;
        RecipientUscc = string.Empty;
        ContentSha256 = string.Empty;
        FileSha256 = string.Empty;
        Pdf = [];
        PublicSummary = "[]";
    }

    public IssuedDocument(
        string code, DocumentKind kind, Guid subjectId, string edition, string authorityId, Guid enterpriseId, string recipientName, string recipientUscc,
        DateTimeOffset issuedAt, string contentSha256, byte[] pdf, string fileSha256, string publicSummary)
    {
        Code = VerificationCode.Normalise(code) ?? throw new DomainException("document.code-invalid", "Not a verification code.");
        Kind = kind;
        SubjectId = subjectId;
        Edition = edition;
        AuthorityId = authorityId;
        EnterpriseId = enterpriseId;
        RecipientName = Guard.Required(recipientName, "document.recipient-required", RecipientNameMaxLength);
        RecipientUscc = recipientUscc;
        IssuedAt = issuedAt;
        ContentSha256 = contentSha256;
        Pdf = pdf;
        FileSha256 = fileSha256;
        PublicSummary = publicSummary;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>验证码, e.g. 7KQ4-M9TX-2HPA; unique.</summary>
    public string Code { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The application (申报书, 受理回执, 立项通知书), the tranche paid (拨付通知) or the claw-back (追回通知书).</summary>
    public Guid SubjectId { get; private set; }

    public string Edition { get; private set; }

    /// <summary>The administering authority that issues it (its name heads the page).</summary>
    public string AuthorityId { get; private set; }

    public Guid EnterpriseId { get; private set; }

    /// <summary>The recipient's name and 统一社会信用代码 as at issue.</summary>
    public string RecipientName { get; private set; }

    public string RecipientUscc { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>SHA-256 of the document's canonical content (the text printed on the page, in order): printed in the PDF.</summary>
    public string ContentSha256 { get; private set; }

    /// <summary>SHA-256 of the whole PDF file as issued: what a downloaded copy is checked against.</summary>
    public string FileSha256 { get; private set; }

    public byte[] Pdf { get; private set; }

    /// <summary>JSON list of label/value pairs the public verification page shows: only what the public notice publishes.</summary>
    public string PublicSummary { get; private set; }
}
