using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Application.Mail;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Infrastructure.Mail;
using SubsidyPortal.Testing;

namespace SubsidyPortal.BrowserTests;

/// <summary>The portal with a mail server that refuses every recipient, one attempt allowed: the demo data's mails fail.</summary>
public sealed class MailBrowserFixture : BrowserFixture, IAsyncLifetime
{
    private SmtpServer? _smtp;

    protected override IDictionary<string, string?>? Settings
    {
        get
        {
            var settings = _smtp!.Settings();
            settings["Mail:MaxAttempts"] = "1";
            return settings;
        }
    }

    public new async Task InitializeAsync()
    {
        _smtp = await SmtpServer.StartRefusingAsync();
        await base.InitializeAsync();
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }
    }
}

/// <summary>
/// Mail as its people see it: the administrator finds the mails that failed, with the server's answer, and sends one
/// again; an applicant switches off one kind of mail on a phone-sized screen; the forgot-password page asks for the
/// address. Every page passes the checks at both widths.
/// </summary>
public sealed class MailJourneyTests(MailBrowserFixture fixture) : IClassFixture<MailBrowserFixture>
{
    [Fact]
    public async Task The_administrator_sees_failed_mails_with_the_servers_answer_and_sends_one_again()
    {
        var job = fixture.Factory.Services.GetRequiredService<MailOutboxJob>();
        while ((await job.RunOnceAsync(CancellationToken.None)).Claimed > 0)
        {
        }

        var failed = await fixture.DbAsync(db => db.MailOutbox.CountAsync(m => m.State == MailState.Failed));
        Assert.True(failed > 0);

        var page = await fixture.SignInAsync("admin@demo.local");
        await page.Locator(".portal-nav").GetByRole(AriaRole.Link, new() { Name = "邮件发送" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/mail$"));
        await PageChecks.WaitForCircuitAsync(page);
        var settings = page.GetByTestId("mail-settings");
        await Assertions.Expect(settings).ToContainTextAsync("127.0.0.1");
        await Assertions.Expect(settings).ToContainTextAsync("portal@kw.example.gov.cn");
        await Assertions.Expect(settings).ToContainTextAsync("不登录");
        var rows = page.Locator("[data-testid=mail-row]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("mail-table")).ToContainTextAsync("失败");
        await Assertions.Expect(page.GetByTestId("mail-error").First).ToContainTextAsync("550");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        // Send one again: it goes back to 待发送 and the failed count drops by one.
        await page.GetByTestId("mail-retry").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("mail-done")).ToContainTextAsync("已放回发送队列");
        Assert.Equal(failed - 1, await fixture.DbAsync(db => db.MailOutbox.CountAsync(m => m.State == MailState.Failed)));
        Assert.Equal(1, await fixture.DbAsync(db => db.MailOutbox.CountAsync(m => m.State == MailState.Pending)));

        // The state filter lives in the address.
        await BrowserFixture.GoToAsync(page, "/admin/mail?state=Pending");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=mail-row][data-state=Pending]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_applicant_on_a_phone_switches_off_public_notice_mails()
    {
        var page = await fixture.SignInAsync("applicant@demo.local", viewport: PageChecks.Phone);
        await BrowserFixture.GoToAsync(page, "/account/notifications");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("邮件提醒");
        await Assertions.Expect(page.GetByTestId("mail-address")).ToHaveTextAsync("applicant@demo.local");
        var kinds = page.Locator("[data-testid=mail-kind]");
        // Every kind an applicant can receive; an expert's review tasks are not offered.
        await Assertions.Expect(kinds).ToHaveCountAsync(NotificationKinds.For("Applicant").Count);
        await Assertions.Expect(page.Locator("[data-kind=ReviewTask]")).ToHaveCountAsync(0);
        // A password reset is always sent: no switch to turn it off.
        await Assertions.Expect(page.Locator("[data-kind=PasswordReset] input")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-kind=PasswordReset]")).ToContainTextAsync("始终发送");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await page.Locator("[data-kind=PublicNotice] input").ClickAsync();
        await page.GetByTestId("save-prefs").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prefs-saved")).ToBeVisibleAsync();
        var off = await fixture.DbAsync(db => db.MailOptOuts
            .Where(o => db.Users.Any(u => u.Id == o.UserId && u.Email == "applicant@demo.local")).Select(o => o.Kind).ToListAsync());
        Assert.Equal([NotificationKind.PublicNotice], off);

        // Reloaded, the page shows the choice kept.
        await BrowserFixture.GoToAsync(page, "/account/notifications");
        await Assertions.Expect(page.Locator("[data-kind=PublicNotice] input")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("[data-kind=Payment] input")).ToBeCheckedAsync();

        // In English every word is English and the page still fits the phone.
        await page.GotoAsync("/culture/en?returnUrl=%2Faccount%2Fnotifications");
        await PageChecks.WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Email notifications");
        await Assertions.Expect(page.Locator("[data-kind=ReturnedForCorrection]")).ToContainTextAsync("Returned for correction");
        await PageChecks.AssertGoodPageAsync(page);
    }

    [Fact]
    public async Task The_forgotten_password_page_asks_for_the_address_when_mail_is_on()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/forgot-password");
        await Assertions.Expect(page.GetByTestId("reset-route")).ToContainTextAsync("重置链接");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
        await page.GetByLabel("登录邮箱").FillAsync("someone@example.com");
        await page.GetByTestId("send-reset").ClickAsync();
        await Assertions.Expect(page.GetByTestId("reset-sent")).ToContainTextAsync("重置邮件已经发出");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);
    }
}
