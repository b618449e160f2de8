namespace SubsidyPortal.Domain.Notifications;

/// <summary>What a notification is about; users choose by kind which ones also reach them by e-mail.</summary>
public enum NotificationKind
{
    /// <summary>状态变更: an application moved on (submitted, confirmed, passed, rejected …).</summary>
    StatusChanged,

    /// <summary>退回补正: returned for correction, with its deadline.</summary>
    ReturnedForCorrection,

    /// <summary>公示: on public notice, or an objection decided.</summary>
    PublicNotice,

    /// <summary>立项/资助: approved, an award made or its change request decided.</summary>
    Award,

    /// <summary>拨付: a tranche paid.</summary>
    Payment,

    /// <summary>追回: an award revoked and paid money to be returned.</summary>
    Clawback,

    /// <summary>报告到期: progress reports due or reviewed.</summary>
    ReportDue,

    /// <summary>评审任务: an expert was drawn for an application.</summary>
    ReviewTask,

    /// <summary>政策匹配: clauses the enterprise now appears to qualify for.</summary>
    Prospect,

    /// <summary>密码重置: a reset link asked for; always sent, never switched off.</summary>
    PasswordReset,
}

public static class NotificationKinds
{
    /// <summary>The kinds a user may switch off for e-mail (a password reset is asked for by the user, so always sent).</summary>
    public static readonly IReadOnlyList<NotificationKind> Optional =
        [.. Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.PasswordReset)];

    /// <summary>The kinds a user in this role can receive at all (an applicant is never drawn as an expert, say), so
    /// the preferences page offers only those.</summary>
    public static IReadOnlyList<NotificationKind> For(string role) => role switch
    {
        Identity.PortalRoles.Applicant => [.. Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.ReviewTask)],
        Identity.PortalRoles.Expert => [NotificationKind.ReviewTask, NotificationKind.PasswordReset],
        _ => [NotificationKind.PasswordReset],
    };
}
