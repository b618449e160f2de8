using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Accounts;

/// <summary>修改密码 and 忘记密码 through the real forms: field messages in Chinese, the cookie issued again after a
/// change, and a plain explanation of how a forgotten password is reset.</summary>
public sealed class PasswordTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string NewPassword = "Changed#2027";

    [Fact]
    public async Task A_wrong_current_password_is_refused_beside_its_field_and_nothing_changes()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "expert2@demo.local");

        var page = await ChangeAsync(client, "Wrong#2026", NewPassword, NewPassword);

        Assert.Contains("当前密码不正确", page.QuerySelector("#f-CurrentPassword-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#f-CurrentPassword']"));
        Assert.Equal("true", page.QuerySelector("#f-CurrentPassword")!.GetAttribute("aria-invalid"));
        Assert.Equal(string.Empty, ((IHtmlInputElement)page.QuerySelector("#f-NewPassword")!).Value);
        await AssertPasswordIsAsync("expert2@demo.local", PortalClient.DemoPassword, NewPassword);
    }

    [Fact]
    public async Task Two_different_new_passwords_are_refused_beside_the_confirmation()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "expert3@demo.local");

        var page = await ChangeAsync(client, PortalClient.DemoPassword, NewPassword, "Changed#2028");

        Assert.Contains("两次输入的密码不一致", page.QuerySelector("#f-ConfirmPassword-error")!.TextContent, StringComparison.Ordinal);
        await AssertPasswordIsAsync("expert3@demo.local", PortalClient.DemoPassword, NewPassword);
    }

    [Fact]
    public async Task A_short_weak_new_password_is_explained_in_Chinese()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "expert4@demo.local");

        var page = await ChangeAsync(client, PortalClient.DemoPassword, "abc", "abc");

        var message = page.QuerySelector("#f-NewPassword-error")!.TextContent;
        Assert.Contains("密码至少需要 8 位", message, StringComparison.Ordinal);
        Assert.Contains("大写字母", message, StringComparison.Ordinal);
        Assert.Contains("数字", message, StringComparison.Ordinal);
        await AssertPasswordIsAsync("expert4@demo.local", PortalClient.DemoPassword, "abc");
    }

    [Fact]
    public async Task Every_empty_field_gets_its_own_message_and_the_same_password_again_is_refused()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "expert5@demo.local");

        var empty = await ChangeAsync(client, string.Empty, string.Empty, string.Empty);
        var same = await ChangeAsync(client, PortalClient.DemoPassword, PortalClient.DemoPassword, PortalClient.DemoPassword);

        Assert.Contains("请输入当前密码", empty.QuerySelector("#f-CurrentPassword-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请设置密码", empty.QuerySelector("#f-NewPassword-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请再次输入新密码", empty.QuerySelector("#f-ConfirmPassword-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("新密码不能与当前密码相同", same.QuerySelector("#f-NewPassword-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_password_keeps_the_user_signed_in_and_is_the_one_that_signs_in_next_time()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "finance2@demo.local");

        var response = await client.SubmitAsync("/account/password", "change-password", Fields(PortalClient.DemoPassword, NewPassword, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/password?changed=true", response.LocationPath());
        // The cookie was issued again with the new security stamp: this session goes on.
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("SubsidyPortal.Auth=", StringComparison.Ordinal));
        var after = await client.GetPageAsync("/account/password?changed=true");
        Assert.Contains("密码已修改", after.QuerySelector("[data-testid=password-changed]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/finance")).StatusCode);
        await AssertPasswordIsAsync("finance2@demo.local", NewPassword, PortalClient.DemoPassword);
    }

    [Fact]
    public async Task The_password_page_needs_a_signed_in_user()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.Http.GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_messages_follow_the_chosen_language()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, "town@demo.local");
        await client.Http.GetAsync("/culture/en?returnUrl=%2F");

        var page = await ChangeAsync(client, "Wrong#2026", NewPassword, NewPassword);

        Assert.Equal("The current password is not correct.", page.QuerySelector("#f-CurrentPassword-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task Sign_in_links_to_the_forgotten_password_page_which_explains_that_the_administrator_resets_it()
    {
        using var client = PortalClient.For(fixture.Factory);
        var login = await client.GetPageAsync("/account/login");
        var link = login.QuerySelector("a[data-testid=forgot-password]")!;
        Assert.Equal("/account/forgot-password", link.GetAttribute("href"));
        Assert.Equal("忘记密码？", link.TextContent.Trim());

        var response = await client.Http.GetAsync("/account/forgot-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("平台管理员", page.QuerySelector("[data-testid=reset-route]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("区科学技术委员会（平台管理员）", page.QuerySelector("[data-testid=support-contact]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("统一社会信用代码", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("修改密码", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forgotten_password_page_names_the_configured_contact()
    {
        await using var configured = fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Support:Office", "金山区科委科技服务窗口")
            .UseSetting("Support:Phone", "021-5792 0000")
            .UseSetting("Support:Email", "kjfw@example.gov.cn"));
        using var client = configured.CreateClient();

        var page = await PortalClient.ParseAsync(await client.GetAsync("/account/forgot-password"));

        var contact = page.QuerySelector("[data-testid=support-contact]")!;
        Assert.Contains("金山区科委科技服务窗口", contact.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:021-57920000", contact.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal("mailto:kjfw@example.gov.cn", contact.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
    }

    private static Dictionary<string, string> Fields(string current, string next, string confirm) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = confirm,
    };

    private static async Task<IHtmlDocument> ChangeAsync(PortalClient client, string current, string next, string confirm)
    {
        var response = await client.SubmitAsync("/account/password", "change-password", Fields(current, next, confirm));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    /// <summary>A fresh browser signs in with <paramref name="works"/> and is refused with <paramref name="refused"/>.</summary>
    private async Task AssertPasswordIsAsync(string email, string works, string refused)
    {
        using (var other = PortalClient.For(fixture.Factory))
        {
            Assert.Equal(HttpStatusCode.OK, (await other.SignInAsync(email, refused)).StatusCode);
        }

        using var fresh = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(email, works)).StatusCode);
    }
}
