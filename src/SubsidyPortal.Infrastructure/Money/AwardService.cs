using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>What an enterprise types to confirm its account.</summary>
public sealed record BankAccountInput(string? AccountName, string? BankName, string? AccountNumber);

/// <summary>
/// Awards after they are made: the enterprise confirms its account, staff release later tranches and revoke.
/// Revocation stops every unpaid tranche (also on a batch), revokes the application, and opens a claw-back for
/// what was paid, in one save.
/// </summary>
public sealed class AwardService(MoneyStore store, IClock clock, ApplicationWorkflow workflow)
{
    private PortalDbContext Db => store.Db;

    /// <summary>An award the actor may see: the recipient enterprise, committee staff and finance; others get null.</summary>
    public async Task<Award?> FindAsync(Guid awardId, Actor actor, CancellationToken cancellationToken)
    {
        var award = await Db.Awards.AsNoTracking().SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);
        return award is not null && MaySee(award, actor) ? award : null;
    }

    public static bool MaySee(Award award, Actor actor) => actor.Role switch
    {
        PortalRoles.CommitteeStaff or PortalRoles.FinanceStaff => true,
        PortalRoles.Applicant => actor.EnterpriseId == award.EnterpriseId,
        PortalRoles.TownOrPark => award.TownOrParkId is not null && actor.TownOrParkId == award.TownOrParkId,
        _ => false,
    };

    /// <summary>The award an approved application became, if any (its id and number).</summary>
    public async Task<(Guid Id, string Number)?> AwardOfApplicationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var made = await Db.Awards.AsNoTracking().IgnoreAutoIncludes().Where(a => a.ApplicationId == applicationId)
            .Select(a => new { a.Id, a.AwardNumber }).SingleOrDefaultAsync(cancellationToken);
        return made is null ? null : (made.Id, made.AwardNumber);
    }

    /// <summary>The money audit trail of one subject (award, batch or claw-back), oldest first.</summary>
    public async Task<IReadOnlyList<MoneyEvent>> TrailAsync(Guid subjectId, CancellationToken cancellationToken) =>
        await Db.MoneyEvents.AsNoTracking().Where(e => e.SubjectId == subjectId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);

    public async Task<CommandResult> ConfirmBankAccountAsync(Guid awardId, BankAccountInput input, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(awardId, actor, award =>
        {
            award.ConfirmBankAccount(input.AccountName ?? string.Empty, input.BankName ?? string.Empty, input.AccountNumber ?? string.Empty, actor, clock.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<CommandResult> ReleaseTrancheAsync(Guid awardId, Guid trancheId, string? note, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(awardId, actor, award =>
        {
            award.ReleaseTranche(trancheId, note ?? string.Empty, actor, clock.Now, clock.Today);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>项目撤销 (金科〔2025〕25 号 项目管理 四): stops unpaid tranches and opens the claw-back for what was paid.</summary>
    public async Task<CommandResult> RevokeAsync(Guid awardId, RevocationGround ground, string? note, Actor actor, CancellationToken cancellationToken) =>
        await ChangeAsync(awardId, actor, async award =>
        {
            var paid = award.Revoke(ground, note ?? string.Empty, actor, clock.Now);
            var batches = await Db.DisbursementBatches
                .Where(b => b.Status == BatchStatus.Draft || b.Status == BatchStatus.Approved)
                .Where(b => b.Lines.Any(l => l.AwardId == award.Id && l.Status == LineStatus.Pending))
                .ToListAsync(cancellationToken);
            foreach (var batch in batches)
            {
                batch.StopLinesOf(award.Id, actor, clock.Now);
                store.Stage(batch);
            }

            if (paid > 0)
            {
                var clawback = Clawback.Open(award, paid, actor, clock.Now);
                Db.Clawbacks.Add(clawback);
                store.Stage(clawback);
            }

            if (award.ApplicationId is { } applicationId)
            {
                // The application may already be revoked on its own page (its transition table allows that); the award
                // must still be revocable then, or its unpaid tranches could never be stopped.
                var application = await Db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken);
                if (application.Status != ApplicationStatus.Revoked)
                {
                    var context = await workflow.ContextAsync(application, new TransitionInput(award.RevocationNote), cancellationToken);
                    application.Apply(ApplicationAction.Revoke, actor, context);
                    workflow.Stage(application);
                }
            }

            Db.Notifications.Add(AwardNotifications.Revoked(award, paid, clock.Now));
        }, cancellationToken);

    private async Task<CommandResult> ChangeAsync(Guid awardId, Actor actor, Func<Award, Task> change, CancellationToken cancellationToken)
    {
        var award = await Db.Awards.SingleOrDefaultAsync(a => a.Id == awardId, cancellationToken);
        return await store.ChangeAsync(award is not null && MaySee(award, actor) ? award : null, "award.not-found", change, FieldFor, cancellationToken);
    }

    private static string FieldFor(string code) => code switch
    {
        "award.bank-account-name-required" => nameof(BankAccountInput.AccountName),
        "award.bank-name-required" => nameof(BankAccountInput.BankName),
        "award.bank-account-number-invalid" => nameof(BankAccountInput.AccountNumber),
        "award.note-required" or "award.revocation-note-required" => "Note",
        _ => string.Empty,
    };
}
