using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Notices;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notices;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>公示: the window is counted in working days; objections hold approval; the job approves when it ends.
/// Staff publish and resolve through ICommitteeRanking and ICommitteeReview, what their pages call.</summary>
public sealed class NoticeTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    [Fact]
    public async Task Publishing_puts_the_proposed_list_on_notice_for_the_calls_working_days()
    {
        var proposed = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.ProposedForApproval);
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        fixture.Factory.Clock.MoveTo(new DateOnly(2026, 9, 30)); // the day before 国庆: the window skips the holiday week

        var (noticeId, result) = await fixture.Factory.Services.GetRequiredService<ICommitteeRanking>().PublishAsync(proposed.CallId, staff, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(";", result.Errors.Select(e => e.Message)));
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.SingleAsync(n => n.Id == noticeId));
        Assert.Equal(new DateOnly(2026, 9, 30), notice.FirstDay);
        // 2026 国庆: 10-01..10-07 off (no make-up Saturday in 2026's schedule after it); working days 9-30, 10-08, 10-09, 10-12, 10-13.
        Assert.Equal(5, notice.WorkingDays);
        Assert.True(notice.LastDay > new DateOnly(2026, 10, 7));
        var after = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == proposed.Id));
        Assert.Equal(ApplicationStatus.PublicNotice, after.Status);
        Assert.Equal(notice.LastDay, after.NoticeLastDay);

        using var anonymous = PortalClient.For(fixture.Factory);
        var page = await anonymous.GetPageAsync($"/notices/{noticeId}");
        Assert.Contains(after.ProjectName, page.QuerySelector("[data-testid=notice-entries]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_objection_holds_approval_and_an_upheld_one_takes_the_application_off_the_list()
    {
        var onNotice = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PublicNotice);
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.SingleAsync(n => n.Id == onNotice.NoticeId));
        fixture.Factory.Clock.MoveTo(notice.FirstDay);

        using var anonymous = PortalClient.For(fixture.Factory);
        var lodged = await anonymous.SubmitAsync($"/notices/{notice.Id}", "objection", new Dictionary<string, string>
        {
            ["Input.ApplicationId"] = onNotice.Id.ToString(),
            ["Input.Name"] = "张三",
            ["Input.Contact"] = "13800000000",
            ["Input.Text"] = "该企业实际经营地不在本区。",
        });
        Assert.NotNull((await PortalClient.ParseAsync(lodged)).QuerySelector("[data-testid=objection-lodged]"));

        fixture.Factory.Clock.MoveTo(notice.LastDay.AddDays(1));
        var job = fixture.Factory.Services.GetRequiredService<NoticeApprovalJob>();
        await job.RunOnceAsync(CancellationToken.None);
        var held = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == onNotice.Id).Select(a => a.Status).SingleAsync());
        Assert.Equal(ApplicationStatus.PublicNotice, held);

        var objection = await Demo.WithDbAsync(fixture.Factory, db => db.Objections.SingleAsync(o => o.ApplicationId == onNotice.Id));
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var review = fixture.Factory.Services.GetRequiredService<ICommitteeReview>();
        Assert.Equal("committee.objections", (await review.ReviewAsync(onNotice.Id, staff, CancellationToken.None))!.QueueKey);
        var resolved = await review.ResolveObjectionAsync(onNotice.Id, objection.Id, upheld: true, "经核实，企业经营地已迁出本区。", staff, CancellationToken.None);
        Assert.True(resolved.Succeeded);

        var after = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == onNotice.Id));
        Assert.Equal(ApplicationStatus.Rejected, after.Status);
        Assert.Equal("经核实，企业经营地已迁出本区。", after.DecisionReason);
        var stored = await Demo.WithDbAsync(fixture.Factory, db => db.Objections.AsNoTracking().SingleAsync(o => o.Id == objection.Id));
        Assert.Equal(ObjectionStatus.Upheld, stored.Status);
    }

    [Fact]
    public async Task An_objection_after_the_window_is_refused_in_chinese()
    {
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.AsNoTracking().OrderBy(n => n.LastDay).FirstAsync());
        var entry = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().FirstAsync(a => a.NoticeId == notice.Id));
        fixture.Factory.Clock.MoveTo(notice.LastDay.AddDays(1));
        var result = await WithAsync(sp => sp.GetRequiredService<NoticeService>().LodgeObjectionAsync(notice.Id,
            new ObjectionInput { ApplicationId = entry.Id, Name = "李四", Contact = "li@example.com", Text = "异议" }, CancellationToken.None));
        Assert.False(result.Succeeded);
        Assert.Contains("不再受理异议", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_is_read_a_page_at_a_time_with_the_whole_lists_total_and_a_lines_link_chooses_it_for_the_objection()
    {
        var onNotice = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PublicNotice);
        var notice = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.AsNoTracking().SingleAsync(n => n.Id == onNotice.NoticeId));
        fixture.Factory.Clock.MoveTo(notice.FirstDay);
        try
        {
            var notices = fixture.Factory.Services.GetRequiredService<IPublicNotices>();
            var whole = (await notices.NoticeAsync(notice.Id, new PageRequest(0, 100), CancellationToken.None))!;
            var first = (await notices.NoticeAsync(notice.Id, new PageRequest(0, 1), CancellationToken.None))!;
            Assert.Single(first.Lines.Items);
            Assert.Equal(whole.Lines.Total, first.Lines.Total);
            Assert.Equal(whole.Lines.Items.Where(l => l.StillListed).Sum(l => l.Amount ?? 0m), first.ListedTotal);
            Assert.True(first.Notice.TakesObjections);
            Assert.Null(await notices.NoticeAsync(Guid.NewGuid(), new PageRequest(), CancellationToken.None));

            // The line's link names it above the form, and the form sends it; a link to a line not on this notice
            // falls back to choosing one.
            using var anonymous = PortalClient.For(fixture.Factory);
            var chosen = await anonymous.GetPageAsync($"/notices/{notice.Id}?entry={onNotice.Id}");
            Assert.Contains(onNotice.ProjectName, chosen.QuerySelector("[data-testid=objection-line]")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(onNotice.Id.ToString(), chosen.QuerySelector("input[name='Input.ApplicationId']")!.GetAttribute("value"));
            Assert.NotNull(chosen.QuerySelector($"a[data-testid=object-to-line][href*='entry={onNotice.Id}']"));
            var unknown = await anonymous.GetPageAsync($"/notices/{notice.Id}?entry={Guid.NewGuid()}&page=x");
            Assert.Null(unknown.QuerySelector("[data-testid=objection-line]"));
            Assert.NotNull(unknown.QuerySelector("select[name='Input.ApplicationId']"));
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(DateOnly.FromDateTime(PortalFactory.TestDay.DateTime));
        }
    }
}
