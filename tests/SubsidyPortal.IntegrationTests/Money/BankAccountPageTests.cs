using System.Net;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// The enterprise confirms its account on its award page (IEnterpriseAwards, what the page calls); a slip is explained
/// beside the field and nothing is saved. The page itself is pinned in MoneyJourneyTests (Chromium).
/// </summary>
public sealed class BankAccountPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IEnterpriseAwards Awards => fixture.Factory.Services.GetRequiredService<IEnterpriseAwards>();

    [Fact]
    public async Task A_bad_account_number_is_explained_in_Chinese_beside_the_field_and_nothing_is_saved()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 20_000m, confirmAccount: false);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        var input = new AccountConfirmation { AccountName = "上海长宁示范智能科技有限公司", BankName = "招商银行上海分行", AccountNumber = "12-34A" };

        var result = await Awards.ConfirmAccountAsync(awardId, input, applicant, CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(AccountConfirmation.AccountNumber), error.Field);
        Assert.Contains("银行账号应为 8 至 30 位数字", error.Message, StringComparison.Ordinal);
        // The form says the same as the field is left, before anything is sent.
        var onLeave = new AccountConfirmationValidator().Validate(input, o => o.IncludeProperties(nameof(AccountConfirmation.AccountNumber)));
        Assert.Equal(error.Message, Assert.Single(onLeave.Errors).ErrorMessage);
        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));
        Assert.Null(award.BankAccountConfirmedAt);
        Assert.Null(award.BankAccountNumber);
        Assert.Equal(0, await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.CountAsync(e => e.SubjectId == awardId && e.Action == "BankAccountConfirmed")));
    }

    [Fact]
    public async Task The_enterprise_confirms_its_account_and_the_trail_records_it_masked()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 20_000m, confirmAccount: false);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        Assert.True((await Awards.DetailAsync(awardId, applicant, CancellationToken.None))!.AccountToConfirm);

        var result = await Awards.ConfirmAccountAsync(
            awardId,
            new AccountConfirmation { AccountName = "上海长宁示范智能科技有限公司", BankName = "招商银行上海分行", AccountNumber = "1219 0000 5678 901" },
            applicant, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));
        Assert.Equal("121900005678901", award.BankAccountNumber);
        Assert.NotNull(award.BankAccountConfirmedAt);
        var view = await Awards.DetailAsync(awardId, applicant, CancellationToken.None);
        Assert.False(view!.AccountToConfirm);
        Assert.Contains(view.Trail, e => e.Action == "BankAccountConfirmed" && e.Note!.Contains("****8901", StringComparison.Ordinal));

        // What the page shows (prerendered): the account masked, and the trail line.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var page = await client.GetPageAsync($"/enterprise/awards/{awardId}");
        Assert.Contains("****8901", page.QuerySelector("[data-testid=award-account]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("****8901", page.QuerySelector("[data-testid=money-trail]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=to-do-account]"));
    }

    [Fact]
    public async Task A_new_award_prefills_the_account_confirmed_last_on_another_award()
    {
        // MoneyData confirms its awards' account as 中国工商银行上海市长宁支行 6222021001123456789.
        await MoneyData.AwardAsync(fixture.Factory, 10_000m);
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 10_000m, confirmAccount: false);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);

        var view = await Awards.DetailAsync(awardId, applicant, CancellationToken.None);

        Assert.True(view!.PrefilledFromAnotherAward);
        Assert.Equal("中国工商银行上海市长宁支行", view.AccountPrefill!.BankName);
        Assert.Equal("6222021001123456789", view.AccountPrefill.AccountNumber);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var page = await client.GetPageAsync($"/enterprise/awards/{awardId}");
        Assert.Equal("中国工商银行上海市长宁支行", page.QuerySelector("#account-BankName")!.GetAttribute("value"));
        Assert.Equal("6222021001123456789", page.QuerySelector("#account-AccountNumber")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Another_enterprise_gets_not_found_for_the_award_page_and_cannot_confirm_on_it()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 20_000m, confirmAccount: false);
        using var other = await PortalClient.SignedInAsync(fixture.Factory, Demo.OtherApplicant);
        var response = await other.Http.GetAsync($"/enterprise/awards/{awardId}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("上海长宁示范智能科技有限公司", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var otherActor = await Demo.ActorAsync(fixture.Factory, Demo.OtherApplicant);
        Assert.Null(await Awards.DetailAsync(awardId, otherActor, CancellationToken.None));
        var list = await Awards.PageAsync(otherActor, new Application.Common.PageRequest(PageSize: 100), false, CancellationToken.None);
        Assert.DoesNotContain(list.Items, r => r.Id == awardId);
        var refused = await Awards.ConfirmAccountAsync(
            awardId, new AccountConfirmation { AccountName = "上海金山示范新材料有限公司", BankName = "中国农业银行上海金山支行", AccountNumber = "0338010400098765" },
            otherActor, CancellationToken.None);
        Assert.Contains("未找到该资助项目", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        Assert.Null(await Demo.WithDbAsync(fixture.Factory, db => db.Awards.Where(a => a.Id == awardId).Select(a => a.BankAccountConfirmedAt).SingleAsync()));
    }
}
