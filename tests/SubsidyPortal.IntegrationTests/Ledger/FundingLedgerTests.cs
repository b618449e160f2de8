using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SubsidyPortal.Application.Ledger;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Ledger;

/// <summary>
/// Issue 14 point 6: one funding ledger per enterprise (by 统一社会信用代码), across programmes and authorities, whose
/// totals are the money trail's own: what the payments table paid, what the recoveries recovered.
/// </summary>
public sealed class FundingLedgerTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IFundingLedger Ledgers => fixture.Factory.Services.GetRequiredService<IFundingLedger>();

    private async Task<decimal> SumAsync(string sql, string uscc)
    {
        await using var connection = new NpgsqlConnection(fixture.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("uscc", uscc);
        return (decimal)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Each_enterprises_totals_equal_the_payments_and_recoveries_recorded_for_it()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var enterprises = await Demo.WithDbAsync(fixture.Factory, db => db.Enterprises.Where(e => db.Awards.Any(a => a.EnterpriseId == e.Id)).Select(e => e.Id).ToListAsync());
        Assert.NotEmpty(enterprises);
        var clawedBack = 0m;
        foreach (var id in enterprises)
        {
            var ledger = (await Ledgers.ForEnterpriseAsync(staff, id, CancellationToken.None))!;
            var totals = ledger.Totals;
            Assert.Equal(await SumAsync("SELECT coalesce(sum(amount), 0) FROM awards WHERE uscc = @uscc", ledger.Uscc), totals.Approved);
            Assert.Equal(await SumAsync("SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN awards a ON a.id = p.award_id WHERE a.uscc = @uscc", ledger.Uscc), totals.Paid);
            Assert.Equal(await SumAsync(
                "SELECT coalesce(sum(r.amount), 0) FROM clawback_recoveries r JOIN clawbacks c ON c.id = r.clawback_id JOIN awards a ON a.id = c.award_id WHERE a.uscc = @uscc",
                ledger.Uscc), totals.Recovered);
            Assert.Equal(ledger.Years.Sum(y => y.Awards), await Demo.WithDbAsync(fixture.Factory, db => db.Awards.CountAsync(a => a.Uscc == ledger.Uscc)));
            clawedBack += totals.ClawbackDue;
        }

        // The demo's revoked 免申即享 award is in some enterprise's ledger, with its claw-back.
        Assert.True(clawedBack > 0);
    }

    [Fact]
    public async Task A_clerk_of_one_authority_sees_the_support_from_every_authority_and_an_applicant_only_its_own()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var jinshan = await Demo.ActorAsync(fixture.Factory, "staff.jinshan@demo.local") with { Authorities = AuthorityScope.Only([AdministeringAuthorities.JinshanId]) };
        // An enterprise with a 长宁 award: a 金山 clerk still sees it, as support the enterprise holds.
        var changningEnterprise = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.Where(a => a.PolicyId == "changning-2024").Select(a => a.EnterpriseId).FirstAsync());

        var all = (await Ledgers.ForEnterpriseAsync(staff, changningEnterprise, CancellationToken.None))!;
        var seenFromJinshan = (await Ledgers.ForEnterpriseAsync(jinshan, changningEnterprise, CancellationToken.None))!;
        Assert.NotEmpty(all.Years);
        Assert.Equal(all.Years, seenFromJinshan.Years);

        // Its own user reads it; another enterprise's does not.
        var own = await Demo.ActorAsync(fixture.Factory, Demo.Applicant) with { EnterpriseId = changningEnterprise };
        Assert.Equal(all.Years, (await Ledgers.ForEnterpriseAsync(own, changningEnterprise, CancellationToken.None))!.Years);
        var other = await Demo.ActorAsync(fixture.Factory, Demo.OtherApplicant);
        Assert.NotEqual(changningEnterprise, other.EnterpriseId);
        Assert.Null(await Ledgers.ForEnterpriseAsync(other, changningEnterprise, CancellationToken.None));
        Assert.Null(await Ledgers.ForEnterpriseAsync(await Demo.ActorAsync(fixture.Factory, Demo.Expert), changningEnterprise, CancellationToken.None));
    }

    [Fact]
    public async Task The_enterprise_reads_its_ledger_on_its_awards_page()
    {
        // applicant2's enterprise holds the demo's awards waiting for its account.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.OtherApplicant);
        var page = await client.GetPageAsync("/enterprise/awards");
        var ledger = page.QuerySelector("[data-testid=funding-ledger]");
        Assert.NotNull(ledger);
        Assert.Contains("资助台账", ledger!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(ledger.QuerySelector("[data-testid=ledger-total]"));

        // Its export, the same figures; another enterprise's is not found.
        var own = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.OtherApplicant);
        var csv = await client.Http.GetStringAsync($"/ledger/{own}/export.csv");
        var figures = (await Ledgers.ForEnterpriseAsync(await Demo.ActorAsync(fixture.Factory, Demo.OtherApplicant), own, CancellationToken.None))!;
        Assert.Contains("资助台账", csv, StringComparison.Ordinal);
        Assert.Contains(figures.Totals.Approved.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), csv, StringComparison.Ordinal);
        var another = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.Applicant);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.Http.GetAsync($"/ledger/{another}/export.csv")).StatusCode);
    }
}
