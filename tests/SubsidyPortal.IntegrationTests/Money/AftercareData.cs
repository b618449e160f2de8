using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>Awards for the after-the-award tests, made and paid through the real domain (the finance pages are built elsewhere).</summary>
internal static class AftercareData
{
    public static readonly Tranche[] ThreeYears =
    [
        new(1, "第 1 年", 100_000m, AmountKind.Fixed, "立项后拨付"),
        new(2, "第 2 年", 100_000m, AmountKind.Fixed, "第 2 个租赁年度租金支付证明"),
        new(3, "第 3 年", 100_000m, AmountKind.Fixed, "第 3 个租赁年度租金支付证明"),
    ];

    /// <summary>
    /// The award for a seeded approved application (three yearly tranches of 100 000, account confirmed), with the first
    /// tranche paid through a batch built by finance@ and approved by finance2@.
    /// </summary>
    public static async Task<(Guid AwardId, Guid ApplicationId, Guid EnterpriseId)> ApplicationAwardWithFirstTranchePaidAsync(PortalFactory factory)
    {
        var staff = await Demo.ActorAsync(factory, Demo.Staff);
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var store = services.GetRequiredService<MoneyStore>();
        var clock = services.GetRequiredService<IClock>();
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Approved && !db.Awards.Any(w => w.ApplicationId == a.Id))
            .FirstOrDefaultAsync();
        if (application is null)
        {
            // The demo's approved application already has its award; tests take one proposed or on notice (with an
            // approved amount) and mark it approved (the notice approval is not what these tests are about).
            var onNotice = await db.Applications.AsNoTracking()
                .Where(a => (a.Status == ApplicationStatus.PublicNotice || a.Status == ApplicationStatus.ProposedForApproval) && a.ApprovedAmount > 0)
                .OrderBy(a => a.Status).Select(a => a.Id).FirstAsync();
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE applications SET status = 'Approved' WHERE id = {onNotice}");
            application = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == onNotice);
        }

        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == application.EnterpriseId);
        var year = await db.Calls.AsNoTracking().Where(c => c.Id == application.CallId).Select(c => c.Year).SingleAsync();
        var award = Award.ForApplication(
            await store.NextAwardNumberAsync(year, CancellationToken.None), application, PolicyCatalog.Find(application.ClauseId)!.Policy.Id, year,
            enterprise.Name, enterprise.Uscc.Value, ThreeYears, staff, clock.Now, clock.Today);
        var recipient = new Actor(null, enterprise.Name, Domain.Identity.PortalRoles.Applicant, enterprise.Id);
        award.ConfirmBankAccount(enterprise.Name, "中国建设银行上海分行", "3105 0161 3600 0000 1234", recipient, clock.Now);

        services.GetRequiredService<AwardMaker>().Stage(award, clock.Now);
        await db.SaveChangesAsync();
        await PayFirstTrancheAsync(factory, award.Id);
        return (award.Id, application.Id, enterprise.Id);
    }

    /// <summary>Pays tranche 1 (payable from the start) through a batch built by finance@, approved by finance2@, paid today.</summary>
    public static async Task PayFirstTrancheAsync(PortalFactory factory, Guid awardId)
    {
        var finance = await Demo.ActorAsync(factory, MoneyData.Finance);
        var finance2 = await Demo.ActorAsync(factory, MoneyData.Finance2);
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<MoneyStore>();
        var clock = scope.ServiceProvider.GetRequiredService<IClock>();
        var award = await store.Db.Awards.SingleAsync(a => a.Id == awardId);
        var first = award.Tranches.Single(t => t.Sequence == 1);
        var batch = DisbursementBatch.Build(await store.NextBatchNumberAsync(award.Year, CancellationToken.None), "测试拨付", [(award, first)], finance, clock.Now);
        batch.Approve(finance2, clock.Now);
        var payment = batch.RecordPayment(batch.Lines[0].Id, award, $"HX{clock.Now:yyyyMMddHHmmssfff}", clock.Today, finance, clock.Now, clock.Today);
        store.Db.DisbursementBatches.Add(batch);
        store.Db.Payments.Add(payment);
        store.Stage(batch);
        store.Stage(award);
        await store.Db.SaveChangesAsync();
    }
}
