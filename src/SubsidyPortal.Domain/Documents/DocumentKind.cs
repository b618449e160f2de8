namespace SubsidyPortal.Domain.Documents;

/// <summary>The documents the portal issues as PDF, each with a verification code (issue 14, point 2).</summary>
public enum DocumentKind
{
    /// <summary>申报书: the application as submitted (facts, materials, the pledge, a place for the seal).</summary>
    ApplicationForm,

    /// <summary>受理回执: the receipt that the filing was received.</summary>
    AcceptanceReceipt,

    /// <summary>立项通知书: the approval of the application and its amount.</summary>
    ApprovalNotice,

    /// <summary>拨付通知: one paid tranche.</summary>
    PaymentNotice,

    /// <summary>追回通知书: what a revoked award must return.</summary>
    ClawbackNotice,
}

public static class DocumentKinds
{
    /// <summary>The document's title as printed (documents are issued in Chinese, the committees' language).</summary>
    public static string TitleZh(this DocumentKind kind) => kind switch
    {
        DocumentKind.ApplicationForm => "申报书",
        DocumentKind.AcceptanceReceipt => "受理回执",
        DocumentKind.ApprovalNotice => "立项通知书",
        DocumentKind.PaymentNotice => "拨付通知",
        DocumentKind.ClawbackNotice => "追回通知书",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind as it appears in a download address: /documents/{slug}/{subject}.pdf.</summary>
    public static string Slug(this DocumentKind kind) => kind switch
    {
        DocumentKind.ApplicationForm => "application-form",
        DocumentKind.AcceptanceReceipt => "acceptance-receipt",
        DocumentKind.ApprovalNotice => "approval-notice",
        DocumentKind.PaymentNotice => "payment-notice",
        DocumentKind.ClawbackNotice => "clawback-notice",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static DocumentKind? FromSlug(string? slug) =>
        Enum.GetValues<DocumentKind>().Cast<DocumentKind?>().FirstOrDefault(k => k!.Value.Slug() == slug);
}
