using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Common;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>我的资助: paged and sorted in the database with its COUNT, what waits for the enterprise first, only its own awards.</summary>
public sealed class EnterpriseAwardListTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IEnterpriseAwards Awards => fixture.Factory.Services.GetRequiredService<IEnterpriseAwards>();

    [Fact]
    public async Task The_list_pages_with_its_total_puts_what_waits_first_and_filters_searches_and_sorts()
    {
        var confirmed = await MoneyData.AwardAsync(fixture.Factory, 11_000m);
        var toConfirm = await MoneyData.AwardAsync(fixture.Factory, 9_000m, confirmAccount: false);
        var another = await MoneyData.AwardAsync(fixture.Factory, 13_000m, enterpriseEmail: Demo.OtherApplicant);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);

        var all = await Awards.PageAsync(applicant, new PageRequest(PageSize: PageRequest.MaxPageSize), false, CancellationToken.None);
        Assert.Equal(all.Total, all.Items.Count);
        Assert.Contains(all.Items, r => r.Id == confirmed);
        Assert.DoesNotContain(all.Items, r => r.Id == another);
        // Those waiting for the enterprise come first.
        Assert.Equal(all.Items.OrderByDescending(r => r.NeedsAction).Select(r => r.NeedsAction), all.Items.Select(r => r.NeedsAction));
        Assert.True(all.Items.ToList().FindIndex(r => r.Id == toConfirm) < all.Items.ToList().FindIndex(r => r.Id == confirmed));

        var first = await Awards.PageAsync(applicant, new PageRequest(PageSize: 1), false, CancellationToken.None);
        Assert.Single(first.Items);
        Assert.Equal(all.Total, first.Total);
        var second = await Awards.PageAsync(applicant, new PageRequest(Page: 1, PageSize: 1), false, CancellationToken.None);
        Assert.Equal(all.Items[1].Id, Assert.Single(second.Items).Id);

        var toDo = await Awards.PageAsync(applicant, new PageRequest(PageSize: PageRequest.MaxPageSize), true, CancellationToken.None);
        Assert.Contains(toDo.Items, r => r.Id == toConfirm);
        Assert.DoesNotContain(toDo.Items, r => r.Id == confirmed);
        Assert.All(toDo.Items, r => Assert.True(r.NeedsAction));

        var number = all.Items.Single(r => r.Id == toConfirm).AwardNumber;
        var found = await Awards.PageAsync(applicant, new PageRequest(PageSize: 20, Search: $" {number.ToLowerInvariant()} "), false, CancellationToken.None);
        Assert.Equal(toConfirm, Assert.Single(found.Items).Id);
        Assert.Equal(1, found.Total);

        var byAmount = await Awards.PageAsync(applicant, new PageRequest(PageSize: PageRequest.MaxPageSize, SortBy: EnterpriseAwardSort.Amount), false, CancellationToken.None);
        Assert.Equal(byAmount.Items.Select(r => r.Amount).Order(), byAmount.Items.Select(r => r.Amount));
        var byNumberDown = await Awards.PageAsync(applicant, new PageRequest(PageSize: PageRequest.MaxPageSize, SortBy: EnterpriseAwardSort.Number, Descending: true), false, CancellationToken.None);
        var byNumberUp = await Awards.PageAsync(applicant, new PageRequest(PageSize: PageRequest.MaxPageSize, SortBy: EnterpriseAwardSort.Number), false, CancellationToken.None);
        Assert.Equal(byNumberUp.Items.Select(r => r.AwardNumber).Reverse(), byNumberDown.Items.Select(r => r.AwardNumber));

        var row = all.Items.Single(r => r.Id == confirmed);
        Assert.Equal((11_000m, 0m, 11_000m), (row.Amount, row.Paid, row.Outstanding));
        Assert.Equal(11_000m, row.NextTranche!.Amount);
        Assert.False(row.NeedsAction);

        var summary = await Awards.SummaryAsync(applicant, CancellationToken.None);
        Assert.Equal(all.Total, summary.Awards);
        Assert.Equal(toDo.Total, summary.NeedingAction);
        Assert.Equal(all.Items.Sum(r => r.Amount), summary.Amount);
        Assert.Equal(all.Items.Sum(r => r.Paid), summary.Paid);
        Assert.Equal(all.Items.Sum(r => r.Outstanding), summary.Outstanding);
    }

    [Fact]
    public async Task A_change_line_on_the_trail_names_its_kind_apart_from_its_note_and_lines_carry_roles()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 30_000m);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        var filed = await Awards.FileChangeAsync(awardId, new ChangeFiling
        {
            Kind = Domain.Awards.ChangeKind.Investment, Description = "新增中试线", PlannedTotal = 1_000_000m, NewTotal = 1_200_000m, StructurePercent = 10m,
        }, applicant, CancellationToken.None);
        Assert.True(filed.Succeeded);

        var view = await Awards.DetailAsync(awardId, applicant, CancellationToken.None);

        var line = view!.Trail.Single(e => e.Action == "ChangeRequested");
        Assert.Equal(Domain.Awards.ChangeKind.Investment, line.Kind);
        Assert.Equal("新增中试线", line.Note);
        Assert.Equal(Domain.Identity.PortalRoles.CommitteeStaff, view.Trail.Single(e => e.Action == "Awarded").ActorRole);
    }
}
