using Microsoft.EntityFrameworkCore;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Mail;

/// <summary>With no Mail:Smtp:Host (the tests' default): the demo data's notifications queue no mail, the
/// administrator's page says mail is off, and an applicant's preferences page says no mail is sent.</summary>
public sealed class MailOffTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Nothing_is_queued_and_the_pages_say_mail_is_off()
    {
        Assert.True(await Demo.WithDbAsync(fixture.Factory, db => db.Notifications.AnyAsync()));
        Assert.Equal(0, await Demo.WithDbAsync(fixture.Factory, db => db.MailOutbox.CountAsync()));

        using var admin = await PortalClient.SignedInAsync(fixture.Factory, "admin@demo.local");
        var outbox = await admin.GetPageAsync("/admin/mail");
        Assert.Contains("邮件服务未开启", outbox.QuerySelector("[data-testid=mail-off]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(outbox.QuerySelector("[data-testid=mail-settings]"));

        using var applicant = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var preferences = await applicant.GetPageAsync("/account/notifications");
        Assert.Contains("尚未配置邮件服务", preferences.QuerySelector("[data-testid=mail-off]")!.TextContent, StringComparison.Ordinal);

        // Only administrators see the outbox.
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var refused = await staff.Http.GetAsync("/admin/mail");
        Assert.StartsWith("/account/access-denied", refused.LocationPath(), StringComparison.Ordinal);
    }
}
