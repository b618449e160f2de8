using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Seeding;

/// <summary>
/// Demo money, walked through the real aggregates so each has its audit trail: the approved demo application's
/// award and a 免申即享 award paid on one batch (built by finance@, approved by finance2@); the latter later revoked
/// with its claw-back half recovered; and a new 免申即享 award waiting for the enterprise to confirm its account.
/// Nothing is left payable, so finance starts from an empty payable list until an account is confirmed.
/// </summary>
internal sealed class DemoMoney(PortalDbContext db, DateTimeOffset now)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private int _number;

    public async Task SeedAsync(Enterprise jinshan, CancellationToken cancellationToken)
    {
        if (await db.Awards.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = Day(now);
        var staff = new Actor(null, "区科委经办人", PortalRoles.CommitteeStaff);
        var maker = new Actor(DeterministicGuid.Create("user:finance@demo.local"), "财务经办人", PortalRoles.FinanceStaff);
        var checker = new Actor(DeterministicGuid.Create("user:finance2@demo.local"), "财务复核人", PortalRoles.FinanceStaff);
        var jinshanUser = new Actor(DeterministicGuid.Create("user:applicant2@demo.local"), jinshan.ContactPerson, PortalRoles.Applicant, jinshan.Id);

        var application = await db.Applications.SingleAsync(a => a.Status == ApplicationStatus.Approved, cancellationToken);
        var applicant = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == application.EnterpriseId, cancellationToken);
        var year = await db.Calls.Where(c => c.Id == application.CallId).Select(c => c.Year).SingleAsync(cancellationToken);
        var approvedAt = application.ApprovedAt!.Value;
        var applied = Award.ForApplication(
            Number(year), application, PolicyCatalog.Find(application.ClauseId)!.Policy.Id, year, applicant.Name, applicant.Uscc.Value,
            MoneyStore.TranchesFromSnapshot(application.EvaluationSnapshot), Actor.System, approvedAt, Day(approvedAt));
        applied.ConfirmBankAccount(applicant.Name, "上海银行长宁支行", "31658 0300 0123 4567", new Actor(null, applicant.ContactPerson, PortalRoles.Applicant, applicant.Id), approvedAt.AddDays(2));

        // Last year's 市科技小巨人 matching for the Jinshan enterprise: paid on the same batch, later revoked.
        var earlier = Entitlement(jinshan, today.Year - 1, 800_000m, staff, approvedAt.AddDays(-30));
        earlier.ConfirmBankAccount(jinshan.Name, "中国农业银行上海金山支行", "0338 0104 0001 2345 6", jinshanUser, approvedAt.AddDays(-28));

        // One batch per administering authority: each pays from its own fund.
        var batchAt = approvedAt.AddDays(5);
        var paidAt = batchAt.AddDays(3);
        var payments = new List<Payment>();
        var batches = new List<DisbursementBatch>();
        foreach (var (number, description, award) in new[]
        {
            ("D001", "演示：长宁区张江专项匹配", applied),
            ("D002", "演示：金山区市科技小巨人配套", earlier),
        })
        {
            var batch = DisbursementBatch.Build(
                string.Create(CultureInfo.InvariantCulture, $"BF-{Day(batchAt).Year}-{number}"), description, [(award, award.Tranches[0])], maker, batchAt);
            batch.Approve(checker, batchAt.AddDays(1));
            batch.RecordExport("xlsx", maker, batchAt.AddDays(1));
            payments.AddRange(batch.Lines.Select(line => batch.RecordPayment(
                line.Id, award, string.Create(CultureInfo.InvariantCulture, $"DEMO{number}{line.LineNumber:00}"), Day(paidAt), maker, paidAt, today)));
            batches.Add(batch);
        }

        var revokedAt = new DateTimeOffset(today.AddDays(-10).ToDateTime(new TimeOnly(10, 0)), Shanghai).ToUniversalTime();
        var paid = earlier.Revoke(RevocationGround.CannotProceed, "企业主营业务迁出本区，项目实施条件发生重大变化，无法继续实施。", staff, revokedAt);
        var clawback = Clawback.Open(earlier, paid, staff, revokedAt);
        clawback.RecordRecovery(paid / 2, today.AddDays(-3), "JH-DEMO-0001", maker, revokedAt.AddDays(7), today);

        // This year's award, waiting for the enterprise to confirm its account.
        var current = Entitlement(jinshan, today.Year, 1_200_000m, staff, now.AddDays(-2));

        db.Awards.AddRange(applied, earlier, current);
        db.DisbursementBatches.AddRange(batches);
        db.Payments.AddRange(payments);
        db.Clawbacks.Add(clawback);
        foreach (var aggregate in (MoneyAggregate[])[applied, earlier, current, clawback, .. batches])
        {
            db.MoneyEvents.AddRange(aggregate.NewHistory);
        }

        db.Notifications.AddRange(
            AwardNotifications.Made(applied, approvedAt), AwardNotifications.Made(current, now.AddDays(-2)),
            AwardNotifications.Revoked(earlier, paid, revokedAt));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A 市科技小巨人 matching award, its amount evaluated by the clause itself from the city grant.</summary>
    private Award Entitlement(Enterprise enterprise, int year, decimal cityGrant, Actor staff, DateTimeOffset at)
    {
        var clause = (Chapter5Topic3CityLittleGiant)PolicyCatalog.Find(new Chapter5Topic3CityLittleGiant().Id)!;
        var day = Day(at);
        var values = ProfileFacts.From(enterprise, day, enterprise.TownOrParkId is { } town ? db.TownsOrParks.Find(town)?.Name : null);
        values["recommendedCityLittleGiant"] = true;
        values[clause.CityGrantKey] = cityGrant;
        values[JinshanPolicy.CreditInput.Key] = true;
        var evaluation = ClauseEvaluator.Evaluate(clause, new Facts(values), day, []);
        if (evaluation.Outcome != EvaluationOutcome.Eligible || evaluation.Amount is null)
        {
            throw new InvalidOperationException($"Demo entitlement for {clause.Id} is {evaluation.Outcome}; fix the demo facts.");
        }

        return Award.ForEntitlement(
            Number(year), Guid.Empty, clause.Policy.Id, clause.Id, year, enterprise.Id, enterprise.TownOrParkId, enterprise.Name,
            enterprise.Uscc.Value, $"{year} 年度{clause.TitleZh}", evaluation.Amount.Value, evaluation.Amount.Tranches, staff, at, day);
    }

    // Demo numbers carry a D so they never meet the sequence's ZZ-2026-000001 …
    private string Number(int year) => string.Create(CultureInfo.InvariantCulture, $"ZZ-{year}-D{++_number:00000}");

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Shanghai).DateTime);
}
