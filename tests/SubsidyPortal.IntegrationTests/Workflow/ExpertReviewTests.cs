using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Reviews;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// Drawing, the declaration before anything is shown (naming the enterprise, project, clause and the expert's own
/// organisation), recusal with a replacement, scores bounded by each criterion's maximum, and aggregation once every
/// drawn expert has scored — through <see cref="IExpertReview"/>, the interface the expert's pages call.
/// </summary>
public sealed class ExpertReviewTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IExpertReview Experts => fixture.Factory.Services.GetRequiredService<IExpertReview>();

    // Staff draw through the review page's use case.
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

    private async Task<List<(Guid Id, Actor Expert)>> DrawAsync(Guid applicationId)
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        Assert.True((await Review.DrawExpertsAsync(applicationId, staff, CancellationToken.None)).Succeeded);
        var panel = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == applicationId)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { a.Id, e.UserId }).ToListAsync());
        return panel.Select(p => (p.Id, new Actor(p.UserId, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert))).ToList();
    }

    private static List<ScoreEntry> Entries(string score, string? comment = "意见") =>
        ScoringRubric.Standard().Criteria.Select(c => new ScoreEntry(c.Code, score, comment)).ToList();

    /// <summary>A drawn expert's assignment still waiting for a declaration, and that expert.</summary>
    private async Task<(Guid Id, Actor Expert)> PendingAsync()
    {
        var assignment = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking()
            .FirstAsync(a => a.Declaration == ConflictDeclaration.Pending && db.Applications.Any(p => p.Id == a.ApplicationId && p.Status == ApplicationStatus.ExpertReview)));
        var userId = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => e.Id == assignment.ExpertId).Select(e => e.UserId).SingleAsync());
        return (assignment.Id, new Actor(userId, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert));
    }

    /// <summary>An assignment declared "no conflict" and not yet scored (declaring one if none is), and its expert:
    /// refused scores save nothing, so the score tests share it instead of using up the pending ones.</summary>
    private async Task<(Guid Id, Actor Expert)> DeclaredAsync()
    {
        var open = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking()
            .Where(a => a.Declaration == ConflictDeclaration.NoConflict && a.SubmittedAt == null
                        && db.Applications.Any(p => p.Id == a.ApplicationId && p.Status == ApplicationStatus.ExpertReview))
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { a.Id, e.UserId })
            .FirstOrDefaultAsync());
        if (open is not null)
        {
            return (open.Id, new Actor(open.UserId, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert));
        }

        var (id, expert) = await PendingAsync();
        Assert.True((await Experts.DeclareNoConflictAsync(id, expert, CancellationToken.None)).Succeeded);
        return (id, expert);
    }

    [Fact]
    public async Task Experts_are_never_drawn_for_their_own_organisation_and_a_recusal_draws_a_replacement()
    {
        var id = await FreshExpertReviewAsync("上海长宁示范生物医药有限公司");
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var conflicted = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.SingleAsync(e => e.OrganisationName == "上海长宁示范生物医药有限公司"));

        var panel = await DrawAsync(id);
        var drawn = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == id).ToListAsync());
        Assert.Equal(3, drawn.Count);
        Assert.DoesNotContain(drawn, a => a.ExpertId == conflicted.Id);

        var again = await Review.DrawExpertsAsync(id, staff, CancellationToken.None);
        Assert.Contains("已抽取专家", again.Errors[0].Message, StringComparison.Ordinal);

        // A recusal needs a note: without one it is refused beside the note and nothing is saved or drawn.
        var (first, expert) = panel[0];
        var refused = await Experts.RecuseAsync(first, "  ", expert, CancellationToken.None);
        Assert.Equal("Note", Assert.Single(refused.Errors).Field);
        Assert.Contains("请说明利益冲突情况", refused.Errors[0].Message, StringComparison.Ordinal);
        var unchanged = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == id).ToListAsync());
        Assert.Equal(3, unchanged.Count);
        Assert.Equal(ConflictDeclaration.Pending, unchanged.Single(a => a.Id == first).Declaration);

        var recused = await Experts.RecuseAsync(first, "曾为该企业提供咨询服务", expert, CancellationToken.None);
        Assert.True(recused.Succeeded);

        var after = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == id).ToListAsync());
        Assert.Equal(4, after.Count);
        Assert.Equal(3, after.Count(a => a.Declaration != ConflictDeclaration.Recused));
        Assert.DoesNotContain(after, a => a.ExpertId == conflicted.Id);
        Assert.Equal(after.Count, after.Select(a => a.ExpertId).Distinct().Count());

        // The recused expert's page says so, shows nothing of the application, and lists the task as finished.
        var view = await Experts.AssignmentAsync(first, expert, CancellationToken.None);
        Assert.Equal(ConflictDeclaration.Recused, view!.Declaration);
        Assert.Equal("曾为该企业提供咨询服务", view.ConflictNote);
        Assert.Null(view.Application);
        var finished = await Experts.FinishedAsync(expert, new PageRequest(), CancellationToken.None);
        Assert.Contains(finished.Items, r => r.Id == first && r.Declaration == ConflictDeclaration.Recused);
    }

    [Fact]
    public async Task Before_declaring_the_expert_is_told_whose_application_it_is_but_sees_nothing_of_it()
    {
        var (assignment, expert) = await PendingAsync();
        var expected = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(x => x.Id == assignment)
            .Join(db.Applications, x => x.ApplicationId, a => a.Id, (x, a) => new
            {
                a.ProjectName, a.ReferenceNumber, a.ClauseId,
                Enterprise = db.Enterprises.Where(e => e.Id == a.EnterpriseId).Select(e => e.Name).Single(),
                Call = db.Calls.Where(c => c.Id == a.CallId).Select(c => c.TitleZh).Single(),
                Organisation = db.Experts.Where(e => e.Id == x.ExpertId).Select(e => e.OrganisationName).Single(),
            })
            .SingleAsync());

        var before = await Experts.AssignmentAsync(assignment, expert, CancellationToken.None);

        Assert.NotNull(before);
        Assert.Equal(ConflictDeclaration.Pending, before.Declaration);
        Assert.Equal(expected.Enterprise, before.Subject.EnterpriseName);
        Assert.Equal(expected.ProjectName, before.Subject.ProjectName);
        Assert.Equal(expected.ReferenceNumber, before.Subject.ReferenceNumber);
        Assert.Equal(expected.ClauseId, before.Subject.Clause.Id);
        Assert.False(string.IsNullOrEmpty(before.Subject.Clause.PolicyDocument));
        Assert.False(string.IsNullOrEmpty(before.Subject.Clause.Article));
        Assert.Equal(SubsidyPortal.Domain.Policies.PolicyCatalog.Find(expected.ClauseId)!.Policy.Title, before.Subject.PolicyTitle);
        Assert.Equal(expected.Call, before.Subject.CallTitle);
        Assert.Equal(expected.Organisation, before.Subject.ExpertOrganisation);
        Assert.Null(before.Application);
        Assert.Null(before.Rubric);
        Assert.False(before.MayScore);

        // Scoring before declaring is refused, and nothing is recorded.
        var early = await Experts.ScoreAsync(assignment, Entries("80"), expert, CancellationToken.None);
        Assert.Contains("评分前须声明无利益冲突", early.Errors[0].Message, StringComparison.Ordinal);

        Assert.True((await Experts.DeclareNoConflictAsync(assignment, expert, CancellationToken.None)).Succeeded);
        var after = await Experts.AssignmentAsync(assignment, expert, CancellationToken.None);
        Assert.NotNull(after!.Application);
        Assert.NotNull(after.Rubric);
        Assert.True(after.MayScore);

        var twice = await Experts.DeclareNoConflictAsync(assignment, expert, CancellationToken.None);
        Assert.Contains("已作出利益冲突声明", twice.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expert_never_reaches_another_experts_assignment()
    {
        var (assignment, owner) = await PendingAsync();
        var otherUser = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => e.UserId != owner.UserId).Select(e => e.UserId).FirstAsync());
        var other = new Actor(otherUser, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert);

        Assert.Null(await Experts.AssignmentAsync(assignment, other, CancellationToken.None));
        var declared = await Experts.DeclareNoConflictAsync(assignment, other, CancellationToken.None);
        Assert.Contains("未分配给您", declared.Errors[0].Message, StringComparison.Ordinal);
        var recused = await Experts.RecuseAsync(assignment, "冲突", other, CancellationToken.None);
        Assert.Contains("未分配给您", recused.Errors[0].Message, StringComparison.Ordinal);
        var scored = await Experts.ScoreAsync(assignment, Entries("80"), other, CancellationToken.None);
        Assert.Contains("未分配给您", scored.Errors[0].Message, StringComparison.Ordinal);
        var stored = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().SingleAsync(a => a.Id == assignment));
        Assert.Equal(ConflictDeclaration.Pending, stored.Declaration);
    }

    [Fact]
    public async Task The_aggregate_is_recorded_only_when_every_drawn_expert_has_scored()
    {
        var id = await FreshExpertReviewAsync("上海长宁示范工业软件有限公司");
        var panel = await DrawAsync(id);
        var totals = new[] { "60", "８０", "100" }; // full-width digits are read as digits
        var expected = new[] { 60m, 80m, 100m };
        for (var i = 0; i < panel.Count; i++)
        {
            var (assignment, expert) = panel[i];
            Assert.True((await Experts.DeclareNoConflictAsync(assignment, expert, CancellationToken.None)).Succeeded);

            // A missing comment is refused beside that criterion's comment alone, and nothing is recorded.
            var entries = Entries(totals[i]);
            entries[2] = entries[2] with { Comment = " " };
            var refused = await Experts.ScoreAsync(assignment, entries, expert, CancellationToken.None);
            Assert.Equal(ScoreEntries.CommentField("capability"), Assert.Single(refused.Errors).Field);
            Assert.Contains("评审意见", refused.Errors[0].Message, StringComparison.Ordinal);
            Assert.Null(await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.Where(a => a.Id == assignment).Select(a => a.SubmittedAt).SingleAsync()));

            var scored = await Experts.ScoreAsync(assignment, Entries(totals[i]), expert, CancellationToken.None);
            Assert.True(scored.Succeeded, string.Join(";", scored.Errors.Select(e => e.Message)));
            var aggregate = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == id).Select(a => a.AggregatedScore).SingleAsync());
            Assert.Equal(i == panel.Count - 1 ? 80m : null, aggregate);

            // The expert's page now holds the total as recorded and no form; the task is listed as finished.
            var view = await Experts.AssignmentAsync(assignment, expert, CancellationToken.None);
            Assert.Equal(expected[i], view!.WeightedTotal);
            Assert.False(view.MayScore);
            Assert.Equal(4, view.Scores.Count);
            var finished = await Experts.FinishedAsync(expert, new PageRequest(), CancellationToken.None);
            Assert.Contains(finished.Items, r => r.Id == assignment && r.WeightedTotal == expected[i]);

            var again = await Experts.ScoreAsync(assignment, Entries("50"), expert, CancellationToken.None);
            Assert.Contains("评分已提交", again.Errors[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_score_above_the_maximum_is_refused_in_chinese_beside_its_field_and_nothing_is_recorded()
    {
        var (assignment, expert) = await DeclaredAsync();

        var result = await Experts.ScoreAsync(assignment, Entries("101"), expert, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("满分", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(ScoreEntries.ScoreField("innovation"), result.Errors[0].Field);
        Assert.Equal(4, result.Errors.Count); // every criterion's field says so, not only the first
        var stored = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().SingleAsync(a => a.Id == assignment));
        Assert.Null(stored.SubmittedAt);
    }

    [Theory]
    [InlineData("", "请填写本项评分")]
    [InlineData("八十", "请填写数字")]
    [InlineData("80分", "请填写数字")]
    [InlineData("8e1", "请填写数字")]
    [InlineData("1,000", "请填写数字")]
    [InlineData("-1", "满分")]
    [InlineData("80.125", "最多保留两位小数")]
    public async Task A_score_that_is_not_a_number_within_bounds_is_refused_beside_its_field(string typed, string message)
    {
        var (assignment, expert) = await DeclaredAsync();
        var entries = Entries("80");
        entries[1] = entries[1] with { Score = typed };

        var result = await Experts.ScoreAsync(assignment, entries, expert, CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ScoreEntries.ScoreField("benefit"), error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        var stored = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().SingleAsync(a => a.Id == assignment));
        Assert.Null(stored.SubmittedAt);
    }
}
