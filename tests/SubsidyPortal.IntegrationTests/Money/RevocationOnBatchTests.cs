using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Finance;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// 项目撤销 while a line waits on an approved batch: the line stops and is never paid, the batch completes with the
/// rest, and a claw-back opens for what was paid only; recoveries fill it to the fen and close it.
/// </summary>
public sealed class RevocationOnBatchTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string OtherClause = "changning-2024/1-core-technology";

    [Fact]
    public async Task Revoking_stops_the_pending_line_completes_the_batch_with_the_rest_and_claws_back_only_what_was_paid()
    {
        const int year = 3201;
        var revoked = await MoneyData.AwardAsync(fixture.Factory, 60_000m, year: year, ruleTranches: [.. LaterTranchesTests.ThreeYears.Take(2)]);
        var other = await MoneyData.AwardAsync(fixture.Factory, 10_000m, enterpriseEmail: Demo.OtherApplicant, year: year);
        var checker = await FinanceData.CheckerAsync(fixture.Factory);
        var staff = await FinanceData.StaffAsync(fixture.Factory);

        // First year: tranche 1 of the award and the other award are paid.
        var first = await ApproveAsync(year);
        foreach (var line in (await FinanceData.BatchAsync(fixture.Factory, first)).Lines)
        {
            Assert.True((await FinanceData.PayAsync(fixture.Factory, first, line.Id, $"YH-1-{line.LineNumber}", checker)).Succeeded);
        }

        Assert.Equal(BatchStatus.Completed, (await FinanceData.BatchAsync(fixture.Factory, first)).Status);

        // Next year: tranche 2 is released and batched with a third award, the batch approved; then the award is revoked.
        var awardNow = await FinanceData.AwardAsync(fixture.Factory, revoked);
        var secondTranche = awardNow.Tranches.Single(t => t.Sequence == 2);
        fixture.Factory.Clock.MoveTo(secondTranche.DueOn);
        Assert.True((await Services<AwardService>(s => s.ReleaseTrancheAsync(revoked, secondTranche.Id, "第二年证明已交", staff, CancellationToken.None))).Succeeded);
        var third = await MoneyData.AwardAsync(fixture.Factory, 5_000m, enterpriseEmail: Demo.OtherApplicant, clauseId: OtherClause, year: year);
        var second = await ApproveAsync(year);
        var lines = (await FinanceData.BatchAsync(fixture.Factory, second)).Lines;
        var stoppedLine = lines.Single(l => l.AwardId == revoked);
        var thirdLine = lines.Single(l => l.AwardId == third);

        var revocation = await Services<AwardService>(s => s.RevokeAsync(revoked, RevocationGround.CannotProceed, "项目无法继续实施", staff, CancellationToken.None));
        Assert.True(revocation.Succeeded, FinanceData.Messages(revocation));

        var batch = await FinanceData.BatchAsync(fixture.Factory, second);
        Assert.Equal(LineStatus.Stopped, batch.Lines.Single(l => l.Id == stoppedLine.Id).Status);
        Assert.Equal(BatchStatus.Approved, batch.Status);
        var refused = await FinanceData.PayAsync(fixture.Factory, second, stoppedLine.Id, "YH-STOPPED", checker);
        Assert.Equal(ValidationText.Get("batch.line-stopped"), FinanceData.Messages(refused));
        Assert.True((await FinanceData.PayAsync(fixture.Factory, second, thirdLine.Id, "YH-2-THIRD", checker)).Succeeded);

        batch = await FinanceData.BatchAsync(fixture.Factory, second);
        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.Equal(5_000m, batch.PaidTotal);
        Assert.Equal(0, await Db(db => db.Payments.CountAsync(p => p.TrancheId == secondTranche.Id)));
        var clawback = await Db(db => db.Clawbacks.AsNoTracking().SingleAsync(c => c.AwardId == revoked));
        var paidFirst = awardNow.Tranches.Single(t => t.Sequence == 1).Amount;
        Assert.Equal(paidFirst, clawback.AmountDue);
        Assert.Equal(ClawbackStatus.Open, clawback.Status);
    }

    [Fact]
    public async Task Recoveries_fill_a_claw_back_up_to_what_is_outstanding_and_close_it()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 30_000m);
        var batchId = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        var checker = await FinanceData.CheckerAsync(fixture.Factory);
        Assert.True((await FinanceData.UseAsync(fixture.Factory, s => s.ApproveAsync(batchId, checker, CancellationToken.None))).Succeeded);
        var line = Assert.Single((await FinanceData.BatchAsync(fixture.Factory, batchId)).Lines);
        Assert.True((await FinanceData.PayAsync(fixture.Factory, batchId, line.Id, "YH-CB", checker)).Succeeded);
        var staff = await FinanceData.StaffAsync(fixture.Factory);
        Assert.True((await Services<AwardService>(s => s.RevokeAsync(awardId, RevocationGround.UnapprovedChange, "擅自变更建设内容", staff, CancellationToken.None))).Succeeded);
        var clawbackId = await Db(db => db.Clawbacks.Where(c => c.AwardId == awardId).Select(c => c.Id).SingleAsync());
        var today = FinanceData.Today(fixture.Factory);

        var part = await Services<ClawbackService>(s => s.RecordRecoveryAsync(clawbackId, 10_000m, today, "JK-001", checker, CancellationToken.None));
        var over = await Services<ClawbackService>(s => s.RecordRecoveryAsync(clawbackId, 20_000.01m, today, "JK-002", checker, CancellationToken.None));
        var noFen = await Services<ClawbackService>(s => s.RecordRecoveryAsync(clawbackId, 0.001m, today, "JK-003", checker, CancellationToken.None));

        Assert.True(part.Succeeded, FinanceData.Messages(part));
        Assert.Equal("Amount", Assert.Single(over.Errors).Field);
        Assert.Equal(ValidationText.Get("clawback.amount-invalid"), FinanceData.Messages(over));
        Assert.False(noFen.Succeeded);
        var open = await Db(db => db.Clawbacks.AsNoTracking().SingleAsync(c => c.Id == clawbackId));
        Assert.Equal(10_000m, open.AmountRecovered);
        Assert.Equal(20_000m, open.Outstanding);

        // The rest through the page's use case: the claw-back closes and moves below those still open.
        var finance = await FinanceData.MakerAsync(fixture.Factory);
        var desk = FinanceData.Desk(fixture.Factory);
        var tooMuch = await desk.RecordRecoveryAsync(clawbackId, 20_000.01m, today, "JK-004", finance, CancellationToken.None);
        Assert.Equal("Amount", Assert.Single(tooMuch.Errors).Field);
        var rest = await desk.RecordRecoveryAsync(clawbackId, 20_000m, today, "JK-004", finance, CancellationToken.None);
        Assert.True(rest.Succeeded, FinanceData.Messages(rest));
        var list = await desk.ClawbacksAsync(new(PageSize: 100), finance, CancellationToken.None);
        var closed = Assert.Single(list.Items, c => c.Id == clawbackId);
        Assert.Equal(ClawbackStatus.Recovered, closed.Status);
        Assert.Equal("0.00", SubsidyPortal.Application.Formatting.MoneyText.YuanNumber(closed.Outstanding));
        Assert.True(list.Items.SkipWhile(c => c.Status == ClawbackStatus.Open).All(c => c.Status == ClawbackStatus.Recovered), "open claw-backs come first");
        Assert.Equal(
            ["Opened", "Recovered", "Recovered", "Closed"],
            (await desk.ClawbackTrailAsync(clawbackId, finance, CancellationToken.None)).Select(e => e.Action));
        var done = await Db(db => db.Clawbacks.AsNoTracking().SingleAsync(c => c.Id == clawbackId));
        Assert.Equal(ClawbackStatus.Recovered, done.Status);
        Assert.Equal(30_000m, done.AmountRecovered);
        Assert.Equal(["Opened", "Recovered", "Recovered", "Closed"], await Db(db => db.MoneyEvents.Where(e => e.SubjectId == clawbackId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync()));
        var after = await Services<ClawbackService>(s => s.RecordRecoveryAsync(clawbackId, 1m, today, "JK-005", checker, CancellationToken.None));
        Assert.False(after.Succeeded);
    }

    private async Task<Guid> ApproveAsync(int year)
    {
        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var checker = await FinanceData.CheckerAsync(fixture.Factory);
        var (batchId, built) = await FinanceData.UseAsync(fixture.Factory, s => s.BuildAsync(new PayableFilter(Year: year), null, maker, CancellationToken.None));
        Assert.True(built.Succeeded, FinanceData.Messages(built));
        Assert.True((await FinanceData.UseAsync(fixture.Factory, s => s.ApproveAsync(batchId!.Value, checker, CancellationToken.None))).Succeeded);
        return batchId!.Value;
    }

    private Task<T> Services<TService, T>(Func<TService, Task<T>> use)
        where TService : notnull => MoneyData.WithAsync(fixture.Factory, sp => use(sp.GetRequiredService<TService>()));

    private Task<CommandResult> Services<TService>(Func<TService, Task<CommandResult>> use)
        where TService : notnull => Services<TService, CommandResult>(use);

    private Task<T> Db<T>(Func<Infrastructure.Persistence.PortalDbContext, Task<T>> query) => Demo.WithDbAsync(fixture.Factory, query);
}
