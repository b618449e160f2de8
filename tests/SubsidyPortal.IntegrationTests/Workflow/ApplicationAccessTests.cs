using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Reviews;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// Who sees which application, by direct URL and by API, not only by hidden links: an applicant only its own,
/// a town/park only its own enterprises' filings, an expert only what is assigned after declaring.
/// </summary>
public sealed class ApplicationAccessTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private async Task<SubsidyApplication> OfApplicantAsync(ApplicationStatus status)
    {
        var enterprise = await Demo.EnterpriseOfAsync(fixture.Factory, Demo.Applicant);
        return await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking().Include(a => a.Materials)
            .FirstAsync(a => a.EnterpriseId == enterprise && a.Status == status));
    }

    [Fact]
    public async Task An_applicant_sees_its_own_application_by_page_api_and_file()
    {
        var own = await OfApplicantAsync(ApplicationStatus.PublicNotice);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Applicant);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/api/applications/{own.Id}")).StatusCode);
        var page = await client.GetPageAsync($"/enterprise/applications/{own.Id}");
        Assert.Contains(own.ProjectName, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var file = await client.Http.GetAsync($"/files/applications/{own.Id}/materials/{own.Materials[0].Id}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Another_enterprise_gets_not_found_for_the_page_the_api_and_the_files()
    {
        var own = await OfApplicantAsync(ApplicationStatus.PublicNotice);
        using var other = await PortalClient.SignedInAsync(fixture.Factory, Demo.OtherApplicant);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/applications/{own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/enterprise/applications/{own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/files/applications/{own.Id}/materials/{own.Materials[0].Id}")).StatusCode);
    }

    [Fact]
    public async Task A_draft_is_seen_by_nobody_but_its_enterprise()
    {
        var draft = await OfApplicantAsync(ApplicationStatus.Draft);
        foreach (var email in new[] { Demo.Staff, Demo.Town, "finance@demo.local", "admin@demo.local" })
        {
            using var client = await PortalClient.SignedInAsync(fixture.Factory, email);
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/api/applications/{draft.Id}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_town_sees_only_its_own_enterprises_filings()
    {
        var submitted = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.Submitted);
        using var town = await PortalClient.SignedInAsync(fixture.Factory, Demo.Town);
        Assert.Equal(HttpStatusCode.OK, (await town.Http.GetAsync($"/api/applications/{submitted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await town.Http.GetAsync($"/town/applications/{submitted.Id}")).StatusCode);

        // Move the application to another town: the same user now gets "not found".
        await Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var otherTown = await db.TownsOrParks.Where(t => t.Id != submitted.TownOrParkId).Select(t => t.Id).FirstAsync();
            return await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE applications SET town_or_park_id = {otherTown} WHERE id = {submitted.Id}");
        });
        Assert.Equal(HttpStatusCode.NotFound, (await town.Http.GetAsync($"/api/applications/{submitted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await town.Http.GetAsync($"/town/applications/{submitted.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_expert_sees_an_application_only_after_declaring_no_conflict_and_never_one_not_assigned()
    {
        var expert = await Demo.ActorAsync(fixture.Factory, Demo.Expert);
        var expertId = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => e.UserId == expert.UserId).Select(e => e.Id).SingleAsync());
        var pending = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking()
            .FirstAsync(a => a.ExpertId == expertId && a.Declaration == ConflictDeclaration.Pending));
        var notAssigned = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking()
            .FirstAsync(a => a.Status != ApplicationStatus.Draft && !db.ExpertAssignments.Any(x => x.ApplicationId == a.Id && x.ExpertId == expertId)));
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Expert);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/api/applications/{notAssigned.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/api/applications/{pending.ApplicationId}")).StatusCode);
        var before = await client.GetPageAsync($"/expert/assignments/{pending.Id}");
        Assert.Null(before.QuerySelector("[data-testid=application-summary]"));
        Assert.Null(before.QuerySelector("[data-testid=score-form]"));
        Assert.NotNull(before.QuerySelector("[data-testid=declaration]"));

        // The page declares through the interface (an interactive page is not posted to); the record then shows.
        var declared = await fixture.Factory.Services.GetRequiredService<IExpertReview>().DeclareNoConflictAsync(pending.Id, expert, CancellationToken.None);
        Assert.True(declared.Succeeded);
        var after = await client.GetPageAsync($"/expert/assignments/{pending.Id}");
        Assert.NotNull(after.QuerySelector("[data-testid=application-summary]"));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/api/applications/{pending.ApplicationId}")).StatusCode);
    }

    [Fact]
    public async Task An_expert_cannot_open_another_experts_assignment()
    {
        var expert = await Demo.ActorAsync(fixture.Factory, Demo.Expert);
        var others = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking()
            .FirstAsync(a => !db.Experts.Any(e => e.Id == a.ExpertId && e.UserId == expert.UserId)));
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Demo.Expert);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/expert/assignments/{others.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("/committee/calls", "applicant@demo.local")]
    [InlineData("/committee/calls", "expert@demo.local")]
    [InlineData("/town/applications", "staff@demo.local")]
    [InlineData("/enterprise/calls", "staff@demo.local")]
    public async Task Workflow_pages_refuse_other_roles(string url, string email)
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, email);
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_401_not_a_sign_in_page_when_not_signed_in()
    {
        var any = await Demo.ApplicationInAsync(fixture.Factory, ApplicationStatus.Approved);
        using var anonymous = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Http.GetAsync($"/api/applications/{any.Id}")).StatusCode);
    }
}
