using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Finance;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>分期拨付: the first tranche is paid now; a later one only once its date has come and staff release it.</summary>
public sealed class LaterTranchesTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    public static readonly IReadOnlyList<Tranche> ThreeYears =
    [
        new(1, "第 1 年", 400_000m, AmountKind.Fixed, "立项后拨付"),
        new(2, "第 2 年", 300_000m, AmountKind.Fixed, "第 2 个年度的证明"),
        new(3, "第 3 年", 300_000m, AmountKind.Fixed, "第 3 个年度的证明"),
    ];

    [Fact]
    public async Task A_multi_tranche_award_pays_the_first_tranche_now_and_later_ones_only_after_staff_release_them()
    {
        // Approved below the rule's 1,000,000: the schedule scales to 999,999.99 exactly.
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 999_999.99m, ruleTranches: ThreeYears);
        var award = await FinanceData.AwardAsync(fixture.Factory, awardId);
        Assert.Equal(999_999.99m, award.Tranches.Sum(t => t.Amount));
        var (first, second, third) = (award.Tranches.Single(t => t.Sequence == 1), award.Tranches.Single(t => t.Sequence == 2), award.Tranches.Single(t => t.Sequence == 3));
        Assert.Equal(TrancheStatus.Payable, first.Status);
        Assert.Equal(TrancheStatus.Scheduled, second.Status);

        var batch1 = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        Assert.Equal(first.Id, Assert.Single((await FinanceData.BatchAsync(fixture.Factory, batch1)).Lines).TrancheId);

        var staff = await FinanceData.StaffAsync(fixture.Factory);
        var early = await Release(awardId, second.Id, staff);
        Assert.False(early.Succeeded);
        Assert.Equal(Application.Validation.ValidationText.Get("award.tranche-not-due"), FinanceData.Messages(early));
        Assert.Equal(TrancheStatus.Scheduled, (await FinanceData.AwardAsync(fixture.Factory, awardId)).Tranches.Single(t => t.Id == second.Id).Status);

        // A year on, the second tranche is due; it still waits for staff, then goes on the next batch alone.
        fixture.Factory.Clock.MoveTo(second.DueOn);
        var year = award.Year;
        var waiting = await FinanceData.UseAsync(fixture.Factory, s => s.PayableAsync(new PayableFilter(Year: year), CancellationToken.None));
        Assert.Empty(waiting.Payable);
        var released = await Release(awardId, second.Id, staff);
        Assert.True(released.Succeeded, FinanceData.Messages(released));

        var batch2 = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        var line = Assert.Single((await FinanceData.BatchAsync(fixture.Factory, batch2)).Lines);
        Assert.Equal(second.Id, line.TrancheId);
        Assert.Equal(second.Amount, line.Amount);
        Assert.Equal(TrancheStatus.Scheduled, (await FinanceData.AwardAsync(fixture.Factory, awardId)).Tranches.Single(t => t.Id == third.Id).Status);
    }

    private Task<Application.Validation.CommandResult> Release(Guid awardId, Guid trancheId, Domain.Applications.Actor staff) =>
        MoneyData.WithAsync(fixture.Factory, sp => sp.GetRequiredService<AwardService>().ReleaseTrancheAsync(awardId, trancheId, "已提交年度证明", staff, CancellationToken.None));
}
