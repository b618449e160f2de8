using Microsoft.EntityFrameworkCore;
using Npgsql;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// The database's own guard behind the code's: one payment row per tranche, payments and the money trail
/// append-only, and a paid tranche stays paid — even for raw SQL through the portal's own connection.
/// </summary>
public sealed class LedgerGuardTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private async Task<(Guid AwardId, Guid BatchId, Guid LineId, Guid TrancheId)> PaidLineAsync()
    {
        var (awardId, batchId, line) = await FinanceData.ApprovedLineAsync(fixture.Factory, 15_000m);
        var paid = await FinanceData.PayAsync(fixture.Factory, batchId, line.Id, "YH-LEDGER", await FinanceData.CheckerAsync(fixture.Factory));
        Assert.True(paid.Succeeded, FinanceData.Messages(paid));
        return (awardId, batchId, line.Id, line.TrancheId);
    }

    private Task<PostgresException> RefusedAsync(FormattableString sql) =>
        Assert.ThrowsAsync<PostgresException>(() => Demo.WithDbAsync(fixture.Factory, db => db.Database.ExecuteSqlInterpolatedAsync(sql)));

    [Fact]
    public async Task The_database_refuses_a_second_payment_row_for_a_tranche()
    {
        var (awardId, batchId, _, trancheId) = await PaidLineAsync();

        var refused = await RefusedAsync($"""
            INSERT INTO payments (tranche_id, award_id, batch_id, line_id, amount, reference, paid_on, recorded_by_name, recorded_at)
            VALUES ({trancheId}, {awardId}, {batchId}, {Guid.NewGuid()}, 15000, 'YH-SECOND', DATE '2026-11-23', 'x', now())
            """);

        Assert.Equal(PostgresErrorCodes.UniqueViolation, refused.SqlState);
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_a_payment_or_a_money_event()
    {
        var (awardId, _, _, trancheId) = await PaidLineAsync();

        var updatePayment = await RefusedAsync($"UPDATE payments SET reference = 'rewritten' WHERE tranche_id = {trancheId}");
        var deletePayment = await RefusedAsync($"DELETE FROM payments WHERE tranche_id = {trancheId}");
        var updateEvent = await RefusedAsync($"UPDATE money_events SET note = 'rewritten' WHERE subject_id = {awardId}");
        var deleteEvent = await RefusedAsync($"DELETE FROM money_events WHERE subject_id = {awardId}");

        Assert.All([updatePayment, deletePayment, updateEvent, deleteEvent], e =>
        {
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, e.SqlState);
            Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal);
        });
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.Payments.CountAsync(p => p.TrancheId == trancheId && p.Reference == "YH-LEDGER")));
    }

    [Fact]
    public async Task The_database_refuses_to_change_a_paid_tranche_back()
    {
        var (_, _, _, trancheId) = await PaidLineAsync();

        var unpaid = await RefusedAsync($"UPDATE award_tranches SET status = 'Payable', paid_on = NULL, payment_reference = NULL WHERE id = {trancheId}");
        var rereferenced = await RefusedAsync($"UPDATE award_tranches SET payment_reference = 'other' WHERE id = {trancheId}");

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, unpaid.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, rereferenced.SqlState);
    }
}
