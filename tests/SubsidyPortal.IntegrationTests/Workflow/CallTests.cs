using System.Net;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>Committee staff open a call: clauses, dates, budget, experts, rubric; bad input is refused whole.</summary>
public sealed class CallTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static Dictionary<string, string> Valid(string title, string rubric) => new()
    {
        ["Input.PolicyId"] = "dalinghaowan-2024",
        ["Input.Year"] = "2026",
        ["Input.Title"] = title,
        ["Input.ClauseIds"] = "dalinghaowan-2024/10-computing-power",
        ["Input.OpensOn"] = "2026-11-24",
        ["Input.ClosesOn"] = "2026-12-24",
        ["Input.Budget"] = "5000000.00",
        ["Input.ExpertsPerApplication"] = "5",
        ["Input.ExpertSpecialty"] = "人工智能",
        ["Input.Rubric"] = rubric,
    };

    [Fact]
    public async Task Staff_open_a_call_with_their_own_rubric()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var response = await staff.SubmitAsync("/committee/calls", "open-call", Valid("大零号湾算力支持专项", "技术先进性,50,100\n应用前景,50,10"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var call = await Demo.WithDbAsync(fixture.Factory, db => db.Calls.AsNoTracking().SingleAsync(c => c.TitleZh == "大零号湾算力支持专项"));
        Assert.Equal(5_000_000m, call.Budget);
        Assert.Equal(5, call.ExpertsPerApplication);
        var rubric = RubricJson.Read(call.RubricJson);
        Assert.Equal(["技术先进性", "应用前景"], rubric.Criteria.Select(c => c.NameZh));
        Assert.Equal(10m, rubric.Criteria[1].MaxScore);
    }

    [Theory]
    [InlineData("Input.Rubric", "技术先进性,60,100\n应用前景,50,100", "合计须为 100", "f-Rubric-error")]
    [InlineData("Input.Rubric", "技术先进性 60 100", "名称,权重,满分", "f-Rubric-error")]
    [InlineData("Input.ClosesOn", "2026-11-01", "不能早于开始日期", "f-ClosesOn-error")]
    [InlineData("Input.Budget", "0", "大于零", "f-Budget-error")]
    [InlineData("Input.ExpertsPerApplication", "0", "1 至 15", "f-ExpertsPerApplication-error")]
    public async Task Bad_input_is_refused_beside_its_field_and_no_call_is_saved(string field, string value, string message, string errorId)
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var title = "错误批次 " + Guid.NewGuid().ToString("N")[..6];
        var fields = Valid(title, "技术先进性,50,100\n应用前景,50,100");
        fields[field] = value;

        var page = await PortalClient.ParseAsync(await staff.SubmitAsync("/committee/calls", "open-call", fields));

        Assert.Contains(message, page.QuerySelector($"#{errorId}")!.TextContent, StringComparison.Ordinal);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Calls.AnyAsync(c => c.TitleZh == title)));
    }

    [Fact]
    public async Task Automatic_entitlement_clauses_cannot_be_put_in_a_call()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var fields = Valid("免申即享批次", "技术先进性,100,100");
        fields["Input.PolicyId"] = "jinshan-2025";
        fields["Input.ClauseIds"] = "jinshan-2025/6-4-innovation-voucher";
        var page = await PortalClient.ParseAsync(await staff.SubmitAsync("/committee/calls", "open-call", fields));
        Assert.Contains("免申即享", page.QuerySelector("#f-ClauseIds-error")!.TextContent, StringComparison.Ordinal);
    }
}
