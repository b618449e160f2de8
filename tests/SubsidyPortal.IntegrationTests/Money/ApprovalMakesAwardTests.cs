using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>立项 makes the award in the same save: one award per application, with its schedule, audit line and notice.</summary>
public sealed class ApprovalMakesAwardTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Approval_after_the_notice_makes_one_award_for_the_approved_amount_even_when_rounds_race()
    {
        var onNotice = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PublicNotice);
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.SingleAsync(n => n.Id == onNotice.NoticeId));
        fixture.Factory.Clock.MoveTo(notice.LastDay.AddDays(1));
        var job = fixture.Factory.Services.GetRequiredService<NoticeApprovalJob>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => job.RunOnceAsync(CancellationToken.None)));

        var awards = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().Where(a => a.ApplicationId == onNotice.Id).ToListAsync());
        var award = Assert.Single(awards);
        Assert.Equal(onNotice.ApprovedAmount, award.Amount);
        Assert.Equal(AwardSource.Application, award.Source);
        Assert.Equal(AwardStatus.Active, award.Status);
        Assert.Equal(onNotice.ProjectName, award.ProjectName);
        Assert.Equal(award.Amount, award.Tranches.Sum(t => t.Amount));
        Assert.Equal(TrancheStatus.Payable, award.Tranches.OrderBy(t => t.Sequence).First().Status);
        Assert.Null(award.BankAccountConfirmedAt);
        Assert.Matches(@"^ZZ-\d{4}-\d{6}$", award.AwardNumber);

        var trail = await Demo.WithDbAsync(fixture.Factory, db => db.MoneyEvents.AsNoTracking().Where(e => e.SubjectId == award.Id).ToListAsync());
        var made = Assert.Single(trail);
        Assert.Equal("Awarded", made.Action);
        Assert.Equal(award.Amount, made.Amount);
        var notified = await Demo.WithDbAsync(fixture.Factory, db => db.Notifications.AnyAsync(n => n.EnterpriseId == award.EnterpriseId && n.Link == $"/enterprise/awards/{award.Id}"));
        Assert.True(notified);
    }

    [Fact]
    public async Task An_application_never_gets_a_second_award_the_database_refuses_it()
    {
        var approved = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.Approved);
        var key = $"application:{approved.Id}";
        var existing = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().CountAsync(a => a.SourceKey == key));
        Assert.Equal(1, existing);

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var original = await db.Awards.AsNoTracking().SingleAsync(a => a.SourceKey == key);
            return await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO awards (id, award_number, source, source_key, policy_id, clause_id, enterprise_id, recipient_name, uscc, project_name, amount, awarded_on, year, status, created_at, history_count) VALUES ({Guid.NewGuid()}, {"ZZ-TEST-1"}, {"Application"}, {key}, {original.PolicyId}, {original.ClauseId}, {original.EnterpriseId}, {original.RecipientName}, {original.Uscc}, {original.ProjectName}, {1m}, {original.AwardedOn}, {original.Year}, {"Active"}, {DateTimeOffset.UtcNow}, {0})");
        }));
        Assert.Equal(Npgsql.PostgresErrorCodes.UniqueViolation, refused.SqlState);
    }

    [Fact]
    public async Task An_awarded_application_is_not_revoked_on_its_own_the_award_must_be()
    {
        var approved = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.Approved);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);

        var result = await MoneyData.WithAsync(fixture.Factory, sp => sp.GetRequiredService<ApplicationWorkflow>()
            .ApplyAsync(approved.Id, ApplicationAction.Revoke, staff, new TransitionInput("企业迁出本区"), CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Contains("资助项目", result.Errors.Single().Message, StringComparison.Ordinal);
        var status = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == approved.Id).Select(a => a.Status).SingleAsync());
        Assert.Equal(ApplicationStatus.Approved, status);
        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.ApplicationId == approved.Id));
        Assert.NotEqual(AwardStatus.Revoked, award.Status);
    }

    [Fact]
    public async Task The_application_page_links_to_its_award_and_offers_no_revoke_of_its_own()
    {
        var approved = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.Approved);
        var award = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.AsNoTracking().SingleAsync(a => a.ApplicationId == approved.Id));
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);

        var page = await staff.GetPageAsync($"/committee/applications/{approved.Id}");

        Assert.Equal($"/committee/awards/{award.Id}", page.QuerySelector("[data-testid=award-link] a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector($"[data-testid=act-{nameof(ApplicationAction.Revoke)}]"));
    }
}
