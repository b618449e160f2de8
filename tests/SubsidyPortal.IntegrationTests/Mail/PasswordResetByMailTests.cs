using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Mail;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Infrastructure.Mail;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Mail;

/// <summary>
/// 忘记密码 with a mail server: the page asks for the address and answers an unknown one exactly as a registered one;
/// the registered one gets a mail (through the outbox, to a real SMTP server) whose link sets a new password once.
/// </summary>
public sealed partial class PasswordResetByMailTests : IAsyncLifetime
{
    private const string Email = "expert6@demo.local";
    private const string NewPassword = "Reset#2027a";
    private SmtpServer _smtp = default!;
    private PortalFactory _portal = default!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpServer.StartAsync();
        _portal = await PortalFactory.CreateAsync(nameof(PasswordResetByMailTests), _smtp.Settings());
        _portal.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private Task<int> ResetMailsAsync() =>
        Demo.WithDbAsync(_portal, db => db.MailOutbox.CountAsync(m => m.Kind == NotificationKind.PasswordReset));

    [GeneratedRegex(@"https://portal\.example\.gov\.cn(/account/reset-password\?user=[0-9a-f-]+&token=\S+)")]
    private static partial Regex ResetLink();

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_a_registered_one_a_link_that_resets_the_password_once()
    {
        using var client = PortalClient.For(_portal);
        var page = await client.GetPageAsync("/account/forgot-password");
        Assert.Contains("重置链接", page.QuerySelector("[data-testid=reset-route]")!.TextContent, StringComparison.Ordinal);

        var unknown = await client.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.com" });
        Assert.Equal(0, await ResetMailsAsync());
        var known = await client.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = Email.ToUpperInvariant() });
        Assert.Equal((HttpStatusCode.Redirect, "/account/forgot-password?sent=true"), (unknown.StatusCode, unknown.LocationPath()));
        Assert.Equal((HttpStatusCode.Redirect, "/account/forgot-password?sent=true"), (known.StatusCode, known.LocationPath()));
        Assert.Equal(1, await ResetMailsAsync());
        var sent = await client.GetPageAsync("/account/forgot-password?sent=true");
        Assert.Contains("重置邮件已经发出", sent.QuerySelector("[data-testid=reset-sent]")!.TextContent, StringComparison.Ordinal);

        // A malformed address is told so beside its field, and nothing is queued.
        var bad = await PortalClient.ParseAsync(await client.SubmitAsync("/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "not-an-address" }));
        Assert.Contains("电子邮箱格式不正确", bad.QuerySelector("#f-Email-error")!.TextContent, StringComparison.Ordinal);

        // Demo data queued other mails too; the reset mail is the one about a password reset.
        var job = _portal.Services.GetRequiredService<MailOutboxJob>();
        while ((await job.RunOnceAsync(CancellationToken.None)).Claimed > 0)
        {
        }

        var mail = Assert.Single(_smtp.Received(), m => m.Subject?.Contains("密码重置", StringComparison.Ordinal) == true);
        Assert.Equal(Email, mail.To.Mailboxes.Single().Address);
        var link = ResetLink().Match(mail.TextBody ?? string.Empty).Groups[1].Value;
        Assert.NotEmpty(link);
        // Once out, the outbox keeps no copy of the link's token.
        Assert.Equal(string.Empty, await Demo.WithDbAsync(_portal, db => db.MailOutbox.Where(m => m.Kind == NotificationKind.PasswordReset).Select(m => m.Body).SingleAsync()));

        var mismatch = await PortalClient.ParseAsync(await client.SubmitAsync(link, "reset-password",
            new Dictionary<string, string> { ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = "Other#2027a" }));
        Assert.Contains("两次输入的密码不一致", mismatch.QuerySelector("#f-ConfirmPassword-error")!.TextContent, StringComparison.Ordinal);

        var reset = await client.SubmitAsync(link, "reset-password", new Dictionary<string, string> { ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });
        Assert.Equal((HttpStatusCode.Redirect, "/account/reset-password?done=true"), (reset.StatusCode, reset.LocationPath()));
        using (var fresh = PortalClient.For(_portal))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(Email, NewPassword)).StatusCode);
        }

        using (var old = PortalClient.For(_portal))
        {
            Assert.Equal(HttpStatusCode.OK, (await old.SignInAsync(Email, PortalClient.DemoPassword)).StatusCode);
        }

        // The link works once: the password change renewed the stamp the token was bound to.
        var again = await PortalClient.ParseAsync(await client.SubmitAsync(link, "reset-password",
            new Dictionary<string, string> { ["Input.NewPassword"] = "Again#2027a", ["Input.ConfirmPassword"] = "Again#2027a" }));
        Assert.Contains("重置链接已失效", again.Body!.TextContent, StringComparison.Ordinal);

        // The administrator's outbox lists the reset mail as sent; its link (with the token) is not shown there.
        var admin = await Demo.ActorAsync(_portal, "admin@demo.local");
        var rows = await _portal.Services.GetRequiredService<IMailOutbox>().PageAsync(admin, new Application.Common.PageRequest(Search: Email), MailState.Sent, CancellationToken.None);
        Assert.Contains(rows.Items, r => r.Kind == NotificationKind.PasswordReset && r.Address == Email);
    }
}
