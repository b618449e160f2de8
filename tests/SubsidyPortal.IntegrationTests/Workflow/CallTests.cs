using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// Committee staff open a call (ICommitteeCalls, what the new-call page calls): clauses, dates, budget, experts,
/// rubric; bad input is refused whole, beside its field, and nothing is saved. The form's field-by-field check gives
/// the same words.
/// </summary>
public sealed class CallTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private ICommitteeCalls Calls => fixture.Factory.Services.GetRequiredService<ICommitteeCalls>();

    private static NewCallInput Valid(string title, string rubric) => new()
    {
        PolicyId = "dalinghaowan-2024",
        Year = 2026,
        Title = title,
        ClauseIds = ["dalinghaowan-2024/10-computing-power"],
        OpensOn = new DateOnly(2026, 11, 24),
        ClosesOn = new DateOnly(2026, 12, 24),
        Budget = 5_000_000.00m,
        ExpertsPerApplication = 5,
        ExpertSpecialty = "人工智能",
        Rubric = rubric,
    };

    [Fact]
    public async Task Staff_open_a_call_with_their_own_rubric()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var opened = await Calls.OpenAsync(Valid("大零号湾算力支持专项", "技术先进性,50,100\n应用前景,50,10"), staff, CancellationToken.None);

        Assert.True(opened.Result.Succeeded, string.Join(";", opened.Result.Errors.Select(e => e.Message)));
        var call = await Demo.WithDbAsync(fixture.Factory, db => db.Calls.AsNoTracking().SingleAsync(c => c.TitleZh == "大零号湾算力支持专项"));
        Assert.Equal(opened.CallId, call.Id);
        Assert.Equal(5_000_000m, call.Budget);
        Assert.Equal(5, call.ExpertsPerApplication);
        var rubric = RubricJson.Read(call.RubricJson);
        Assert.Equal(["技术先进性", "应用前景"], rubric.Criteria.Select(c => c.NameZh));
        Assert.Equal(10m, rubric.Criteria[1].MaxScore);

        var listed = await Calls.CallAsync(call.Id, SubsidyPortal.Domain.Applications.Actor.System, CancellationToken.None);
        Assert.Equal("大零号湾算力支持专项", listed!.Title);
        Assert.Null(call.ReviewDueOn);
    }

    [Fact]
    public async Task A_review_deadline_after_the_close_is_kept_and_heads_the_experts_queue()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var input = Valid("大零号湾评审截止专项", "技术先进性,100,100");
        input.ReviewDueOn = new DateOnly(2027, 1, 15);
        var opened = await Calls.OpenAsync(input, staff, CancellationToken.None);
        Assert.True(opened.Result.Succeeded, string.Join(";", opened.Result.Errors.Select(e => e.Message)));
        Assert.Equal(new DateOnly(2027, 1, 15), await Demo.WithDbAsync(fixture.Factory, db => db.Calls.Where(c => c.Id == opened.CallId).Select(c => c.ReviewDueOn).SingleAsync()));

        // The demo expert's queue items carry their call's review deadline, nearest first.
        var expertUser = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.Declaration == SubsidyPortal.Domain.Experts.ConflictDeclaration.Pending)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => e.UserId).FirstAsync());
        var expert = new SubsidyPortal.Domain.Applications.Actor(expertUser, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert);
        var home = await fixture.Factory.Services.GetRequiredService<SubsidyPortal.Application.Work.IWorkQueues>().QueueAsync(expert, CancellationToken.None);
        var items = home.Sections.SelectMany(s => s.Items).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.NotNull(i.Deadline));
        Assert.Equal(items.Select(i => i.Deadline).Order(), items.Select(i => i.Deadline));
    }

    public static TheoryData<string, Action<NewCallInput>, string> BadInput => new()
    {
        { nameof(NewCallInput.Rubric), i => i.Rubric = "技术先进性,60,100\n应用前景,50,100", "合计须为 100" },
        { nameof(NewCallInput.Rubric), i => i.Rubric = "技术先进性 60 100", "名称,权重,满分" },
        { nameof(NewCallInput.ClosesOn), i => i.ClosesOn = new DateOnly(2026, 11, 1), "不能早于开始日期" },
        { nameof(NewCallInput.ReviewDueOn), i => i.ReviewDueOn = new DateOnly(2026, 12, 24), "应晚于受理截止日期" },
        { nameof(NewCallInput.Budget), i => i.Budget = 0m, "大于零" },
        { nameof(NewCallInput.ExpertsPerApplication), i => i.ExpertsPerApplication = 0, "1 至 15" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_beside_its_field_and_no_call_is_saved(string field, Action<NewCallInput> spoil, string message)
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var title = "错误批次 " + Guid.NewGuid().ToString("N")[..6];
        var input = Valid(title, "技术先进性,50,100\n应用前景,50,100");
        spoil(input);

        var opened = await Calls.OpenAsync(input, staff, CancellationToken.None);

        Assert.Null(opened.CallId);
        Assert.Contains(message, Assert.Single(opened.Result.Errors, e => e.Field == field).Message, StringComparison.Ordinal);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Calls.AnyAsync(c => c.TitleZh == title)));

        // The page checks the field as it is left, with the same words.
        var check = new NewCallValidator().Validate(input, o => o.IncludeProperties(field));
        Assert.Contains(message, Assert.Single(check.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Automatic_entitlement_clauses_cannot_be_put_in_a_call()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var input = Valid("免申即享批次", "技术先进性,100,100");
        input.PolicyId = "jinshan-2025";
        input.ClauseIds = ["jinshan-2025/6-4-innovation-voucher"];

        var opened = await Calls.OpenAsync(input, staff, CancellationToken.None);

        Assert.Contains("免申即享", Assert.Single(opened.Result.Errors, e => e.Field == nameof(NewCallInput.ClauseIds)).Message, StringComparison.Ordinal);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Calls.AnyAsync(c => c.TitleZh == "免申即享批次")));
    }

    [Fact]
    public async Task The_form_offers_no_automatic_entitlement_clause_and_only_policies_still_in_force()
    {
        var choices = await Calls.NewCallChoicesAsync(SubsidyPortal.Domain.Applications.Actor.System, CancellationToken.None);

        Assert.DoesNotContain(choices.Policies.SelectMany(p => p.Clauses), c => c.Id == "jinshan-2025/6-4-innovation-voucher");
        Assert.All(choices.Policies, p => Assert.True(p.Through is null || p.Through >= choices.Today));
        Assert.Contains("技术创新性", choices.StandardRubric, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_committee_staff_may_open_a_call()
    {
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        var opened = await Calls.OpenAsync(Valid("企业冒开的批次", "技术先进性,100,100"), applicant, CancellationToken.None);

        Assert.Null(opened.CallId);
        Assert.Equal(ValidationText.Get("application.role-not-allowed"), Assert.Single(opened.Result.Errors).Message);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Calls.AnyAsync(c => c.TitleZh == "企业冒开的批次")));
    }

    [Fact]
    public async Task The_calls_list_counts_each_calls_applications_by_stage()
    {
        var open = await Demo.OpenCallAsync(fixture.Factory);
        var page = await Calls.CallsAsync(new SubsidyPortal.Application.Common.PageRequest(Search: Demo.OpenCallTitlePart), CallPhase.Open, SubsidyPortal.Domain.Applications.Actor.System, CancellationToken.None);

        var row = Assert.Single(page.Items);
        Assert.Equal(open.Id, row.Id);
        var filed = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.CountAsync(a => a.CallId == open.Id && a.Status != SubsidyPortal.Domain.Applications.ApplicationStatus.Draft));
        Assert.Equal(filed, row.Filed);
        Assert.Equal(1, row.Count(CommitteeStage.Preliminary));
        Assert.Equal(1, row.Count(CommitteeStage.Scoring));
        Assert.Equal(1, row.Count(CommitteeStage.Proposed));
    }
}
