using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Applications;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.IntegrationTests.Enterprises;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// An applicant files through the use case the filing page calls (IApplicationFiling): drafts, answers, uploads,
/// pledge, submit; refusals come back beside their field in Chinese and nothing is saved. The page itself is pinned
/// in Chromium (FilingJourneyTests).
/// </summary>
public sealed class FilingTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Clause = "changning-2024/4-district-innovation-fund";

    private IApplicationFiling Filing => fixture.Factory.Services.GetRequiredService<IApplicationFiling>();

    private Task<Actor> ApplicantAsync() => Demo.ActorAsync(fixture.Factory, Demo.Applicant);

    private async Task<Guid> StartAsync(string project = "区级创新资金：测试项目")
    {
        var call = await Demo.OpenCallAsync(fixture.Factory);
        await WithdrawEarlierAsync(call.Id);
        var started = await Filing.StartAsync(call.Id, Clause, project, await ApplicantAsync(), CancellationToken.None);
        Assert.True(started.Result.Succeeded, string.Join(" ", started.Result.Errors.Select(e => e.Message)));
        return started.ApplicationId!.Value;
    }

    // One application per clause and call: an earlier test's draft is withdrawn (as the applicant could) first.
    private async Task WithdrawEarlierAsync(Guid callId)
    {
        var applicant = await ApplicantAsync();
        var earlier = await Demo.WithDbAsync(fixture.Factory, db => db.Applications
            .Where(a => a.CallId == callId && a.ClauseId == Clause && a.EnterpriseId == applicant.EnterpriseId && (a.Status == ApplicationStatus.Draft || a.Status == ApplicationStatus.Submitted))
            .Select(a => a.Id).ToListAsync());
        foreach (var id in earlier)
        {
            Assert.True((await Filing.WithdrawAsync(id, applicant, CancellationToken.None)).Succeeded);
        }
    }

    private Task<int> StoredFilesAsync() => Demo.WithDbAsync(fixture.Factory, db => db.StoredFiles.CountAsync());

    private static Dictionary<string, string?> Eligible => new()
    {
        ["operatingNormally"] = "true",
        ["districtInnovationFundRecognised"] = "true",
    };

    [Fact]
    public async Task An_applicant_starts_answers_uploads_pledges_and_submits()
    {
        var id = await StartAsync();
        var applicant = await ApplicantAsync();
        Assert.True((await Filing.SaveDraftAsync(id, "区级创新资金：测试项目", Eligible, applicant, CancellationToken.None)).Succeeded);

        var view = (await Filing.FilingAsync(id, applicant, CancellationToken.None))!;
        foreach (var item in view.Application.Materials)
        {
            using var file = new MemoryStream(Demo.Pdf($"item {item.Index}"));
            var uploaded = await Filing.UploadAsync(id, item.Index, file, $"材料{item.Index}.pdf", applicant, CancellationToken.None);
            Assert.True(uploaded.Succeeded, string.Join(" ", uploaded.Errors.Select(e => e.Message)));
        }

        view = (await Filing.FilingAsync(id, applicant, CancellationToken.None))!;
        Assert.True(view.Application.AllMaterialsProvided);
        Assert.Equal(SubsidyPortal.Domain.Rules.EvaluationOutcome.Eligible, view.Preview!.Outcome);

        Assert.True((await Filing.SubmitAsync(id, pledged: true, applicant, CancellationToken.None)).Succeeded);

        var after = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Submitted, after.Status);
        Assert.NotNull(after.FactsSnapshot);
        Assert.Contains("districtInnovationFundRecognised", after.FactsSnapshot!, StringComparison.Ordinal);
        Assert.NotNull(after.EvaluationSnapshot);
        Assert.Equal(SubsidyPortal.Domain.Rules.EvaluationOutcome.Eligible, after.EvaluatedOutcome);
        Assert.NotNull(after.IntegrityPledgedAt);

        // The record shows the clause's facts by their labels, never another clause's or a key; the prerendered
        // page carries the timeline.
        var record = (await Filing.FilingAsync(id, applicant, CancellationToken.None))!.Application;
        var clauseKeys = SubsidyPortal.Domain.Policies.PolicyCatalog.Find(Clause)!.Inputs.Select(i => i.Key).Order().ToList();
        Assert.Equal(clauseKeys, record.Facts.Select(f => f.Input.Key).Order().ToList());
        // The snapshot holds every profile fact the portal derives (a Jinshan one among them); the record does not.
        Assert.Contains("taxPaidInJinshan", after.FactsSnapshot!, StringComparison.Ordinal);
        Assert.DoesNotContain("taxPaidInJinshan", record.Facts.Select(f => f.Input.Key));
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var page = await client.GetPageAsync($"/enterprise/applications/{id}");
        Assert.Contains("提交申报", page.QuerySelector("[data-testid=timeline]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("经认定的区级创新资金项目", page.QuerySelector("[data-testid=facts]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("districtInnovationFundRecognised", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var inbox = fixture.Factory.Services.GetRequiredService<IInbox>();
        var messages = await inbox.PageAsync(applicant, new PageRequest(), unreadOnly: false, CancellationToken.None);
        Assert.Contains(messages.Items, m => m.TextZh.Contains(after.ReferenceNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_answer_is_refused_beside_its_field_in_chinese_and_nothing_is_saved()
    {
        var id = await StartAsync("项目甲");
        var result = await Filing.SaveDraftAsync(id, "项目甲（改）", new Dictionary<string, string?> { ["operatingNormally"] = "maybe" }, await ApplicantAsync(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == "operatingNormally" && e.Message.Any(c => c >= 0x4E00));
        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal("项目甲", application.ProjectName);
        Assert.Empty(application.Answers);
    }

    [Fact]
    public async Task A_cleared_project_name_is_refused_and_the_saved_name_stays()
    {
        var id = await StartAsync("项目乙");
        var result = await Filing.SaveDraftAsync(id, "  ", Eligible, await ApplicantAsync(), CancellationToken.None);

        Assert.Contains(result.Errors, e => e.Field == "ProjectName");
        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal("项目乙", application.ProjectName);
        Assert.Empty(application.Answers);
    }

    // The contents are built in the test, not passed as theory data: xunit serialises theory data when it
    // discovers tests, and a 20 MB array there crashed the test host.
    private static byte[] Content(string name) => name switch
    {
        "empty.pdf" => [],
        "forged.pdf" => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00],
        "picture.pdf" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0],
        _ => [.. Demo.Pdf(), .. new byte[(20 * 1024 * 1024) + 1]],
    };

    [Theory]
    [InlineData("empty.pdf", "为空")]
    [InlineData("forged.pdf", "仅接受")]
    [InlineData("picture.pdf", "不符")]
    [InlineData("huge.pdf", "20")]
    public async Task A_bad_upload_is_refused_in_chinese_and_nothing_is_stored(string name, string expected)
    {
        var id = await StartAsync("上传测试 " + name);
        var before = await StoredFilesAsync();

        using var content = new MemoryStream(Content(name));
        var result = await Filing.UploadAsync(id, 0, content, name, await ApplicantAsync(), CancellationToken.None);

        Assert.Contains(result.Errors, e => e.Field == ApplicationMaterialsService.FileField && e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(before, await StoredFilesAsync());
        var materials = await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationMaterials.CountAsync(m => m.ApplicationId == id));
        Assert.Equal(0, materials);
    }

    [Fact]
    public async Task Submitting_without_the_pledge_or_the_materials_is_refused_with_a_reason()
    {
        var id = await StartAsync("缺材料项目");
        var applicant = await ApplicantAsync();
        await Filing.SaveDraftAsync(id, "缺材料项目", Eligible, applicant, CancellationToken.None);

        var noPledge = await Filing.SubmitAsync(id, pledged: false, applicant, CancellationToken.None);
        Assert.Contains(noPledge.Errors, e => e.Message.Contains("守信承诺", StringComparison.Ordinal));

        var noMaterials = await Filing.SubmitAsync(id, pledged: true, applicant, CancellationToken.None);
        Assert.Contains(noMaterials.Errors, e => e.Message.Contains("申报材料未上传", StringComparison.Ordinal));
        var status = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
        Assert.Equal(ApplicationStatus.Draft, status);
    }

    [Fact]
    public async Task The_same_clause_cannot_be_started_twice_in_one_call()
    {
        await StartAsync("重复项目");
        var call = await Demo.OpenCallAsync(fixture.Factory);
        var again = await Filing.StartAsync(call.Id, Clause, "重复项目", await ApplicantAsync(), CancellationToken.None);
        Assert.Null(again.ApplicationId);
        Assert.Contains(again.Result.Errors, e => e.Message.Contains("已有该批次同一条款的申报", StringComparison.Ordinal));

        // The calls page says so too: the clause offers the application already started instead of a new one.
        var offer = (await Filing.OpenCallsAsync(await ApplicantAsync(), CancellationToken.None))
            .Single(o => o.Call.Id == call.Id).Clauses.Single(c => c.Clause.Id == Clause);
        Assert.NotNull(offer.ApplicationId);
    }

    [Fact]
    public async Task Another_enterprise_cannot_read_save_upload_submit_or_withdraw_the_application()
    {
        var id = await StartAsync("他人项目");
        var other = await Demo.ActorAsync(fixture.Factory, Demo.OtherApplicant);

        Assert.Null(await Filing.FilingAsync(id, other, CancellationToken.None));
        Assert.False((await Filing.SaveDraftAsync(id, "改名", Eligible, other, CancellationToken.None)).Succeeded);
        using var file = new MemoryStream(Demo.Pdf());
        Assert.False((await Filing.UploadAsync(id, 0, file, "a.pdf", other, CancellationToken.None)).Succeeded);
        Assert.False((await Filing.SubmitAsync(id, true, other, CancellationToken.None)).Succeeded);
        Assert.False((await Filing.WithdrawAsync(id, other, CancellationToken.None)).Succeeded);
        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(("他人项目", ApplicationStatus.Draft), (application.ProjectName, application.Status));
    }

    private const string TalentAward = "jinshan-2025/5-6-talent-award";
    private const string TalentCallTitle = "金山区科技创新人才奖（答案检查）";

    private static Dictionary<string, string?> TalentAnswers => new()
    {
        ["talentWorkDistrict"] = "jinshan",
        ["talentSocialInsuranceDistrict"] = "jinshan",
        ["birthDate"] = "1980-05-01",
        ["selectionYear"] = "2026",
        ["meetsOneTalentCriterion"] = "true",
        ["meetsCategoryRequirement"] = "false",
    };

    /// <summary>
    /// The other demo enterprise's draft under the Jinshan talent award, whose questions take a date (出生日期), a whole
    /// number (评选年度), choices (工作、社保所在区) and yes/no answers; saved once with good answers, then every bad value is tried against it.
    /// </summary>
    private async Task<Guid> TalentDraftAsync(Actor applicant)
    {
        var callId = await Demo.WithDbAsync(fixture.Factory, db => db.Calls.Where(c => c.TitleZh == TalentCallTitle).Select(c => (Guid?)c.Id).SingleOrDefaultAsync());
        if (callId is null)
        {
            var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
            var today = DateOnly.FromDateTime(PortalFactory.TestDay.DateTime);
            var opened = await fixture.Factory.Services.GetRequiredService<ICommitteeCalls>().OpenAsync(
                new NewCallInput
                {
                    PolicyId = "jinshan-2025", Year = today.Year, Title = TalentCallTitle, ClauseIds = [TalentAward],
                    OpensOn = today.AddDays(-1), ClosesOn = today.AddDays(30), Budget = 500_000m, ExpertSpecialty = "科技创新", Rubric = "技术先进性,100,100",
                },
                staff,
                CancellationToken.None);
            Assert.True(opened.Result.Succeeded, string.Join(" ", opened.Result.Errors.Select(e => e.Message)));
            callId = opened.CallId;
        }

        var draft = await Demo.WithDbAsync(fixture.Factory, db => db.Applications
            .Where(a => a.CallId == callId && a.EnterpriseId == applicant.EnterpriseId && a.Status == ApplicationStatus.Draft)
            .Select(a => (Guid?)a.Id).SingleOrDefaultAsync());
        if (draft is { } existing)
        {
            return existing;
        }

        var started = await Filing.StartAsync(callId!.Value, TalentAward, "人才奖：答案检查", applicant, CancellationToken.None);
        Assert.True(started.Result.Succeeded, string.Join(" ", started.Result.Errors.Select(e => e.Message)));
        var saved = await Filing.SaveDraftAsync(started.ApplicationId!.Value, "人才奖：答案检查", TalentAnswers, applicant, CancellationToken.None);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        return started.ApplicationId.Value;
    }

    // The whole row as text (answers, name, evaluation, times): any column a refused save touched would show.
    private Task<string> ApplicationRowAsync(Guid id) => Demo.WithDbAsync(fixture.Factory, db =>
        db.Database.SqlQuery<string>($"SELECT row_to_json(a)::text AS \"Value\" FROM applications a WHERE a.id = {id}").SingleAsync());

    [Theory]
    [InlineData("birthDate", "2026-02-30", "请按 年-月-日 填写日期")]
    [InlineData("birthDate", "yesterday", "请按 年-月-日 填写日期")]
    [InlineData("birthDate", "-1", "请按 年-月-日 填写日期")]
    [InlineData("birthDate", "9999-12-31", "1900-01-01 到 2199-12-31")]
    [InlineData("birthDate", "1899-12-31", "1900-01-01 到 2199-12-31")]
    [InlineData("meetsOneTalentCriterion", "perhaps", "请选择“是”或“否”")]
    [InlineData("meetsOneTalentCriterion", "1", "请选择“是”或“否”")]
    [InlineData("meetsOneTalentCriterion", "是", "请选择“是”或“否”")]
    [InlineData("talentWorkDistrict", "perhaps", "请从给出的选项中选择一项")]
    [InlineData("talentSocialInsuranceDistrict", "金山", "请从给出的选项中选择一项")]
    [InlineData("selectionYear", "abc", "请填写不小于零的数字")]
    [InlineData("selectionYear", "-1", "请填写不小于零的数字")]
    [InlineData("selectionYear", "2026.5", "请填写不小于零的数字")]
    [InlineData("selectionYear", "99999999999", "数值过大")]
    [InlineData("selectionYear", "99999999999999999999999", "数值过大")]
    public async Task A_bad_answer_is_refused_beside_its_question_and_nothing_of_that_save_is_stored(string question, string text, string expected)
    {
        using var chinese = new UiCulture("zh-CN");
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.OtherApplicant);
        var id = await TalentDraftAsync(applicant);
        var before = await ApplicationRowAsync(id);
        var answers = TalentAnswers;
        answers["meetsCategoryRequirement"] = "true";   // a good change that must not be saved with the bad one
        answers[question] = text;

        var result = await Filing.SaveDraftAsync(id, "人才奖：改过的名称", answers, applicant, CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(question, error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await ApplicationRowAsync(id));
    }

    [Fact]
    public async Task Answers_at_the_bounds_are_kept_and_the_rule_is_computed_with_them()
    {
        // 2199-12-31 is the last birth date taken: sixty years on is still a day, so the preview answers rather than fails.
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.OtherApplicant);
        var id = await TalentDraftAsync(applicant);
        var lastDay = TalentAnswers;
        lastDay["birthDate"] = "2199-12-31";
        var largest = TalentAnswers;
        largest["selectionYear"] = "1000000000";

        var keptLastDay = await Filing.SaveDraftAsync(id, "人才奖：答案检查", lastDay, applicant, CancellationToken.None);
        var filing = await Filing.FilingAsync(id, applicant, CancellationToken.None);
        var keptLargest = await Filing.SaveDraftAsync(id, "人才奖：答案检查", largest, applicant, CancellationToken.None);
        Assert.True((await Filing.SaveDraftAsync(id, "人才奖：答案检查", TalentAnswers, applicant, CancellationToken.None)).Succeeded);

        Assert.True(keptLastDay.Succeeded, string.Join(" ", keptLastDay.Errors.Select(e => e.Message)));
        Assert.True(keptLargest.Succeeded, string.Join(" ", keptLargest.Errors.Select(e => e.Message)));
        Assert.Equal("2199-12-31", filing!.Questions.Single(q => q.Input.Key == "birthDate").Answer);
        Assert.Contains(filing.Preview!.Conditions, c => c.Code == "jinshan-5-6-under-60" && c.Status == SubsidyPortal.Domain.Rules.ConditionStatus.Met);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("one past the last")]
    [InlineData("int.MaxValue")]
    [InlineData("int.MinValue")]
    public async Task An_upload_for_an_item_the_checklist_does_not_have_is_refused_and_nothing_is_stored(string item)
    {
        using var chinese = new UiCulture("zh-CN");
        var id = await StartAsync("清单项检查 " + item);
        var applicant = await ApplicantAsync();
        using (var first = new MemoryStream(Demo.Pdf("item 0")))
        {
            Assert.True((await Filing.UploadAsync(id, 0, first, "第一项.pdf", applicant, CancellationToken.None)).Succeeded);
        }

        var items = (await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id))).RequiredMaterials.Count;
        var index = item switch
        {
            "-1" => -1,
            "one past the last" => items,
            "int.MaxValue" => int.MaxValue,
            _ => int.MinValue,
        };
        var before = (await ApplicationRowAsync(id), await MaterialsAsync(id), await StoredFilesAsync());

        using var content = new MemoryStream(Demo.Pdf("stray"));
        var result = await Filing.UploadAsync(id, index, content, "无处可放.pdf", applicant, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ApplicationMaterialsService.ItemField, error.Field);
        Assert.Equal("该材料清单项不存在。", error.Message);
        Assert.Equal(before, (await ApplicationRowAsync(id), await MaterialsAsync(id), await StoredFilesAsync()));
    }

    private Task<string> MaterialsAsync(Guid id) => Demo.WithDbAsync(fixture.Factory, db => db.Database.SqlQuery<string>(
        $"SELECT coalesce(string_agg(row_to_json(m)::text, ',' ORDER BY m.id), '') AS \"Value\" FROM application_materials m WHERE m.application_id = {id}").SingleAsync());

    [Fact]
    public async Task Money_answers_are_read_as_people_write_them()
    {
        var input = SubsidyPortal.Domain.Rules.FactDefinition.Money("x", "金额", "Amount");
        Assert.True(AnswerText.TryRead(input, "8万", out var wan, out _));
        Assert.True(AnswerText.TryRead(input, "80,000", out var grouped, out _));
        Assert.True(AnswerText.TryRead(input, "80000", out var plain, out _));
        Assert.Equal(["80000.00", "80000.00", "80000.00"], new[] { wan, grouped, plain });
        Assert.False(AnswerText.TryRead(input, "八万", out _, out var error));
        Assert.Contains("8万", error, StringComparison.Ordinal);
    }
}
