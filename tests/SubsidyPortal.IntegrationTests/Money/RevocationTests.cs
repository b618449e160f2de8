using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>
/// 项目撤销 (金科〔2025〕25 号 关于项目管理有关要求 四) from the committee's award page (through <see cref="ICommitteeAwards"/>;
/// the dialog itself is pinned in CommitteeMoneyJourneyTests): a confirm step shows what stops and what is clawed back;
/// confirming stops unpaid tranches, revokes the application, opens the claw-back for exactly what was paid, tells the
/// enterprise and writes the trail. A second revocation is refused.
/// </summary>
public sealed class RevocationTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private ICommitteeAwards Awards => fixture.Factory.Services.GetRequiredService<ICommitteeAwards>();

    [Fact]
    public async Task Staff_revoke_an_award_with_one_paid_and_two_unpaid_tranches()
    {
        var (awardId, applicationId, enterpriseId) = await AftercareData.ApplicationAwardWithFirstTranchePaidAsync(fixture.Factory);
        // The demo application's approved amount is spread over the three tranches; the first is what was paid.
        var tranches = await Demo.WithDbAsync(fixture.Factory, db => db.AwardTranches.AsNoTracking().Where(t => t.AwardId == awardId).OrderBy(t => t.Sequence).ToListAsync());
        var paid = tranches[0].Amount;
        var unpaid = tranches[1].Amount + tranches[2].Amount;
        var paidText = paid.ToString("N2", CultureInfo.InvariantCulture);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var revocation = new Revocation { Ground = RevocationGround.CannotProceed, Note = "场地租赁合同解除，项目无法继续实施" };

        // Step 1: ground and note pass the form's check; nothing changes yet, the dialog shows what would
        // (read from the award page's view, which is what the dialog is given).
        Assert.True(new RevocationValidator().Validate(revocation).IsValid);
        var preview = (await Awards.DetailAsync(awardId, staff, CancellationToken.None))!.Revocation;
        Assert.Equal(2, preview.Stops.Count);
        Assert.Equal(unpaid, preview.StopTotal);
        Assert.Equal(paid, preview.ClawBack);
        Assert.Contains(paidText, MoneyText.Yuan(preview.ClawBack), StringComparison.Ordinal);
        Assert.Equal(AwardStatus.Active, await Demo.WithDbAsync(fixture.Factory, db => db.Awards.Where(a => a.Id == awardId).Select(a => a.Status).SingleAsync()));

        // Step 2: confirm.
        var confirmed = await Awards.RevokeAsync(awardId, revocation, staff, CancellationToken.None);
        Assert.True(confirmed.Succeeded, string.Join("; ", confirmed.Errors.Select(e => e.Message)));

        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));
        Assert.Equal(AwardStatus.Revoked, award.Status);
        Assert.Equal(RevocationGround.CannotProceed, award.RevocationGround);
        Assert.Equal(
            [TrancheStatus.Paid, TrancheStatus.Stopped, TrancheStatus.Stopped],
            award.Tranches.OrderBy(t => t.Sequence).Select(t => t.Status));

        var clawback = await Demo.WithDbAsync(fixture.Factory, db => db.Clawbacks.AsNoTracking().SingleAsync(c => c.AwardId == awardId));
        Assert.Equal(paid, clawback.AmountDue);
        Assert.Equal(ClawbackStatus.Open, clawback.Status);

        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId));
        Assert.Equal(ApplicationStatus.Revoked, application.Status);

        var notices = await Demo.WithDbAsync(fixture.Factory, db => db.Notifications.AsNoTracking()
            .Where(n => n.EnterpriseId == enterpriseId && n.Link == $"/enterprise/awards/{awardId}").Select(n => n.TextZh).ToListAsync());
        Assert.Contains(notices, n => n.Contains("已撤销", StringComparison.Ordinal) && n.Contains(paidText, StringComparison.Ordinal));

        var trail = await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.AsNoTracking()
            .Where(e => e.SubjectId == awardId || e.SubjectId == clawback.Id).OrderBy(e => e.At).ThenBy(e => e.Sequence).ToListAsync());
        var revoked = Assert.Single(trail, e => e.SubjectId == awardId && e.Action == "Revoked");
        Assert.Equal(unpaid, revoked.Amount);
        Assert.Equal(PortalRoles.CommitteeStaff, revoked.ActorRole);
        Assert.Contains(trail, e => e.SubjectId == clawback.Id && e.Action == "Opened" && e.Amount == paid);
        Assert.Equal(["Awarded", "BankAccountConfirmed", "TrancheBatched", "TranchePaid", "Revoked"],
            trail.Where(e => e.SubjectId == awardId).OrderBy(e => e.Sequence).Select(e => e.Action));

        // Revoking twice: the page offers no revocation any more, a stale confirm is refused, nothing more is written.
        var again = await Awards.RevokeAsync(awardId, revocation, staff, CancellationToken.None);
        Assert.False(again.Succeeded);
        Assert.Contains("已撤销", again.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.Clawbacks.CountAsync(c => c.AwardId == awardId)));
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.CountAsync(e => e.SubjectId == awardId && e.Action == "Revoked")));
        var after = (await Awards.DetailAsync(awardId, staff, CancellationToken.None))!;
        Assert.False(after.MayRevoke);
        Assert.Equal(paid, after.Clawback!.AmountDue);

        // The page as prerendered: the revocation notice with the claw-back, and no revocation offered.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var page = await client.GetPageAsync($"/committee/awards/{awardId}");
        Assert.Contains(paidText, page.QuerySelector("[data-testid=clawback-due]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=revocation]"));
    }

    [Fact]
    public async Task The_first_step_asks_for_a_ground_and_the_facts_before_showing_anything()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 50_000m);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var revocation = new Revocation { Ground = null, Note = " " };

        // The form's check (what the page runs before the dialog) and the command give the same messages beside the fields.
        var onForm = new RevocationValidator().Validate(revocation);
        var result = await Awards.RevokeAsync(awardId, revocation, staff, CancellationToken.None);

        foreach (var errors in new[] { onForm.ToCommandResult().Errors, result.Errors })
        {
            Assert.Contains("请选择撤销情形", errors.Single(e => e.Field == nameof(Revocation.Ground)).Message, StringComparison.Ordinal);
            Assert.Contains("请填写撤销的事实和依据", errors.Single(e => e.Field == nameof(Revocation.Note)).Message, StringComparison.Ordinal);
        }

        Assert.Equal(AwardStatus.Active, await Demo.WithDbAsync(fixture.Factory, db => db.Awards.Where(a => a.Id == awardId).Select(a => a.Status).SingleAsync()));
        Assert.Equal(0, await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.CountAsync(e => e.SubjectId == awardId && e.Action == "Revoked")));
    }

    [Fact]
    public async Task Revoking_an_award_stops_its_line_on_a_batch_not_yet_paid_and_claws_back_nothing_when_nothing_was_paid()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 80_000m);
        var finance = await Demo.ActorAsync(fixture.Factory, MoneyData.Finance);
        var staffActor = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var batchId = await MoneyData.WithAsync(fixture.Factory, async services =>
        {
            var store = services.GetRequiredService<MoneyStore>();
            var award = await store.Db.Awards.SingleAsync(a => a.Id == awardId);
            var batch = DisbursementBatch.Build(await store.NextBatchNumberAsync(2026, CancellationToken.None), "待付", [(award, award.Tranches[0])], finance, fixture.Factory.Clock.Now);
            store.Db.DisbursementBatches.Add(batch);
            store.Stage(batch);
            store.Stage(award);
            await store.Db.SaveChangesAsync();
            return batch.Id;
        });

        var result = await MoneyData.WithAsync(fixture.Factory, services => services.GetRequiredService<AwardService>()
            .RevokeAsync(awardId, RevocationGround.OtherLegalGrounds, "依规定撤销", staffActor, CancellationToken.None));
        Assert.True(result.Succeeded);

        var line = await Demo.WithDbAsync(fixture.Factory, db => db.DisbursementLines.AsNoTracking().SingleAsync(l => l.BatchId == batchId));
        Assert.Equal(LineStatus.Stopped, line.Status);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Clawbacks.AnyAsync(c => c.AwardId == awardId)));

        var twice = await MoneyData.WithAsync(fixture.Factory, services => services.GetRequiredService<AwardService>()
            .RevokeAsync(awardId, RevocationGround.OtherLegalGrounds, "再撤销", staffActor, CancellationToken.None));
        Assert.False(twice.Succeeded);
        Assert.Contains("已撤销", twice.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.CountAsync(e => e.SubjectId == awardId && e.Action == "Revoked")));
    }

    [Fact]
    public async Task The_enterprise_sees_the_revocation_and_the_amount_to_return()
    {
        var awardId = await MoneyData.AwardAsync(fixture.Factory, 300_000m, ruleTranches: AftercareData.ThreeYears);
        await AftercareData.PayFirstTrancheAsync(fixture.Factory, awardId);
        var staffActor = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var result = await MoneyData.WithAsync(fixture.Factory, services => services.GetRequiredService<AwardService>()
            .RevokeAsync(awardId, RevocationGround.UnapprovedChange, "未经批准擅自变更建设内容", staffActor, CancellationToken.None));
        Assert.True(result.Succeeded);

        using var enterprise = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var page = await enterprise.GetPageAsync($"/enterprise/awards/{awardId}");
        Assert.Contains("未经批准擅自变更建设内容", page.QuerySelector("[data-testid=revocation-notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("100,000.00", page.QuerySelector("[data-testid=clawback-due]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=confirm-account]"));
        Assert.Null(page.QuerySelector("[data-testid=file-change]"));
    }

    [Fact]
    public async Task An_awarded_application_is_refused_revocation_on_its_own_and_revoking_the_award_revokes_both()
    {
        var (awardId, applicationId, _) = await AftercareData.ApplicationAwardWithFirstTranchePaidAsync(fixture.Factory);
        var staffActor = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var onApplication = await MoneyData.WithAsync(fixture.Factory, services => services.GetRequiredService<Infrastructure.Workflow.ApplicationWorkflow>()
            .ApplyAsync(applicationId, ApplicationAction.Revoke, staffActor, new Infrastructure.Workflow.TransitionInput("申报材料弄虚作假"), CancellationToken.None));
        Assert.False(onApplication.Succeeded);

        var result = await MoneyData.WithAsync(fixture.Factory, services => services.GetRequiredService<AwardService>()
            .RevokeAsync(awardId, RevocationGround.OtherLegalGrounds, "申报材料弄虚作假", staffActor, CancellationToken.None));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.Id == awardId));
        Assert.Equal(AwardStatus.Revoked, award.Status);
        var paid = await Demo.WithDbAsync(fixture.Factory, db => db.AwardTranches.Where(t => t.AwardId == awardId && t.Sequence == 1).Select(t => t.Amount).SingleAsync());
        Assert.Equal(paid, await Demo.WithDbAsync(fixture.Factory, db => db.Clawbacks.Where(c => c.AwardId == awardId).Select(c => c.AmountDue).SingleAsync()));
        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync());
        Assert.Equal(ApplicationStatus.Revoked, application);
    }
}
