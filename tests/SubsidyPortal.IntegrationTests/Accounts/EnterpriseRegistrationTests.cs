using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Accounts;

/// <summary>Enterprise self-registration through the real form: all-or-nothing, with Chinese messages.</summary>
public sealed class EnterpriseRegistrationTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static readonly Guid Xinjing = ReferenceData.TownId(District.Changning, "新泾镇");

    private const string SignInAfterRegistering = "/account/login?registered=true&ReturnUrl=%2Fenterprise%2Fprofile%3Fwelcome%3Dtrue";

    [Fact]
    public async Task A_valid_registration_creates_the_enterprise_and_its_applicant_who_then_signs_in()
    {
        var uscc = NewUscc("91310105MA1AB01");
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.SubmitAsync("/account/register", "register", Fields(uscc, "reg-ok@example.cn"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SignInAfterRegistering, response.Headers.Location?.OriginalString);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var enterprise = await db.Enterprises.SingleAsync(e => e.Uscc == UnifiedSocialCreditCode.Parse(uscc));
        Assert.Equal("上海测试注册科技有限公司", enterprise.Name);
        var user = await db.Users.SingleAsync(u => u.Email == "reg-ok@example.cn");
        Assert.Equal(enterprise.Id, user.EnterpriseId);
        // Not signed in by registering: the sign-in page says what happened, and the new account signs in from it.
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/enterprise/profile")).StatusCode);
        var signIn = await client.GetPageAsync(SignInAfterRegistering);
        Assert.Contains("注册已提交", signIn.QuerySelector("[data-testid=registered]")!.TextContent, StringComparison.Ordinal);
        var signedIn = await client.SubmitAsync(SignInAfterRegistering, "login", new Dictionary<string, string>
        {
            ["Input.Email"] = "reg-ok@example.cn",
            ["Input.Password"] = "Register#2026",
        });
        Assert.Equal("/enterprise/profile?welcome=true", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/enterprise/profile")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_check_character_is_refused_beside_the_field_in_Chinese_keeping_what_was_typed()
    {
        var good = NewUscc("91310105MA1AB02");
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.SubmitAsync("/account/register", "register", Fields(bad, "reg-bad@example.cn"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("校验位不正确", page.QuerySelector("#f-Uscc-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(bad, ((IHtmlInputElement)page.QuerySelector("#f-Uscc")!).Value);
        Assert.Equal("上海测试注册科技有限公司", ((IHtmlInputElement)page.QuerySelector("#f-EnterpriseName")!).Value);
        Assert.Equal("true", page.QuerySelector("#f-Uscc")!.GetAttribute("aria-invalid"));
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#f-Uscc']"));
        await AssertNothingSavedAsync(bad, "reg-bad@example.cn");
    }

    [Fact]
    public async Task Every_missing_field_gets_its_own_Chinese_message()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await client.SubmitAsync("/account/register", "register", new Dictionary<string, string>());
        var page = await PortalClient.ParseAsync(response);

        Assert.Contains("请填写企业名称", page.QuerySelector("#f-EnterpriseName-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写统一社会信用代码", page.QuerySelector("#f-Uscc-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请选择所在区", page.QuerySelector("#f-RegisteredDistrict-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请选择所属镇", page.QuerySelector("#f-TownOrParkId-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写联系人", page.QuerySelector("#f-ContactPerson-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写联系电话", page.QuerySelector("#f-ContactPhone-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写电子邮箱", page.QuerySelector("#f-Email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请设置密码", page.QuerySelector("#f-Password-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("守信承诺", page.QuerySelector("#f-AcceptTerms-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_town_outside_the_registered_district_is_refused()
    {
        var fields = Fields(NewUscc("91310105MA1AB03"), "reg-town@example.cn");
        fields["Input.TownOrParkId"] = ReferenceData.TownId(District.Jinshan, "朱泾镇").ToString();
        using var client = PortalClient.For(fixture.Factory);
        var page = await PortalClient.ParseAsync(await client.SubmitAsync("/account/register", "register", fields));
        Assert.Contains("不在注册地所在区", page.QuerySelector("#f-TownOrParkId-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credit_code_registered_before_is_refused_and_no_second_user_is_created()
    {
        var uscc = NewUscc("91310105MA1AB04");
        using (var first = PortalClient.For(fixture.Factory))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync("/account/register", "register", Fields(uscc, "reg-dup1@example.cn"))).StatusCode);
        }

        using var second = PortalClient.For(fixture.Factory);
        var page = await PortalClient.ParseAsync(await second.SubmitAsync("/account/register", "register", Fields(uscc, "reg-dup2@example.cn")));
        Assert.Contains("已注册", page.QuerySelector("#f-Uscc-error")!.TextContent, StringComparison.Ordinal);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "reg-dup2@example.cn"));
    }

    [Theory]
    [InlineData("applicant@demo.local")]
    [InlineData(" Applicant@Demo.LOCAL ")]
    public async Task An_email_already_registered_gets_the_answer_a_new_one_gets_and_nothing_is_created_or_changed(string taken)
    {
        // Account enumeration: the person registering cannot tell from the answer whether the e-mail has an account.
        var before = await UserAsync("applicant@demo.local");
        using var fresh = PortalClient.For(fixture.Factory);
        using var probe = PortalClient.For(fixture.Factory);
        var freshEmail = $"reg-fresh-{Guid.NewGuid():N}@example.cn";
        var probeUscc = NewUscc(taken.StartsWith(' ') ? "91310105MA1AB07" : "91310105MA1AB08");

        var newAnswer = await fresh.SubmitAsync("/account/register", "register", Fields(NewUscc(taken.StartsWith(' ') ? "91310105MA1AB09" : "91310105MA1AB10"), freshEmail));
        var takenAnswer = await probe.SubmitAsync("/account/register", "register", Fields(probeUscc, taken));

        Assert.Equal((HttpStatusCode.Redirect, SignInAfterRegistering), (newAnswer.StatusCode, newAnswer.Headers.Location?.OriginalString));
        Assert.Equal((newAnswer.StatusCode, newAnswer.Headers.Location), (takenAnswer.StatusCode, takenAnswer.Headers.Location));
        Assert.Equal(CookieNames(newAnswer), CookieNames(takenAnswer));
        Assert.Equal(
            (await fresh.GetPageAsync(SignInAfterRegistering)).QuerySelector("main")!.TextContent,
            (await probe.GetPageAsync(SignInAfterRegistering)).QuerySelector("main")!.TextContent);
        // Neither is signed in by registering.
        Assert.Equal(HttpStatusCode.Redirect, (await probe.Http.GetAsync("/enterprise")).StatusCode);

        // No second account, no enterprise for the probe's credit code, and the existing account exactly as it was.
        await AssertNothingSavedAsync(probeUscc, null);
        Assert.Equal(before, await UserAsync("applicant@demo.local"));
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == "APPLICANT@DEMO.LOCAL"));
        Assert.True(await db.Users.AnyAsync(u => u.Email == freshEmail));
    }

    [Theory]
    [InlineData("applicant@demo.local")]
    [InlineData("reg-weak-new@example.cn")]
    public async Task A_weak_password_gets_the_same_refusal_whether_or_not_the_email_has_an_account(string email)
    {
        var fields = Fields(NewUscc(email.StartsWith("applicant", StringComparison.Ordinal) ? "91310105MA1AB11" : "91310105MA1AB12"), email);
        fields["Input.Password"] = fields["Input.ConfirmPassword"] = "abcdefgh";
        using var client = PortalClient.For(fixture.Factory);

        var page = await PortalClient.ParseAsync(await client.SubmitAsync("/account/register", "register", fields));

        Assert.Contains("数字", page.QuerySelector("#f-Password-error")!.TextContent, StringComparison.Ordinal);
        Assert.True(string.IsNullOrWhiteSpace(page.QuerySelector("#f-Email-error")?.TextContent));
        Assert.Equal(new[] { "f-Password" }, page.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")!.TrimStart('#')).Distinct());
    }

    private static string[] CookieNames(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? [.. cookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).Order(StringComparer.Ordinal)] : [];

    // Every column of the account that a registration could touch.
    private async Task<string> UserAsync(string email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Database.SqlQuery<string>($"SELECT row_to_json(u)::text AS \"Value\" FROM \"AspNetUsers\" u WHERE u.\"Email\" = {email}").SingleAsync();
    }

    [Fact]
    public async Task A_weak_password_is_explained_in_Chinese()
    {
        var fields = Fields(NewUscc("91310105MA1AB06"), "reg-weak@example.cn");
        fields["Input.Password"] = fields["Input.ConfirmPassword"] = "abcdefgh";
        using var client = PortalClient.For(fixture.Factory);
        var page = await PortalClient.ParseAsync(await client.SubmitAsync("/account/register", "register", fields));
        var message = page.QuerySelector("#f-Password-error")!.TextContent;
        Assert.Contains("数字", message, StringComparison.Ordinal);
        Assert.Contains("大写字母", message, StringComparison.Ordinal);
    }

    private static string NewUscc(string first15)
    {
        var first17 = first15 + "0X";
        return first17 + UnifiedSocialCreditCode.CheckCharacterFor(first17);
    }

    private static Dictionary<string, string> Fields(string uscc, string email) => new()
    {
        ["Input.EnterpriseName"] = "上海测试注册科技有限公司",
        ["Input.Uscc"] = uscc,
        ["Input.RegisteredDistrict"] = nameof(District.Changning),
        ["Input.TownOrParkId"] = Xinjing.ToString(),
        ["Input.ContactPerson"] = "张伟",
        ["Input.ContactPhone"] = "13900001111",
        ["Input.Email"] = email,
        ["Input.Password"] = "Register#2026",
        ["Input.ConfirmPassword"] = "Register#2026",
        ["Input.AcceptTerms"] = "True",
    };

    private async Task AssertNothingSavedAsync(string uscc, string? email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (UnifiedSocialCreditCode.TryParse(uscc, out var code) is null)
        {
            Assert.False(await db.Enterprises.AnyAsync(e => e.Uscc == code));
        }

        if (email is not null)
        {
            Assert.False(await db.Users.AnyAsync(u => u.Email == email));
        }
    }
}
