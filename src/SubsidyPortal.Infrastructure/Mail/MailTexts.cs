using SubsidyPortal.Domain.Notifications;

namespace SubsidyPortal.Infrastructure.Mail;

/// <summary>
/// A mail's words. The portal does not store a person's language (the culture is a browser cookie), so each mail
/// carries both: Chinese first, then English.
/// </summary>
public static class MailTexts
{
    public static (string Zh, string En) KindName(NotificationKind kind) => kind switch
    {
        NotificationKind.StatusChanged => ("状态变更", "Status change"),
        NotificationKind.ReturnedForCorrection => ("退回补正", "Returned for correction"),
        NotificationKind.PublicNotice => ("公示", "Public notice"),
        NotificationKind.Award => ("立项/资助", "Approval and award"),
        NotificationKind.Payment => ("拨付", "Payment"),
        NotificationKind.Clawback => ("追回", "Claw-back"),
        NotificationKind.ReportDue => ("报告到期", "Reports due"),
        NotificationKind.ReviewTask => ("评审任务", "Review task"),
        NotificationKind.Prospect => ("政策匹配", "Matching policies"),
        NotificationKind.PasswordReset => ("密码重置", "Password reset"),
        _ => ("消息", "Message"),
    };

    public static (string Subject, string Body) ForNotification(Notification notification, MailOptions options)
    {
        var (kindZh, _) = KindName(notification.Kind);
        var link = options.Absolute(notification.Link);
        var preferences = options.Absolute("/account/notifications");
        var body = $"""
            {notification.TextZh}

            查看详情：{link}

            {notification.TextEn}

            Details: {link}

            --
            此邮件由{options.FromName}自动发送，请勿直接回复。不想再收到“{kindZh}”类邮件，可在 {preferences} 关闭。
            Sent automatically by the portal; please do not reply. To stop mails of this kind: {preferences}
            """;
        return ($"【{kindZh}】{notification.TextZh}", body);
    }

    public static (string Subject, string Body) ForPasswordReset(string link, TimeSpan lifespan, MailOptions options)
    {
        var hours = (int)Math.Round(lifespan.TotalHours);
        var body = $"""
            您（或他人）请求重置在{options.FromName}的账号密码。请在 {hours} 小时内打开下面的链接设置新密码：

            {link}

            如果不是您本人请求，请忽略此邮件，您的密码不会改变。

            Someone (probably you) asked to reset the password of your account. Open the link above within {hours} hours
            to choose a new password. If it was not you, ignore this mail: your password stays as it is.
            """;
        return ("【密码重置】重置您的账号密码 / Reset your password", body);
    }
}
