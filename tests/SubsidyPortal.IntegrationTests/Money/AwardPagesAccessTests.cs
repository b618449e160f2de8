using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Domain.Awards;
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
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var awards = fixture.Factory.Services.GetRequiredService<ICommitteeAwards>();

        // The list loads over the circuit from the use case the page calls (pinned in CommitteeMoneyJourneyTests).
        var filter = new CommitteeAwardFilter(Status: AwardStatus.Active, Source: AwardSource.AutomaticEntitlement);
        var list = await awards.ListAsync(staff, filter, new PageRequest(PageSize: PageRequest.MaxPageSize, Search: "金山示范"), CancellationToken.None);
        Assert.Contains(list.Page.Items, r => r.Id == jinshan);
        Assert.DoesNotContain(list.Page.Items, r => r.Id == changning);
        Assert.All(list.Page.Items, r => Assert.Contains("金山示范", r.RecipientName, StringComparison.Ordinal));
        Assert.Equal(list.Page.Total, list.Totals.Awards);
        Assert.Equal(list.Page.Items.Sum(r => r.Amount), list.Totals.Amount);
        Assert.Equal(list.Page.Items.Sum(r => r.Paid), list.Totals.Paid);
        Assert.Equal(list.Page.Items.Sum(r => r.Outstanding), list.Totals.Outstanding);

        var none = await awards.ListAsync(staff, new CommitteeAwardFilter(Status: AwardStatus.Revoked), new PageRequest(Search: "不存在的企业"), CancellationToken.None);
        Assert.Empty(none.Page.Items);
        Assert.Equal(CommitteeAwardTotals.None, none.Totals);

        // A link with filters still answers (prerendered), a malformed one too.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/committee/awards?search=" + Uri.EscapeDataString("金山示范") + "&status=Active&source=AutomaticEntitlement")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/committee/awards?status=Nonsense&year=abc&call=x&todo=y")).StatusCode);
    }

    [Fact]
    public async Task The_committee_list_totals_the_whole_filtered_list_in_the_database_not_only_the_page()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var awards = fixture.Factory.Services.GetRequiredService<ICommitteeAwards>();
        for (var i = 0; i < 3; i++)
        {
            await MoneyData.AwardAsync(fixture.Factory, 1_000m + i);
        }

        var (count, amount, paid, outstanding) = await Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var tranches = await db.AwardTranches.AsNoTracking().ToListAsync();
            return (await db.Awards.CountAsync(), await db.Awards.SumAsync(a => a.Amount),
                tranches.Where(t => t.Status == TrancheStatus.Paid).Sum(t => t.Amount), tranches.Where(t => t.IsUnpaid).Sum(t => t.Amount));
        });

        var first = await awards.ListAsync(staff, new CommitteeAwardFilter(), new PageRequest(0, 2), CancellationToken.None);
        var second = await awards.ListAsync(staff, new CommitteeAwardFilter(), new PageRequest(1, 2), CancellationToken.None);

        Assert.Equal(2, first.Page.Items.Count);
        Assert.Equal(count, first.Page.Total);
        Assert.Equal((count, amount, paid, outstanding), (first.Totals.Awards, first.Totals.Amount, first.Totals.Paid, first.Totals.Outstanding));
        Assert.Empty(first.Page.Items.Select(r => r.Id).Intersect(second.Page.Items.Select(r => r.Id)));

        var byAmount = await awards.ListAsync(staff, new CommitteeAwardFilter(), new PageRequest(0, PageRequest.MaxPageSize, CommitteeAwardSort.Amount, Descending: true), CancellationToken.None);
        Assert.Equal(byAmount.Page.Items.Select(r => r.Amount).OrderByDescending(a => a), byAmount.Page.Items.Select(r => r.Amount));
    }

    [Fact]
    public async Task The_needs_attention_filter_finds_the_award_whose_tranche_is_due_and_the_row_says_so()
    {
        var due = await MoneyData.AwardAsync(fixture.Factory, 300_000m, ruleTranches: AftercareData.ThreeYears);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var awards = fixture.Factory.Services.GetRequiredService<ICommitteeAwards>();
        var filter = new CommitteeAwardFilter(Attention: AwardAttention.TrancheDue);

        Assert.DoesNotContain((await awards.ListAsync(staff, filter, new PageRequest(PageSize: 100), CancellationToken.None)).Page.Items, r => r.Id == due);
        fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date).AddYears(1));
        try
        {
            var row = Assert.Single((await awards.ListAsync(staff, filter, new PageRequest(PageSize: 100), CancellationToken.None)).Page.Items, r => r.Id == due);
            Assert.Equal(1, row.TranchesDue);
            Assert.True(row.NeedsAttention);
            var view = (await awards.DetailAsync(due, staff, CancellationToken.None))!;
            Assert.Equal(row.TranchesDue, view.DueToRelease.Count);
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date));
        }
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
