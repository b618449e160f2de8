using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.IntegrationTests.Access;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>Each award page renders for its role, refuses the others, and shows a town or park only its own enterprises' awards.</summary>
public sealed class AwardPagesAccessTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    public static TheoryData<string> Roles => new(PortalRoles.All);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_award_page_opens_for_its_role_only(string role)
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 12_000m);
        var pages = new Dictionary<string, string>
        {
            [$"/enterprise/awards/{awardId}"] = PortalRoles.Applicant,
            [$"/committee/awards/{awardId}"] = PortalRoles.CommitteeStaff,
            [$"/town/awards/{awardId}"] = PortalRoles.TownOrPark,
        };
        using var client = await PortalClient.SignedInAsync(fixture.Factory, DemoAccounts.ByRole[role]);
        foreach (var (url, admitted) in pages)
        {
            var response = await client.Http.GetAsync(url);
            if (role == admitted)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} should open {url} but got {(int)response.StatusCode}");
                var page = await PortalClient.ParseAsync(response);
                Assert.NotNull(page.QuerySelector("[data-testid=award-figures]"));
                Assert.NotNull(page.QuerySelector("[data-testid=tranches]"));
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} should be refused {url} but got {(int)response.StatusCode}");
                Assert.StartsWith("/account/access-denied", response.LocationPath(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_town_sees_its_own_enterprises_awards_and_not_found_for_another_towns()
    {
        var own = await MoneyData.AwardAsync(fixture.Factory, 11_000m);
        var other = await MoneyData.AwardAsync(fixture.Factory, 13_000m, enterpriseEmail: Demo.OtherApplicant, clauseId: "changning-2024/6-high-tech-first");
        using var town = await PortalClient.SignedInAsync(fixture.Factory, Demo.Town);

        // The list loads over the circuit, from the use case the page calls; the award pages still answer a GET.
        var actor = await Demo.ActorAsync(fixture.Factory, Demo.Town);
        var list = (await fixture.Factory.Services.GetRequiredService<ITownOrParkWork>().AwardsAsync(actor, null, false, new PageRequest(PageSize: 100), CancellationToken.None))
            .Items.Select(r => r.Id).ToList();
        Assert.Contains(own, list);
        Assert.DoesNotContain(other, list);
        Assert.Equal(HttpStatusCode.NotFound, (await town.Http.GetAsync($"/town/awards/{other}")).StatusCode);
        var detail = await town.GetPageAsync($"/town/awards/{own}");
        Assert.NotNull(detail.QuerySelector("[data-testid=award-figures]"));
        Assert.Empty(detail.QuerySelectorAll("form[data-testid]")); // read-only: none of the award forms
    }

    [Fact]
    public async Task The_committee_list_filters_by_enterprise_name_and_status_and_totals_what_it_shows()
    {
        var changning = await MoneyData.AwardAsync(fixture.Factory, 11_000m);
        var jinshan = await MoneyData.AwardAsync(fixture.Factory, 13_000m, enterpriseEmail: Demo.OtherApplicant);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);

        var page = await staff.GetPageAsync("/committee/awards?name=" + Uri.EscapeDataString("金山示范") + "&status=Active&source=AutomaticEntitlement");
        var table = page.QuerySelector("[data-testid=awards]")!.OuterHtml;
        Assert.Contains(jinshan.ToString(), table, StringComparison.Ordinal);
        Assert.DoesNotContain(changning.ToString(), table, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=award-totals]"));

        var none = await staff.GetPageAsync("/committee/awards?status=Revoked&name=" + Uri.EscapeDataString("不存在的企业"));
        Assert.NotNull(none.QuerySelector("[data-testid=no-awards]"));
    }

    [Fact]
    public async Task An_enterprise_list_shows_its_own_awards_with_what_it_must_do()
    {
        var unconfirmed = await MoneyData.AwardAsync(fixture.Factory, 9_000m, confirmAccount: false);
        var jinshan = await MoneyData.AwardAsync(fixture.Factory, 13_000m, enterpriseEmail: Demo.OtherApplicant);
        using var enterprise = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        Assert.Equal(HttpStatusCode.OK, (await enterprise.Http.GetAsync("/enterprise/awards")).StatusCode);

        // The list's rows come from IEnterpriseAwards once the page is interactive (pinned in MoneyJourneyTests).
        var awards = fixture.Factory.Services.GetRequiredService<IEnterpriseAwards>();
        var page = await awards.PageAsync(await Demo.ActorAsync(fixture.Factory, Demo.Applicant), new PageRequest(PageSize: PageRequest.MaxPageSize), false, CancellationToken.None);
        var row = page.Items.Single(r => r.Id == unconfirmed);
        Assert.True(row.AccountToConfirm);
        Assert.True(row.NeedsAction);
        Assert.DoesNotContain(page.Items, r => r.Id == jinshan);
    }
}
