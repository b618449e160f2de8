using System.Net;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>The enterprise confirms its account on its award page; a slip is explained beside the field and nothing is saved.</summary>
public sealed class BankAccountPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_bad_account_number_is_explained_in_Chinese_beside_the_field_and_nothing_is_saved()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 20_000m, confirmAccount: false);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var url = $"/enterprise/awards/{awardId}";

        var response = await client.SubmitAsync(url, "confirm-account", new Dictionary<string, string>
        {
            ["Account.AccountName"] = "上海长宁示范智能科技有限公司",
            ["Account.BankName"] = "招商银行上海分行",
            ["Account.AccountNumber"] = "12-34A",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var field = page.QuerySelector("#f-confirm-account-Account-AccountNumber")!;
        Assert.Contains("is-invalid", field.ClassName, StringComparison.Ordinal);
        Assert.Equal("12-34A", field.GetAttribute("value"));
        Assert.Contains("银行账号应为 8 至 30 位数字", page.QuerySelector("#f-confirm-account-Account-AccountNumber-error")!.TextContent, StringComparison.Ordinal);
        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));
        Assert.Null(award.BankAccountConfirmedAt);
        Assert.Null(award.BankAccountNumber);
        Assert.Equal(0, await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.CountAsync(e => e.SubjectId == awardId && e.Action == "BankAccountConfirmed")));
    }

    [Fact]
    public async Task The_enterprise_confirms_its_account_and_the_trail_records_it_masked()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 20_000m, confirmAccount: false);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var url = $"/enterprise/awards/{awardId}";

        var response = await client.SubmitAsync(url, "confirm-account", new Dictionary<string, string>
        {
            ["Account.AccountName"] = "上海长宁示范智能科技有限公司",
            ["Account.BankName"] = "招商银行上海分行",
            ["Account.AccountNumber"] = "1219 0000 5678 901",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{url}?done=confirm-account", response.LocationPath());
        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));
        Assert.Equal("121900005678901", award.BankAccountNumber);
        Assert.NotNull(award.BankAccountConfirmedAt);
        var page = await client.GetPageAsync(response.LocationPath());
        Assert.NotNull(page.QuerySelector("[data-testid=saved]"));
        Assert.Contains("****8901", page.QuerySelector("[data-testid=award-account]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("****8901", page.QuerySelector("[data-testid=money-trail]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_award_prefills_the_account_confirmed_last_on_another_award()
    {
        // MoneyData confirms its awards' account as 中国工商银行上海市长宁支行 6222021001123456789.
        await MoneyData.AwardAsync(fixture.Factory, 10_000m);
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 10_000m, confirmAccount: false);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var page = await client.GetPageAsync($"/enterprise/awards/{awardId}");
        Assert.Equal("中国工商银行上海市长宁支行", page.QuerySelector("#f-confirm-account-Account-BankName")!.GetAttribute("value"));
        Assert.Equal("6222021001123456789", page.QuerySelector("#f-confirm-account-Account-AccountNumber")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Another_enterprise_gets_not_found_for_the_award_page_and_cannot_post_to_it()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 20_000m, confirmAccount: false);
        using var other = await PortalClient.SignedInAsync(fixture.Factory, Demo.OtherApplicant);
        var response = await other.Http.GetAsync($"/enterprise/awards/{awardId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("上海长宁示范智能科技有限公司", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await other.GetPageAsync("/enterprise/awards");
        Assert.DoesNotContain(awardId.ToString(), list.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
