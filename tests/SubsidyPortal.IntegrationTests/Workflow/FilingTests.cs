using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>An applicant files in the browser's way (form posts): drafts, answers, uploads, pledge, submit.</summary>
public sealed class FilingTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Clause = "changning-2024/4-district-innovation-fund";

    private async Task<(PortalClient Client, string Url, Guid Id)> StartAsync(string project = "区级创新资金：测试项目")
    {
        var call = await Demo.OpenCallAsync(fixture.Factory);
        await WithdrawEarlierAsync(call.Id);
        var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);
        var index = call.ClauseIds.ToList().IndexOf(Clause);
        var response = await client.SubmitAsync("/enterprise/calls", $"start-{call.Id:N}-{index}", new Dictionary<string, string> { ["ProjectName"] = project });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            (await PortalClient.ParseAsync(response)).QuerySelector("#error-summary")?.TextContent ?? "no redirect and no error summary");
        var url = response.LocationPath()!;
        return (client, url, Guid.Parse(url.Split('/')[^1]));
    }

    // One application per clause and call: an earlier test's draft is withdrawn (as the applicant could) first.
    private async Task WithdrawEarlierAsync(Guid callId)
    {
        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        var earlier = await Demo.WithDbAsync(fixture.Factory, db => db.Applications
            .Where(a => a.CallId == callId && a.ClauseId == Clause && a.EnterpriseId == applicant.EnterpriseId && (a.Status == ApplicationStatus.Draft || a.Status == ApplicationStatus.Submitted))
            .Select(a => a.Id).ToListAsync());
        foreach (var id in earlier)
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var workflow = scope.ServiceProvider.GetRequiredService<ApplicationWorkflow>();
            Assert.True((await workflow.ApplyAsync(id, ApplicationAction.Withdraw, applicant, new TransitionInput(), CancellationToken.None)).Succeeded);
        }
    }

    private Task<int> StoredFilesAsync() => Demo.WithDbAsync(fixture.Factory, db => db.StoredFiles.CountAsync());

    [Fact]
    public async Task An_applicant_starts_answers_uploads_pledges_and_submits()
    {
        var (client, url, id) = await StartAsync();
        using var _ = client;

        var saved = await client.SubmitAsync(url + "?step=1", "draft", new Dictionary<string, string>
        {
            ["Draft.ProjectName"] = "区级创新资金：测试项目",
            ["Draft.Answers[operatingNormally]"] = "true",
            ["Draft.Answers[districtInnovationFundRecognised]"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        for (var i = 0; i < application.RequiredMaterials.Count; i++)
        {
            var uploaded = await client.UploadAsync(url + "?step=2", "upload", new Dictionary<string, string> { ["ItemIndex"] = i.ToString() }, "File", $"材料{i}.pdf", Demo.Pdf($"item {i}"));
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
            Assert.DoesNotContain("error-summary", await uploaded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var preview = await client.GetPageAsync(url + "?step=3");
        Assert.Contains("符合条件", preview.QuerySelector("[data-testid=preview]")!.TextContent, StringComparison.Ordinal);

        var submitted = await client.SubmitAsync(url + "?step=3", "submit", new Dictionary<string, string> { ["Pledged"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var after = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Submitted, after.Status);
        Assert.NotNull(after.FactsSnapshot);
        Assert.Contains("districtInnovationFundRecognised", after.FactsSnapshot!, StringComparison.Ordinal);
        Assert.NotNull(after.EvaluationSnapshot);
        Assert.Equal(SubsidyPortal.Domain.Rules.EvaluationOutcome.Eligible, after.EvaluatedOutcome);
        Assert.NotNull(after.IntegrityPledgedAt);

        var page = await client.GetPageAsync(url);
        var timeline = page.QuerySelector("[data-testid=timeline]")!;
        Assert.Contains("提交申报", timeline.TextContent, StringComparison.Ordinal);
        // 消息 is an interactive page now: its list comes from the inbox the page calls.
        var inbox = fixture.Factory.Services.GetRequiredService<SubsidyPortal.Application.Work.IInbox>();
        var messages = await inbox.PageAsync(await Demo.ActorAsync(fixture.Factory, Demo.Applicant), new SubsidyPortal.Application.Common.PageRequest(), unreadOnly: false, CancellationToken.None);
        Assert.Contains(messages.Items, m => m.TextZh.Contains(after.ReferenceNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_answer_is_refused_beside_its_field_in_chinese_and_nothing_is_saved()
    {
        var (client, url, id) = await StartAsync("项目甲");
        using var _ = client;
        var response = await client.SubmitAsync(url + "?step=1", "draft", new Dictionary<string, string>
        {
            ["Draft.ProjectName"] = "项目甲（改）",
            ["Draft.Answers[operatingNormally]"] = "maybe",
        });
        var page = await PortalClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#error-summary"));
        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal("项目甲", application.ProjectName);
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
        var content = Content(name);
        var (client, url, id) = await StartAsync("上传测试 " + name);
        using var _ = client;
        var before = await StoredFilesAsync();

        var response = await client.UploadAsync(url + "?step=2", "upload", new Dictionary<string, string> { ["ItemIndex"] = "0" }, "File", name, content);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(expected, page.QuerySelector("#f-File-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StoredFilesAsync());
        var materials = await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationMaterials.CountAsync(m => m.ApplicationId == id));
        Assert.Equal(0, materials);
    }

    [Fact]
    public async Task Submitting_without_the_pledge_or_the_materials_is_refused_with_a_reason()
    {
        var (client, url, id) = await StartAsync("缺材料项目");
        using var _ = client;
        await client.SubmitAsync(url + "?step=1", "draft", new Dictionary<string, string>
        {
            ["Draft.ProjectName"] = "缺材料项目",
            ["Draft.Answers[operatingNormally]"] = "true",
            ["Draft.Answers[districtInnovationFundRecognised]"] = "true",
        });

        var noPledge = await PortalClient.ParseAsync(await client.SubmitAsync(url + "?step=3", "submit", new Dictionary<string, string>()));
        Assert.Contains("守信承诺", noPledge.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);

        var noMaterials = await PortalClient.ParseAsync(await client.SubmitAsync(url + "?step=3", "submit", new Dictionary<string, string> { ["Pledged"] = "true" }));
        Assert.Contains("申报材料未上传", noMaterials.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        var status = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
        Assert.Equal(ApplicationStatus.Draft, status);
    }

    [Fact]
    public async Task The_same_clause_cannot_be_started_twice_in_one_call()
    {
        var (client, _, _) = await StartAsync("重复项目");
        using var __ = client;
        var call = await Demo.OpenCallAsync(fixture.Factory);
        var index = call.ClauseIds.ToList().IndexOf(Clause);
        var again = await PortalClient.ParseAsync(await client.SubmitAsync("/enterprise/calls", $"start-{call.Id:N}-{index}", new Dictionary<string, string> { ["ProjectName"] = "重复项目" }));
        Assert.Contains("已有该批次同一条款的申报", again.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
