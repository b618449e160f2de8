using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SubsidyPortal.Application.Ledger;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// 分期缴回 and 核销 through finance's use case against PostgreSQL: a plan is saved with its instalments and its line on
/// the money trail, kept when superseded; a write-off needs a second finance user, closes the claw-back and shows in the
/// enterprise's funding ledger, whose written-off total equals the money trail's.
/// </summary>
public sealed class ClawbackPlanAndWriteOffTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task An_instalment_plan_is_saved_with_its_trail_line_and_a_later_plan_supersedes_it()
    {
        var (clawbackId, enterpriseId) = await OpenClawbackAsync(24_000m);
        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var today = FinanceData.Today(fixture.Factory);
        var desk = FinanceData.Desk(fixture.Factory);

        var short_ = await desk.AgreeInstalmentPlanAsync(clawbackId, [new(today.AddMonths(1), 12_000m), new(today.AddMonths(2), 11_999.99m)], null, maker, CancellationToken.None);
        Assert.Equal("Instalments", Assert.Single(short_.Errors).Field);
        Assert.Equal(ValidationText.Get("clawback.plan-total"), FinanceData.Messages(short_));
        Assert.Contains("合计等于尚未收回的金额", FinanceData.Messages(short_), StringComparison.Ordinal);
        var past = await desk.AgreeInstalmentPlanAsync(clawbackId, [new(today.AddDays(-1), 24_000m)], null, maker, CancellationToken.None);
        Assert.Equal("FirstDue", Assert.Single(past.Errors).Field);

        var agreed = await desk.AgreeInstalmentPlanAsync(clawbackId, InstalmentTerm.Even(24_000m, 3, today.AddMonths(1), 1), "企业分期申请", maker, CancellationToken.None);
        Assert.True(agreed.Succeeded, FinanceData.Messages(agreed));
        var row = await RowAsync(clawbackId);
        Assert.Equal([8_000m, 8_000m, 8_000m], row.Plan.Select(i => i.Amount));
        Assert.Equal(today.AddMonths(1), row.NextInstalment!.DueOn);
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.Notifications.CountAsync(
            n => n.EnterpriseId == enterpriseId && n.TextZh.Contains("已约定分 3 期缴回，首期 8,000.00 元"))));

        // A recovery counts towards the first instalment; a second plan for the rest supersedes the first and keeps its rows.
        Assert.True((await desk.RecordRecoveryAsync(clawbackId, 8_000m, today, "JK-1", maker, CancellationToken.None)).Succeeded);
        row = await RowAsync(clawbackId);
        Assert.Equal(InstalmentState.Repaid, row.Plan[0].State);
        var again = await desk.AgreeInstalmentPlanAsync(clawbackId, InstalmentTerm.Even(16_000m, 4, today.AddMonths(2), 3), null, maker, CancellationToken.None);
        Assert.True(again.Succeeded, FinanceData.Messages(again));
        row = await RowAsync(clawbackId);
        Assert.Equal(4, row.Plan.Count);
        Assert.All(row.Plan, i => Assert.Equal(InstalmentState.Due, i.State));
        Assert.Equal(7, await Demo.WithDbAsync(fixture.Factory, db => db.Set<ClawbackInstalment>().CountAsync(i => i.ClawbackId == clawbackId)));
        Assert.Equal(["Opened", "PlanAgreed", "Recovered", "PlanAgreed"], (await desk.ClawbackTrailAsync(clawbackId, maker, CancellationToken.None)).Select(e => e.Action));

        // An agreed plan stays as agreed: the database refuses to rewrite an instalment.
        var rewrite = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(
            "UPDATE clawback_instalments SET amount = amount + 1 WHERE clawback_id = @id", clawbackId));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, rewrite.SqlState);
    }

    [Fact]
    public async Task A_write_off_needs_a_second_finance_user_and_the_ledger_counts_it_as_the_money_trail_does()
    {
        var (clawbackId, enterpriseId) = await OpenClawbackAsync(18_000m);
        var maker = await FinanceData.MakerAsync(fixture.Factory);
        var checker = await FinanceData.CheckerAsync(fixture.Factory);
        var today = FinanceData.Today(fixture.Factory);
        var desk = FinanceData.Desk(fixture.Factory);
        Assert.True((await desk.RecordRecoveryAsync(clawbackId, 3_000m, today, "JK-1", maker, CancellationToken.None)).Succeeded);

        var noReason = await desk.ProposeWriteOffAsync(clawbackId, " ", maker, CancellationToken.None);
        Assert.Equal("Reason", Assert.Single(noReason.Errors).Field);
        Assert.True((await desk.ProposeWriteOffAsync(clawbackId, "企业已注销，无可执行财产", maker, CancellationToken.None)).Succeeded);
        var self = await desk.ApproveWriteOffAsync(clawbackId, maker, CancellationToken.None);
        Assert.Equal(ValidationText.Get("clawback.write-off-same-user"), FinanceData.Messages(self));
        var pending = await RowAsync(clawbackId);
        Assert.Equal(15_000m, pending.PendingWriteOff!.Amount);
        Assert.Equal(ClawbackStatus.Open, pending.Status);

        var approved = await desk.ApproveWriteOffAsync(clawbackId, checker, CancellationToken.None);
        Assert.True(approved.Succeeded, FinanceData.Messages(approved));
        var closed = await RowAsync(clawbackId);
        Assert.Equal(ClawbackStatus.WrittenOff, closed.Status);
        Assert.Equal(15_000m, closed.AmountWrittenOff);
        Assert.Equal(0m, closed.Outstanding);
        Assert.Null(closed.PendingWriteOff);
        var trail = await desk.ClawbackTrailAsync(clawbackId, maker, CancellationToken.None);
        Assert.Equal(["Opened", "Recovered", "WriteOffProposed", "WrittenOff"], trail.Select(e => e.Action));
        Assert.Equal(checker.Name, trail[^1].ActorName);
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.Notifications.CountAsync(
            n => n.EnterpriseId == enterpriseId && n.TextZh.Contains("15,000.00 元已核销"))));

        // The ledger's written-off total equals the WrittenOff lines of the money trail for the enterprise's claw-backs.
        var staff = await FinanceData.StaffAsync(fixture.Factory);
        var ledger = (await fixture.Factory.Services.GetRequiredService<IFundingLedger>().ForEnterpriseAsync(staff, enterpriseId, CancellationToken.None))!;
        var fromTrail = await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents
            .Where(e => e.Action == "WrittenOff" && db.Clawbacks.Any(c => c.Id == e.SubjectId && c.EnterpriseId == enterpriseId)).SumAsync(e => e.Amount ?? 0m));
        Assert.Equal(fromTrail, ledger.Totals.WrittenOff);
        Assert.True(ledger.Totals.WrittenOff >= 15_000m);

        // Closed: nothing more is planned, asked for or recovered.
        Assert.False((await desk.ProposeWriteOffAsync(clawbackId, "再次", maker, CancellationToken.None)).Succeeded);
        Assert.False((await desk.RecordRecoveryAsync(clawbackId, 1m, today, "JK-2", maker, CancellationToken.None)).Succeeded);
    }

    private async Task<(Guid ClawbackId, Guid EnterpriseId)> OpenClawbackAsync(decimal amount)
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, amount);
        var batchId = await FinanceData.DraftForAsync(fixture.Factory, awardId);
        var checker = await FinanceData.CheckerAsync(fixture.Factory);
        Assert.True((await FinanceData.UseAsync(fixture.Factory, s => s.ApproveAsync(batchId, checker, CancellationToken.None))).Succeeded);
        var line = Assert.Single((await FinanceData.BatchAsync(fixture.Factory, batchId)).Lines);
        Assert.True((await FinanceData.PayAsync(fixture.Factory, batchId, line.Id, $"YH-{awardId:N}"[..20], checker)).Succeeded);
        var staff = await FinanceData.StaffAsync(fixture.Factory);
        Assert.True((await MoneyData.WithAsync(fixture.Factory, sp => sp.GetRequiredService<AwardService>()
            .RevokeAsync(awardId, RevocationGround.CannotProceed, "项目无法继续实施", staff, CancellationToken.None))).Succeeded);
        var clawback = await Demo.WithDbAsync(fixture.Factory, db => db.Clawbacks.AsNoTracking().SingleAsync(c => c.AwardId == awardId));
        return (clawback.Id, clawback.EnterpriseId);
    }

    private async Task<Application.Finance.ClawbackRow> RowAsync(Guid clawbackId)
    {
        var finance = await FinanceData.MakerAsync(fixture.Factory);
        var page = await FinanceData.Desk(fixture.Factory).ClawbacksAsync(new(PageSize: 100), finance, CancellationToken.None);
        return Assert.Single(page.Items, c => c.Id == clawbackId);
    }

    private async Task ExecuteAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(fixture.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }
}
