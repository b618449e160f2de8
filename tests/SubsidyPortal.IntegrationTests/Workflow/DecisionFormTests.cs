using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>A refused decision says why in Chinese, keeps what the reviewer typed, and changes nothing.</summary>
public sealed class DecisionFormTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_return_without_a_reason_is_refused_and_keeps_the_typed_deadline()
    {
        var application = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.PreliminaryReview);
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);

        var response = await staff.SubmitAsync($"/committee/applications/{application.Id}", "act-ReturnForCorrection", new Dictionary<string, string>
        {
            ["Decision.Reason"] = " ",
            ["Decision.Deadline"] = "2026-12-10",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("请填写理由", page.QuerySelector("#f-Reason-ReturnForCorrection-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-10", page.QuerySelector("#f-Deadline")!.GetAttribute("value"));
        var status = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == application.Id).Select(a => a.Status).SingleAsync());
        Assert.Equal(ApplicationStatus.PreliminaryReview, status);
    }
}
