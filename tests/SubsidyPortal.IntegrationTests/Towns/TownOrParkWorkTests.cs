using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Reference;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.IntegrationTests.Money;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Towns;

/// <summary>
/// The town/park's work through the use case its pages call (<see cref="ITownOrParkWork"/>): confirming and declining
/// its own enterprises' filings (a reason required, a stale or second decision refused in Chinese, nothing changed),
/// another town's records answered as missing, and its lists paged on the server. The pages are pinned in Chromium
/// (TownJourneyTests).
/// </summary>
public sealed class TownOrParkWorkTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private ITownOrParkWork Town => fixture.Factory.Services.GetRequiredService<ITownOrParkWork>();

    private Task<Actor> TownAsync() => Demo.ActorAsync(fixture.Factory, Demo.Town);

    private Task<SubsidyApplication> ApplicationAsync(Guid id) =>
        Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<int> EventsAsync(Guid id) => Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.CountAsync(e => e.ApplicationId == id));

    private Task<ApplicationEvent> LastEventAsync(Guid id) =>
        Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).OrderByDescending(e => e.Sequence).FirstAsync());

    /// <summary>A town/park account of another town (朱泾镇, the Jinshan enterprise's), as an administrator would create it.</summary>
    private async Task<Actor> OtherTownAsync()
    {
        var jinshan = await Demo.WithDbAsync(fixture.Factory, db => db.Users.Where(u => u.Email == Demo.OtherApplicant)
            .Join(db.Enterprises, u => u.EnterpriseId, e => e.Id, (u, e) => e.TownOrParkId).SingleAsync());
        return new Actor(Guid.NewGuid(), "朱泾镇经办人", PortalRoles.TownOrPark, TownOrParkId: jinshan);
    }

    [Fact]
    public async Task The_town_confirms_a_filing_which_goes_to_preliminary_review_with_its_trail_and_the_enterprises_message()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "确认测试项目");
        var town = await TownAsync();

        var view = await Town.FilingAsync(id, town, CancellationToken.None);
        Assert.NotNull(view);
        Assert.True(view.CanConfirm);
        Assert.True(view.CanDecline);

        Assert.True((await Town.ConfirmAsync(id, town, CancellationToken.None)).Succeeded);

        var after = await ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.PreliminaryReview, after.Status);
        var last = await LastEventAsync(id);
        Assert.Equal(nameof(ApplicationAction.ConfirmByTown), last.Action);
        Assert.Equal(PortalRoles.TownOrPark, last.ActorRole);
        var inbox = fixture.Factory.Services.GetRequiredService<IInbox>();
        var messages = await inbox.PageAsync(await Demo.ActorAsync(fixture.Factory, Demo.Applicant), new PageRequest(), unreadOnly: false, CancellationToken.None);
        Assert.Contains(messages.Items, m => m.TextZh.Contains(after.ReferenceNumber, StringComparison.Ordinal) && m.TextZh.Contains("初审", StringComparison.Ordinal));

        // The record now says where it stands, and the town may no longer decide on it.
        view = await Town.FilingAsync(id, town, CancellationToken.None);
        Assert.False(view!.CanDecide);
        Assert.Equal(ApplicationStatus.PreliminaryReview, view.Application.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Declining_without_a_reason_is_refused_beside_the_field_in_chinese_and_nothing_changes(string? reason)
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "无理由测试项目");
        var events = await EventsAsync(id);

        var result = await Town.DeclineAsync(id, reason, await TownAsync(), CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Reason", error.Field);
        Assert.Contains("请填写理由", error.Message, StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Submitted, (await ApplicationAsync(id)).Status);
        Assert.Equal(events, await EventsAsync(id));
    }

    [Fact]
    public async Task Declining_with_a_reason_ends_the_filing_and_records_the_reason()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "不予确认测试项目");

        var result = await Town.DeclineAsync(id, "  企业注册地已迁出本镇。 ", await TownAsync(), CancellationToken.None);

        Assert.True(result.Succeeded);
        var after = await ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Rejected, after.Status);
        Assert.Equal("企业注册地已迁出本镇。", after.DecisionReason);
        var last = await LastEventAsync(id);
        Assert.Equal(nameof(ApplicationAction.DeclineByTown), last.Action);
        Assert.Equal("企业注册地已迁出本镇。", last.Reason);
        var inbox = fixture.Factory.Services.GetRequiredService<IInbox>();
        var messages = await inbox.PageAsync(await Demo.ActorAsync(fixture.Factory, Demo.Applicant), new PageRequest(), unreadOnly: false, CancellationToken.None);
        Assert.Contains(messages.Items, m => m.TextZh.Contains(after.ReferenceNumber, StringComparison.Ordinal) && m.TextZh.Contains("企业注册地已迁出本镇。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_decision_on_a_decided_filing_is_refused_in_chinese_and_changes_nothing()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "过时操作测试项目");
        var town = await TownAsync();
        Assert.True((await Town.ConfirmAsync(id, town, CancellationToken.None)).Succeeded);
        var events = await EventsAsync(id);

        // Someone else confirmed while this officer's page still offered the buttons.
        var results = new[] { await Town.ConfirmAsync(id, town, CancellationToken.None), await Town.DeclineAsync(id, "理由", town, CancellationToken.None) };
        foreach (var result in results)
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(string.Empty, error.Field);
            Assert.Contains("当前所处环节不能进行此操作", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(ApplicationStatus.PreliminaryReview, (await ApplicationAsync(id)).Status);
        Assert.Equal(events, await EventsAsync(id));
    }

    [Fact]
    public async Task Two_officers_deciding_at_once_have_one_effect()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "并发确认测试项目");
        var town = await TownAsync();
        var start = new TaskCompletionSource();
        var racing = new[]
        {
            Task.Run(async () => { await start.Task; return await Town.ConfirmAsync(id, town, CancellationToken.None); }),
            Task.Run(async () => { await start.Task; return await Town.DeclineAsync(id, "同时处理", town, CancellationToken.None); }),
        };
        start.SetResult();
        var results = await Task.WhenAll(racing);

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Contains(loser.Errors[0].Message, new[] { "该申报刚刚已被他人处理，请刷新页面查看最新状态。", "该申报当前所处环节不能进行此操作。" });
        var decisions = await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.CountAsync(e =>
            e.ApplicationId == id && (e.Action == nameof(ApplicationAction.ConfirmByTown) || e.Action == nameof(ApplicationAction.DeclineByTown))));
        Assert.Equal(1, decisions);
    }

    [Fact]
    public async Task Another_towns_filing_is_missing_for_reading_and_refused_for_deciding()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "他镇测试项目");
        var other = await OtherTownAsync();
        var events = await EventsAsync(id);

        Assert.Null(await Town.FilingAsync(id, other, CancellationToken.None));
        var results = new[] { await Town.ConfirmAsync(id, other, CancellationToken.None), await Town.DeclineAsync(id, "理由", other, CancellationToken.None) };
        foreach (var result in results)
        {
            Assert.Equal("未找到该申报，或您无权查看。", Assert.Single(result.Errors).Message);
        }

        Assert.DoesNotContain((await Town.FilingsAsync(other, null, new PageRequest(PageSize: 100), CancellationToken.None)).Items, r => r.Id == id);
        Assert.NotEqual(id, await Town.NextWaitingAsync(other, null, CancellationToken.None));
        Assert.Equal(ApplicationStatus.Submitted, (await ApplicationAsync(id)).Status);
        Assert.Equal(events, await EventsAsync(id));
    }

    [Fact]
    public async Task Only_a_town_or_park_actor_sees_or_decides_anything()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "角色测试项目");
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        foreach (var actor in new[] { staff, applicant })
        {
            Assert.Null(await Town.FilingAsync(id, actor, CancellationToken.None));
            Assert.False((await Town.ConfirmAsync(id, actor, CancellationToken.None)).Succeeded);
            Assert.Empty((await Town.FilingsAsync(actor, null, new PageRequest(), CancellationToken.None)).Items);
            Assert.Empty((await Town.EnterprisesAsync(actor, new PageRequest(), CancellationToken.None)).Items);
            Assert.Empty((await Town.AwardsAsync(actor, null, false, new PageRequest(), CancellationToken.None)).Items);
        }

        Assert.Equal(ApplicationStatus.Submitted, (await ApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task The_list_puts_waiting_filings_first_longest_waiting_first_and_filters_and_searches_in_the_database()
    {
        var first = await TestFilings.SubmittedAsync(fixture.Factory, "列表测试项目");
        var town = await TownAsync();

        var page = await Town.FilingsAsync(town, null, new PageRequest(PageSize: 100), CancellationToken.None);
        var waiting = page.Items.TakeWhile(r => r.Status == ApplicationStatus.Submitted).ToList();
        Assert.Equal(page.Items.Count(r => r.Status == ApplicationStatus.Submitted), waiting.Count);
        Assert.Equal(waiting.OrderBy(r => r.SubmittedAt).Select(r => r.Id), waiting.Select(r => r.Id));
        Assert.All(waiting, r => Assert.NotNull(r.WaitingDays));
        Assert.DoesNotContain(page.Items, r => r.Status == ApplicationStatus.Draft);
        Assert.Equal(page.Items.Count, page.Total);

        var onlyWaiting = await Town.FilingsAsync(town, ApplicationStatus.Submitted, new PageRequest(), CancellationToken.None);
        Assert.All(onlyWaiting.Items, r => Assert.Equal(ApplicationStatus.Submitted, r.Status));
        Assert.Contains(onlyWaiting.Items, r => r.Id == first);

        var byEnterprise = await Town.FilingsAsync(town, null, new PageRequest(Search: "智能科技"), CancellationToken.None);
        Assert.NotEmpty(byEnterprise.Items);
        Assert.All(byEnterprise.Items, r => Assert.Contains("智能科技", r.EnterpriseName, StringComparison.Ordinal));
        var byProject = await Town.FilingsAsync(town, null, new PageRequest(Search: "列表测试"), CancellationToken.None);
        Assert.Equal(first, Assert.Single(byProject.Items).Id);
        var reference = (await ApplicationAsync(first)).ReferenceNumber;
        Assert.Equal(first, Assert.Single((await Town.FilingsAsync(town, null, new PageRequest(Search: reference), CancellationToken.None)).Items).Id);

        // Read a page at a time, the work-first order is the same as read whole, across the waiting/other boundary.
        Assert.True(waiting.Count > 0 && waiting.Count < page.Total);
        var byPages = new List<Guid>();
        for (var p = 0; p * 2 < page.Total; p++)
        {
            byPages.AddRange((await Town.FilingsAsync(town, null, new PageRequest(Page: p, PageSize: 2), CancellationToken.None)).Items.Select(r => r.Id));
        }

        Assert.Equal(page.Items.Select(r => r.Id), byPages);
        var others = page.Items.SkipWhile(r => r.Status == ApplicationStatus.Submitted).ToList();
        Assert.Equal(others.OrderByDescending(r => r.SubmittedAt).Select(r => r.SubmittedAt), others.Select(r => r.SubmittedAt));

        var paged = await Town.FilingsAsync(town, null, new PageRequest(Page: 1, PageSize: 2, SortBy: "reference"), CancellationToken.None);
        Assert.Equal(page.Total, paged.Total);
        Assert.Equal(page.Items.Select(r => r.ReferenceNumber).Order(StringComparer.Ordinal).Skip(2).Take(2), paged.Items.Select(r => r.ReferenceNumber));
    }

    [Fact]
    public async Task The_next_waiting_filing_is_the_one_that_has_waited_longest_other_than_this_one()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "下一条测试项目");
        var town = await TownAsync();
        var waiting = (await Town.FilingsAsync(town, ApplicationStatus.Submitted, new PageRequest(PageSize: 100), CancellationToken.None)).Items;
        Assert.True(waiting.Count >= 2, "the demo's waiting filing and this one");

        var next = await Town.NextWaitingAsync(town, null, CancellationToken.None);
        Assert.Equal(waiting.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).First().Id, next);
        var afterThis = await Town.NextWaitingAsync(town, id, CancellationToken.None);
        Assert.NotNull(afterThis);
        Assert.NotEqual(id, afterThis);
        Assert.Equal(waiting.Count - 1, (await Town.FilingAsync(id, town, CancellationToken.None))!.OthersWaiting);
    }

    [Fact]
    public async Task The_home_queue_lists_the_waiting_filings_under_the_towns_name()
    {
        var id = await TestFilings.SubmittedAsync(fixture.Factory, "工作台测试项目");
        var town = await TownAsync();
        var queue = await fixture.Factory.Services.GetRequiredService<IWorkQueues>().QueueAsync(town, CancellationToken.None);

        Assert.Equal("新泾镇", queue.Subject);
        var confirm = queue.Sections.Single(s => s.Key == "town.confirm");
        Assert.Equal((await Town.FilingsAsync(town, ApplicationStatus.Submitted, new PageRequest(), CancellationToken.None)).Total, confirm.Count);
        Assert.Contains(confirm.Items, i => i.Href == $"/town/applications/{id}");
        Assert.Equal("/town/applications?status=Submitted", confirm.ListHref);
        var reports = queue.Sections.Single(s => s.Key == "town.reports");
        Assert.Equal((await Town.AwardsAsync(town, null, overdueReportsOnly: true, new PageRequest(), CancellationToken.None)).Total, reports.Count);
    }

    [Fact]
    public async Task A_town_lists_only_its_own_enterprises_paged_with_a_count_and_searched_by_name_or_credit_code()
    {
        // Was a GET of the list page (RoleAccessTests): the list now loads over the circuit, from this use case.
        var applicant = await Demo.WithDbAsync(fixture.Factory, db => db.Users.SingleAsync(u => u.Email == Demo.Applicant));
        var own = await Demo.WithDbAsync(fixture.Factory, db => db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == applicant.EnterpriseId));
        var other = await Demo.WithDbAsync(fixture.Factory, db => db.Enterprises.AsNoTracking().FirstAsync(e => e.TownOrParkId != own.TownOrParkId));
        var town = await TownAsync();

        var list = await Town.EnterprisesAsync(town, new PageRequest(PageSize: 100), CancellationToken.None);
        Assert.Contains(list.Items, r => r.Name == own.Name);
        Assert.DoesNotContain(list.Items, r => r.Name == other.Name);
        var count = await Demo.WithDbAsync(fixture.Factory, db => db.Enterprises.CountAsync(e => e.TownOrParkId == town.TownOrParkId));
        Assert.Equal(count, list.Total);

        var paged = await Town.EnterprisesAsync(town, new PageRequest(Page: 1, PageSize: 1), CancellationToken.None);
        Assert.Equal(count, paged.Total);
        Assert.Equal(list.Items[1].Id, Assert.Single(paged.Items).Id);

        Assert.Equal(own.Id, Assert.Single((await Town.EnterprisesAsync(town, new PageRequest(Search: own.Uscc.ToString()), CancellationToken.None)).Items).Id);
        Assert.Equal(own.Id, Assert.Single((await Town.EnterprisesAsync(town, new PageRequest(Search: "智能科技"), CancellationToken.None)).Items).Id);
        Assert.Empty((await Town.EnterprisesAsync(town, new PageRequest(Search: other.Uscc.ToString()), CancellationToken.None)).Items);

        var detail = await Town.EnterpriseAsync(own.Id, town, CancellationToken.None);
        Assert.Equal(own.Name, detail!.Enterprise.Name);
        Assert.All(detail.Filings, f => Assert.Equal(own.Id, f.EnterpriseId));
        Assert.Null(await Town.EnterpriseAsync(other.Id, town, CancellationToken.None));
    }

    [Fact]
    public async Task The_directory_pages_every_enterprise_with_a_count_and_keeps_its_short_list()
    {
        var directory = fixture.Factory.Services.GetRequiredService<IEnterpriseDirectory>();
        var all = await directory.CountAsync(CancellationToken.None);

        var first = await directory.PageAsync(null, new PageRequest(PageSize: 2), CancellationToken.None);
        var second = await directory.PageAsync(null, new PageRequest(Page: 1, PageSize: 2), CancellationToken.None);
        Assert.Equal(all, first.Total);
        Assert.Equal(2, first.Items.Count);
        Assert.Empty(first.Items.Select(r => r.Id).Intersect(second.Items.Select(r => r.Id)));
        var newest = await directory.PageAsync(null, new PageRequest(PageSize: 100, SortBy: "registered", Descending: true), CancellationToken.None);
        Assert.Equal(newest.Items.OrderByDescending(r => r.RegisteredAt).Select(r => r.RegisteredAt), newest.Items.Select(r => r.RegisteredAt));

        var list = await directory.ListAsync(null, "示范", CancellationToken.None);
        Assert.NotEmpty(list);
        Assert.Equal(list.Select(r => r.Id), (await directory.PageAsync(null, new PageRequest(PageSize: 50, Search: "示范"), CancellationToken.None)).Items.Select(r => r.Id));
    }

    [Fact]
    public async Task A_town_sees_its_own_enterprises_awards_and_nothing_of_another_towns()
    {
        // Was a GET of the list page (AwardPagesAccessTests): the list now loads over the circuit, from this use case.
        var own = await MoneyData.AwardAsync(fixture.Factory, 11_000m);
        var other = await MoneyData.AwardAsync(fixture.Factory, 13_000m, enterpriseEmail: Demo.OtherApplicant, clauseId: "changning-2024/6-high-tech-first");
        var town = await TownAsync();

        var list = await Town.AwardsAsync(town, null, false, new PageRequest(PageSize: 100), CancellationToken.None);
        Assert.Contains(list.Items, r => r.Id == own);
        Assert.DoesNotContain(list.Items, r => r.Id == other);
        var row = list.Items.Single(r => r.Id == own);
        Assert.Equal(11_000m, row.Amount);
        Assert.Equal(row.Amount, row.Paid + row.Outstanding);

        Assert.Null(await Town.AwardAsync(other, town, CancellationToken.None));
        var detail = await Town.AwardAsync(own, town, CancellationToken.None);
        Assert.Equal(own, detail!.Award.Id);
        Assert.NotEmpty(detail.Trail);

        var active = await Town.AwardsAsync(town, AwardStatus.Active, false, new PageRequest(PageSize: 100), CancellationToken.None);
        Assert.All(active.Items, r => Assert.Equal(AwardStatus.Active, r.Status));
        var searched = await Town.AwardsAsync(town, null, false, new PageRequest(Search: row.AwardNumber), CancellationToken.None);
        Assert.Equal(own, Assert.Single(searched.Items).Id);
    }

    [Fact]
    public async Task Awards_with_overdue_progress_reports_are_flagged_filtered_and_queued()
    {
        var award = await MoneyData.AwardAsync(fixture.Factory, 15_000m);
        var town = await TownAsync();
        var clock = (IClock)fixture.Factory.Clock;
        var dueOn = clock.Today;
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var scheduled = await MoneyData.WithAsync(fixture.Factory, sp => sp.GetRequiredService<AftercareService>().SetReportScheduleAsync(award,
            new ReportScheduleInput { FirstDueOn = dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), IntervalMonths = "1", Count = "1" },
            staff, CancellationToken.None));
        Assert.True(scheduled.Succeeded, string.Join(" ", scheduled.Errors.Select(e => e.Message)));
        Assert.DoesNotContain((await Town.AwardsAsync(town, null, overdueReportsOnly: true, new PageRequest(PageSize: 100), CancellationToken.None)).Items, r => r.Id == award);

        // The report's day passes without a report; the clock goes back afterwards (the other tests file in the open call).
        fixture.Factory.Clock.MoveTo(dueOn.AddDays(3));
        try
        {
            var overdue = await Town.AwardsAsync(town, null, overdueReportsOnly: true, new PageRequest(PageSize: 100), CancellationToken.None);
            var row = Assert.Single(overdue.Items, r => r.Id == award);
            Assert.Equal(1, row.OverdueReports);
            Assert.Equal(dueOn, row.OldestOverdueReport);
            Assert.All(overdue.Items, r => Assert.True(r.OverdueReports > 0));

            var queue = await fixture.Factory.Services.GetRequiredService<IWorkQueues>().QueueAsync(town, CancellationToken.None);
            var reports = queue.Sections.Single(s => s.Key == "town.reports");
            Assert.Equal(overdue.Total, reports.Count);
            var item = Assert.Single(reports.Items, i => i.Href == $"/town/awards/{award}");
            Assert.Equal(dueOn, item.Deadline);
            Assert.Equal(Urgency.Overdue, item.Urgency);
            Assert.Equal("/town/awards?overdue=true", reports.ListHref);
        }
        finally
        {
            fixture.Factory.Clock.MoveTo(dueOn);
        }
    }
}
