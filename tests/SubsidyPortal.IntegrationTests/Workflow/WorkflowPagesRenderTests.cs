using System.Net;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>Every workflow page renders for its role over the demo data, in Chinese and in English.</summary>
public sealed class WorkflowPagesRenderTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private async Task AssertRendersAsync(string email, IEnumerable<string> urls)
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, email);
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var url in urls)
            {
                var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                var response = await client.Http.GetAsync($"{url}{separator}culture={culture}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} {url} ({culture}): {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task The_applicants_pages_render()
    {
        var enterprise = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.Applicant);
        var own = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.EnterpriseId == enterprise).Select(a => a.Id).ToListAsync());
        var urls = new List<string> { "/enterprise/calls", "/enterprise/applications", "/notifications" };
        foreach (var id in own)
        {
            urls.AddRange([$"/enterprise/applications/{id}", $"/enterprise/applications/{id}?step=2", $"/enterprise/applications/{id}?step=3"]);
        }

        await AssertRendersAsync(Demo.Applicant, urls);
    }

    [Fact]
    public async Task The_committees_pages_render()
    {
        var calls = await Demo.WithDbAsync(fixture.Factory, db => db.Calls.Select(c => c.Id).ToListAsync());
        var applications = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Status != ApplicationStatus.Draft).Select(a => a.Id).ToListAsync());
        await AssertRendersAsync(Demo.Staff, ["/committee/calls", .. calls.Select(c => $"/committee/calls/{c}"), .. applications.Select(a => $"/committee/applications/{a}")]);
    }

    [Fact]
    public async Task The_towns_and_experts_pages_render()
    {
        var town = await Demo.ActorAsync(fixture.Factory, Demo.Town);
        var filings = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.TownOrParkId == town.TownOrParkId && a.Status != ApplicationStatus.Draft).Select(a => a.Id).ToListAsync());
        var enterprises = await Demo.WithDbAsync(fixture.Factory, db => db.Enterprises.Where(e => e.TownOrParkId == town.TownOrParkId).Select(e => e.Id).ToListAsync());
        var awards = await Demo.WithDbAsync(fixture.Factory, db => db.Awards.Where(a => a.TownOrParkId == town.TownOrParkId).Select(a => a.Id).ToListAsync());
        await AssertRendersAsync(Demo.Town, [
            "/town", "/town/applications", "/town/applications?status=Submitted&search=x", "/town/enterprises", "/town/awards", "/town/awards?overdue=true&status=Active",
            .. filings.Select(a => $"/town/applications/{a}"), .. enterprises.Select(e => $"/town/enterprises/{e}"), .. awards.Select(a => $"/town/awards/{a}")]);

        var expert = await Demo.ActorAsync(fixture.Factory, Demo.Expert);
        var assignments = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments
            .Where(a => db.Experts.Any(e => e.Id == a.ExpertId && e.UserId == expert.UserId)).Select(a => a.Id).ToListAsync());
        Assert.NotEmpty(assignments);
        await AssertRendersAsync(Demo.Expert, ["/expert", .. assignments.Select(a => $"/expert/assignments/{a}")]);
    }

    [Fact]
    public async Task The_public_notice_pages_render_without_signing_in()
    {
        var notices = await Demo.WithDbAsync(fixture.Factory, db => db.PublicNotices.Select(n => n.Id).ToListAsync());
        using var anonymous = PortalClient.For(fixture.Factory);
        foreach (var url in new[] { "/notices" }.Concat(notices.Select(n => $"/notices/{n}")))
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync(url)).StatusCode);
        }
    }
}
