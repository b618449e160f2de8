using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Finance;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>Batches built, approved and paid through the real services, for the disbursement tests.</summary>
internal static class FinanceData
{
    public static Task<Actor> MakerAsync(PortalFactory factory) => Demo.ActorAsync(factory, MoneyData.Finance);

    public static Task<Actor> CheckerAsync(PortalFactory factory) => Demo.ActorAsync(factory, MoneyData.Finance2);

    public static Task<Actor> StaffAsync(PortalFactory factory) => Demo.ActorAsync(factory, Demo.Staff);

    public static Task<int> YearOfAsync(PortalFactory factory, Guid awardId) =>
        Demo.WithDbAsync(factory, db => db.Awards.Where(a => a.Id == awardId).Select(a => a.Year).SingleAsync());

    /// <summary>The finance pages' use cases, as the pages call them (each call in its own scope).</summary>
    public static IFinanceDesk Desk(PortalFactory factory) => factory.Services.GetRequiredService<IFinanceDesk>();

    public static Task<T> UseAsync<T>(PortalFactory factory, Func<DisbursementService, Task<T>> use) =>
        MoneyData.WithAsync(factory, sp => use(sp.GetRequiredService<DisbursementService>()));

    /// <summary>A draft batch holding exactly the given award's payable tranches (its year is the filter).</summary>
    public static async Task<Guid> DraftForAsync(PortalFactory factory, Guid awardId)
    {
        var year = await YearOfAsync(factory, awardId);
        var maker = await MakerAsync(factory);
        var (batchId, result) = await UseAsync(factory, s => s.BuildAsync(new PayableFilter(Year: year), "测试批次", maker, CancellationToken.None));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return batchId!.Value;
    }

    /// <summary>An approved batch (built by finance, approved by finance2) for one new award of the amount.</summary>
    public static async Task<(Guid AwardId, Guid BatchId, DisbursementLine Line)> ApprovedLineAsync(PortalFactory factory, decimal amount)
    {
        var awardId = await MoneyData.AwardAsync(factory, amount);
        var batchId = await DraftForAsync(factory, awardId);
        var checker = await CheckerAsync(factory);
        var approved = await UseAsync(factory, s => s.ApproveAsync(batchId, checker, CancellationToken.None));
        Assert.True(approved.Succeeded, string.Join(" ", approved.Errors.Select(e => e.Message)));
        var batch = await BatchAsync(factory, batchId);
        return (awardId, batchId, Assert.Single(batch.Lines));
    }

    public static async Task<DisbursementBatch> BatchAsync(PortalFactory factory, Guid batchId) =>
        (await UseAsync(factory, s => s.FindBatchAsync(batchId, CancellationToken.None)))!;

    public static Task<Award> AwardAsync(PortalFactory factory, Guid awardId) =>
        Demo.WithDbAsync(factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));

    public static DateOnly Today(PortalFactory factory) => ((IClock)factory.Clock).Today;

    public static Task<CommandResult> PayAsync(PortalFactory factory, Guid batchId, Guid lineId, string reference, Actor actor) =>
        UseAsync(factory, s => s.RecordPaymentAsync(batchId, lineId, reference, Today(factory), actor, CancellationToken.None));

    public static Task<int> CountAsync(PortalFactory factory, Func<PortalDbContext, Task<int>> count) => Demo.WithDbAsync(factory, count);

    public static string Messages(CommandResult result) => string.Join(" ", result.Errors.Select(e => e.Message));
}
