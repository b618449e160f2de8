using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// Staff release a later tranche from the award page only once it is due, and only with a note. The page calls
/// <see cref="ICommitteeAwards"/>; the page itself is pinned in CommitteeMoneyJourneyTests.
/// </summary>
public sealed class TrancheReleasePageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private ICommitteeAwards Awards => fixture.Factory.Services.GetRequiredService<ICommitteeAwards>();

    [Fact]
    public async Task A_later_tranche_is_offered_for_release_only_when_due_and_needs_a_note()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 300_000m, ruleTranches: AftercareData.ThreeYears);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);

        var before = (await Awards.DetailAsync(awardId, staff, CancellationToken.None))!;
        Assert.Empty(before.DueToRelease);
        Assert.Contains(before.NotYetDue, t => t.Sequence == 2);
        var second = before.Award.Tranches.Single(t => t.Sequence == 2);
        var early = await Awards.ReleaseTrancheAsync(awardId, new TrancheRelease { TrancheId = second.Id, Note = "提前放款" }, staff, CancellationToken.None);
        Assert.Contains("尚未到拨付时间", Assert.Single(early.Errors).Message, StringComparison.Ordinal);

        fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date).AddYears(1));
        try
        {
            var due = (await Awards.DetailAsync(awardId, staff, CancellationToken.None))!;
            Assert.Equal([2], due.DueToRelease.Select(t => t.Sequence));

            var noNote = await Awards.ReleaseTrancheAsync(awardId, new TrancheRelease { TrancheId = second.Id, Note = "" }, staff, CancellationToken.None);
            var error = Assert.Single(noNote.Errors);
            Assert.Equal(nameof(TrancheRelease.Note), error.Field);
            Assert.Contains("请填写说明", error.Message, StringComparison.Ordinal);
            Assert.Equal(error.Message, new TrancheReleaseValidator().Validate(new TrancheRelease { Note = " " }).Errors.Single().ErrorMessage);

            var released = await Awards.ReleaseTrancheAsync(awardId, new TrancheRelease { TrancheId = second.Id, Note = "已核第 2 个租赁年度租金支付凭证" }, staff, CancellationToken.None);
            Assert.True(released.Succeeded, string.Join("; ", released.Errors.Select(e => e.Message)));
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date));
        }

        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));
        Assert.Equal([TrancheStatus.Payable, TrancheStatus.Payable, TrancheStatus.Scheduled], award.Tranches.OrderBy(t => t.Sequence).Select(t => t.Status));
        Assert.Contains(await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.Where(e => e.SubjectId == awardId).Select(e => e.Action).ToListAsync()), a => a == "TrancheReleased");
    }

    [Fact]
    public async Task Only_committee_staff_may_release_a_tranche_or_read_the_award_through_the_committee_use_case()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 300_000m, ruleTranches: AftercareData.ThreeYears);
        var finance = await Demo.ActorAsync(fixture.Factory, MoneyData.Finance);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        var tranche = await Demo.WithDbAsync(fixture.Factory, db => db.AwardTranches.Where(t => t.AwardId == awardId && t.Sequence == 2).Select(t => t.Id).SingleAsync());

        fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date).AddYears(1));
        try
        {
            foreach (var actor in new[] { finance, applicant })
            {
                Assert.Null(await Awards.DetailAsync(awardId, actor, CancellationToken.None));
                Assert.Empty((await Awards.ListAsync(actor, new CommitteeAwardFilter(), new(), CancellationToken.None)).Page.Items);
                var refused = await Awards.ReleaseTrancheAsync(awardId, new TrancheRelease { TrancheId = tranche, Note = "越权放款" }, actor, CancellationToken.None);
                Assert.Contains("未找到该资助项目", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.Date));
        }

        Assert.Equal(TrancheStatus.Scheduled, await Demo.WithDbAsync(fixture.Factory, db => db.AwardTranches.Where(t => t.Id == tranche).Select(t => t.Status).SingleAsync()));
    }
}
