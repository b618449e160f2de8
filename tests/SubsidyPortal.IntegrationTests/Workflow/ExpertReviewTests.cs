using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>Drawing, recusal with a replacement, and aggregation once every drawn expert has scored.</summary>
public sealed class ExpertReviewTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    // Staff draw and pass through the review page's use case; experts still declare and score on ReviewService.
    private ICommitteeReview Review => fixture.Factory.Services.GetRequiredService<ICommitteeReview>();

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    private async Task<Guid> FreshExpertReviewAsync(string enterpriseName)
    {
        // Take a demo filing without experts (submitted, or in preliminary review) into expert review.
        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking()
            .FirstAsync(a => a.Status == ApplicationStatus.PreliminaryReview || a.Status == ApplicationStatus.Submitted));
        if (application.Status == ApplicationStatus.Submitted)
        {
            var town = await Demo.ActorAsync(fixture.Factory, Demo.Town);
            Assert.True((await WithAsync(sp => sp.GetRequiredService<ApplicationWorkflow>().ApplyAsync(application.Id, ApplicationAction.ConfirmByTown, town, new TransitionInput(), CancellationToken.None))).Succeeded);
        }

        await Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var target = await db.Enterprises.Where(e => e.Name == enterpriseName).Select(e => e.Id).SingleAsync();
            return await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE applications SET enterprise_id = {target} WHERE id = {application.Id}");
        });
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var passed = await Review.DecideAsync(application.Id, ApplicationAction.PassPreliminaryReview, null, null, staff, CancellationToken.None);
        Assert.True(passed.Succeeded);
        return application.Id;
    }

    [Fact]
    public async Task Experts_are_never_drawn_for_their_own_organisation_and_a_recusal_draws_a_replacement()
    {
        var id = await FreshExpertReviewAsync("上海长宁示范生物医药有限公司");
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var conflicted = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.SingleAsync(e => e.OrganisationName == "上海长宁示范生物医药有限公司"));

        Assert.True((await Review.DrawExpertsAsync(id, staff, CancellationToken.None)).Succeeded);
        var drawn = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == id).ToListAsync());
        Assert.Equal(3, drawn.Count);
        Assert.DoesNotContain(drawn, a => a.ExpertId == conflicted.Id);

        var again = await Review.DrawExpertsAsync(id, staff, CancellationToken.None);
        Assert.Contains("已抽取专家", again.Errors[0].Message, StringComparison.Ordinal);

        var first = drawn[0];
        var expertUser = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => e.Id == first.ExpertId).Select(e => e.UserId).SingleAsync());
        var expert = new Actor(expertUser, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert);
        var recused = await WithAsync(sp => sp.GetRequiredService<ReviewService>().DeclareAsync(first.Id, hasConflict: true, "曾为该企业提供咨询服务", expert, CancellationToken.None));
        Assert.True(recused.Succeeded);

        var after = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == id).ToListAsync());
        Assert.Equal(4, after.Count);
        Assert.Equal(3, after.Count(a => a.Declaration != ConflictDeclaration.Recused));
        Assert.DoesNotContain(after, a => a.ExpertId == conflicted.Id);
        Assert.Equal(after.Count, after.Select(a => a.ExpertId).Distinct().Count());
    }

    [Fact]
    public async Task The_aggregate_is_recorded_only_when_every_drawn_expert_has_scored()
    {
        var id = await FreshExpertReviewAsync("上海长宁示范工业软件有限公司");
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        Assert.True((await Review.DrawExpertsAsync(id, staff, CancellationToken.None)).Succeeded);
        var panel = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == id)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { a.Id, e.UserId }).ToListAsync());
        var totals = new[] { 60m, 80m, 100m };
        for (var i = 0; i < panel.Count; i++)
        {
            var expert = new Actor(panel[i].UserId, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert);
            Assert.True((await WithAsync(sp => sp.GetRequiredService<ReviewService>().DeclareAsync(panel[i].Id, false, null, expert, CancellationToken.None))).Succeeded);
            var rubric = ScoringRubric.Standard();
            var scored = await WithAsync(sp => sp.GetRequiredService<ReviewService>().ScoreAsync(panel[i].Id,
                rubric.Criteria.Select(c => new CriterionScore(c.Code, totals[i], "意见")).ToList(), expert, CancellationToken.None));
            Assert.True(scored.Succeeded, string.Join(";", scored.Errors.Select(e => e.Message)));
            var aggregate = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == id).Select(a => a.AggregatedScore).SingleAsync());
            Assert.Equal(i == panel.Count - 1 ? 80m : null, aggregate);
        }
    }

    [Fact]
    public async Task A_score_above_the_maximum_is_refused_in_chinese_and_nothing_is_recorded()
    {
        var assignment = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking()
            .FirstAsync(a => a.Declaration == ConflictDeclaration.Pending && db.Applications.Any(p => p.Id == a.ApplicationId && p.Status == ApplicationStatus.ExpertReview)));
        var userId = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => e.Id == assignment.ExpertId).Select(e => e.UserId).SingleAsync());
        var expert = new Actor(userId, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert);
        await WithAsync(sp => sp.GetRequiredService<ReviewService>().DeclareAsync(assignment.Id, false, null, expert, CancellationToken.None));

        var result = await WithAsync(sp => sp.GetRequiredService<ReviewService>().ScoreAsync(assignment.Id,
            ScoringRubric.Standard().Criteria.Select(c => new CriterionScore(c.Code, 101m, "意见")).ToList(), expert, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Contains("满分", result.Errors[0].Message, StringComparison.Ordinal);
        var stored = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().SingleAsync(a => a.Id == assignment.Id));
        Assert.Null(stored.SubmittedAt);
    }
}
