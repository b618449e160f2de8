using Microsoft.Extensions.Configuration;

namespace SubsidyPortal.Infrastructure.Mail;

/// <summary>
/// The <c>Mail</c> configuration section. Mail is off unless <c>Mail:Smtp:Host</c> is set: then nothing is queued and
/// the forgot-password page keeps sending people to the administrator.
/// </summary>
public sealed class MailOptions
{
    public string? Host { get; init; }

    public int Port { get; init; } = 587;

    /// <summary>MailKit's SecureSocketOptions by name: Auto (STARTTLS when offered), None, StartTls, SslOnConnect.</summary>
    public string Security { get; init; } = "Auto";

    public string? User { get; init; }

    public string? Password { get; init; }

    public string? From { get; init; }

    public string FromName { get; init; } = "科技创新政策申报平台";

    /// <summary>The portal's address as people reach it (https://…), for the links in mails.</summary>
    public string? PublicBaseUrl { get; init; }

    public int PollSeconds { get; init; } = 10;

    public int BatchSize { get; init; } = 20;

    /// <summary>Attempts before a mail is marked failed.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait after the first failed attempt; it doubles after each further one.</summary>
    public int RetrySeconds { get; init; } = 60;

    /// <summary>How long a claimed mail stays with the instance that claimed it; after that another one takes it.</summary>
    public int LeaseSeconds { get; init; } = 300;

    public int TimeoutSeconds { get; init; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The domain the Message-Id is made under (the sender's).</summary>
    public string MessageDomain => From is { } from && from.IndexOf('@', StringComparison.Ordinal) is var at and > 0 ? from[(at + 1)..] : "subsidyportal.local";

    public string? Absolute(string? path) =>
        string.IsNullOrEmpty(path) ? null
        : string.IsNullOrWhiteSpace(PublicBaseUrl) ? path
        : PublicBaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);

    public static MailOptions Read(IConfiguration configuration)
    {
        var mail = configuration.GetSection("Mail");
        var smtp = mail.GetSection("Smtp");
        var defaults = new MailOptions();
        return new MailOptions
        {
            Host = smtp["Host"],
            Port = smtp.GetValue("Port", defaults.Port),
            Security = smtp["Security"] ?? defaults.Security,
            User = smtp["User"],
            Password = smtp["Password"],
            TimeoutSeconds = smtp.GetValue("TimeoutSeconds", defaults.TimeoutSeconds),
            From = mail["From"],
            FromName = mail["FromName"] ?? defaults.FromName,
            PublicBaseUrl = mail["PublicBaseUrl"],
            PollSeconds = mail.GetValue("PollSeconds", defaults.PollSeconds),
            BatchSize = mail.GetValue("BatchSize", defaults.BatchSize),
            MaxAttempts = mail.GetValue("MaxAttempts", defaults.MaxAttempts),
            RetrySeconds = mail.GetValue("RetrySeconds", defaults.RetrySeconds),
            LeaseSeconds = mail.GetValue("LeaseSeconds", defaults.LeaseSeconds),
        };
    }
}
