using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Reviews;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>
/// The verifiable draw through the services staff and experts use: committed before, revealed after, re-run from the
/// record to the same experts (what <c>replay-draw</c> does); a tampered seed or pool is reported; declared
/// relationships exclude an expert with the reason on the record.
/// </summary>
public sealed class ExpertDrawReplayTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private ICommitteeReview Review => fixture.Factory.Services.GetRequiredService<ICommitteeReview>();

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    private Task<IReadOnlyList<DrawCheck>> ReplayAsync(string key) =>
        WithAsync(sp => sp.GetRequiredService<ExpertDrawReplays>().CheckAsync(key, CancellationToken.None));

    /// <summary>
    /// A demo filing in expert review with nobody drawn yet, with its 申报编号: one submitted or in preliminary review taken
    /// there, or (once the demo has none left) one already in expert review whose seeded panel, made before draws were
    /// recorded, is cleared.
    /// </summary>
    private async Task<(Guid Id, string Reference)> FreshExpertReviewAsync()
    {
        var application = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Status == ApplicationStatus.PreliminaryReview || a.Status == ApplicationStatus.Submitted));
        if (application is null)
        {
            var reviewed = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.AsNoTracking()
                .FirstAsync(a => a.Status == ApplicationStatus.ExpertReview && !db.ExpertDraws.Any(d => d.ApplicationId == a.Id)));
            await Demo.WithDbAsync(fixture.Factory, db => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM expert_assignments WHERE application_id = {reviewed.Id}"));
            return (reviewed.Id, reviewed.ReferenceNumber);
        }

        if (application.Status == ApplicationStatus.Submitted)
        {
            var town = await Demo.ActorAsync(fixture.Factory, Demo.Town);
            Assert.True((await WithAsync(sp => sp.GetRequiredService<ApplicationWorkflow>().ApplyAsync(application.Id, ApplicationAction.ConfirmByTown, town, new TransitionInput(), CancellationToken.None))).Succeeded);
        }

        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        Assert.True((await Review.DecideAsync(application.Id, ApplicationAction.PassPreliminaryReview, null, null, staff, CancellationToken.None)).Succeeded);
        return (application.Id, application.ReferenceNumber);
    }

    [Fact]
    public async Task A_draw_made_through_the_service_re_runs_from_the_record_to_the_same_experts_and_tampering_is_reported()
    {
        var (id, reference) = await FreshExpertReviewAsync();
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        Assert.True((await Review.DrawExpertsAsync(id, staff, CancellationToken.None)).Succeeded);

        var assigned = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == id).ToListAsync());
        var check = Assert.Single(await ReplayAsync(reference));
        Assert.True(check.Holds);
        Assert.Equal(DrawOutcome.Drawn, check.Record.Outcome);
        Assert.Equal(assigned.Select(a => a.ExpertId).Order(), check.Replay.Replayed.Order());
        Assert.All(assigned, a => Assert.Equal(check.Record.Id, a.DrawId));

        // What replay-draw prints: the experts by name and that they are the ones assigned.
        var names = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => assigned.Select(a => a.ExpertId).Contains(e.Id)).Select(e => e.Name).ToListAsync());
        var (exit, output) = await RunCommandAsync("replay-draw", reference);
        Assert.Equal(0, exit);
        Assert.Contains("RESULT: the draw re-runs to the same experts", output, StringComparison.Ordinal);
        Assert.All(names, name => Assert.Contains(name, output, StringComparison.Ordinal));
        Assert.Equal(2, (await RunCommandAsync("replay-draw", "CN-NO-SUCH-1")).Exit);

        // The trail has the commitment (with the seed's hash) before the reveal (with the seed), both hash-chained.
        var lines = await Demo.WithDbAsync(fixture.Factory, db => db.ApplicationEvents.AsNoTracking()
            .Where(e => e.ApplicationId == id && e.Action.StartsWith("ExpertDraw")).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal([SubsidyApplication.DrawCommittedAction, SubsidyApplication.DrawRevealedAction], lines.Select(l => l.Action));
        Assert.Contains(Convert.ToHexStringLower(check.Record.SeedHash), lines[0].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexStringLower(check.Record.Seed!), lines[0].Reason, StringComparison.Ordinal);
        Assert.Contains(Convert.ToHexStringLower(check.Record.Seed!), lines[1].Reason, StringComparison.Ordinal);

        // The record cannot be changed through the database's front door …
        await Assert.ThrowsAnyAsync<Exception>(() => Demo.WithDbAsync(fixture.Factory, db =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE expert_draws SET seed = {new byte[32]} WHERE id = {check.Record.Id}")));

        // … and someone who gets round it (the trigger disabled) is found out: a different seed, then a reordered pool.
        var original = check.Record;
        await TamperAsync($"UPDATE expert_draws SET seed = '\\x{Convert.ToHexStringLower(VerifiableDraw.NewSeed())}'::bytea WHERE id = '{original.Id}'");
        var seedTampered = Assert.Single(await ReplayAsync(original.Id.ToString()));
        Assert.False(seedTampered.Replay.SeedMatchesCommitment);
        Assert.False(seedTampered.Holds);
        (exit, output) = await RunCommandAsync("replay-draw", original.Id.ToString());
        Assert.Equal(1, exit);
        Assert.Contains("DOES NOT match the commitment", output, StringComparison.Ordinal);
        Assert.Contains("RESULT: MISMATCH", output, StringComparison.Ordinal);

        await TamperAsync($"UPDATE expert_draws SET seed = '\\x{Convert.ToHexStringLower(original.Seed!)}'::bytea, pool = (SELECT array_agg(x ORDER BY x) FROM unnest(pool[2:]) x) WHERE id = '{original.Id}'");
        var poolTampered = Assert.Single(await ReplayAsync(reference));
        Assert.True(poolTampered.Replay.SeedMatchesCommitment);
        Assert.False(poolTampered.Replay.PoolMatchesDigest);
        Assert.False(poolTampered.Holds);

        await TamperAsync($"UPDATE expert_draws SET pool = ARRAY[{string.Join(',', original.Pool.Select(p => $"'{p}'::uuid"))}] WHERE id = '{original.Id}'");
        Assert.True(Assert.Single(await ReplayAsync(reference)).Holds);
    }

    [Fact]
    public async Task A_recusal_s_replacement_is_a_draw_of_its_own_with_its_own_commitment()
    {
        var (id, reference) = await FreshExpertReviewAsync();
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        Assert.True((await Review.DrawExpertsAsync(id, staff, CancellationToken.None)).Succeeded);
        var first = await Demo.WithDbAsync(fixture.Factory, db => db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == id)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { a.Id, a.ExpertId, e.UserId }).FirstAsync());
        var expert = new Actor(first.UserId, "专家", SubsidyPortal.Domain.Identity.PortalRoles.Expert);
        Assert.True((await WithAsync(sp => sp.GetRequiredService<IExpertReview>().RecuseAsync(first.Id, "曾为该企业提供咨询", expert, CancellationToken.None))).Succeeded);

        var checks = await ReplayAsync(reference);
        Assert.Equal([DrawPurpose.Panel, DrawPurpose.Replacement], checks.Select(c => c.Record.Purpose));
        Assert.All(checks, c => Assert.True(c.Holds));
        Assert.NotEqual(checks[0].Record.SeedHash, checks[1].Record.SeedHash);
        var replacement = checks[1];
        Assert.Contains(replacement.Record.Exclusions, e => e.ExpertId == first.ExpertId && e.Reason == DrawExclusion.AssignedOrRecused);
        Assert.DoesNotContain(first.ExpertId, replacement.Record.Pool);
    }

    [Fact]
    public async Task An_expert_who_declared_shares_in_the_applicant_is_left_out_with_the_reason_on_the_record()
    {
        var (id, reference) = await FreshExpertReviewAsync();
        var enterprise = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == id)
            .Join(db.Enterprises, a => a.EnterpriseId, e => e.Id, (a, e) => new { e.Name, e.Uscc }).SingleAsync());
        var call = await Demo.WithDbAsync(fixture.Factory, db => db.Applications.Where(a => a.Id == id).Join(db.Calls, a => a.CallId, c => c.Id, (a, c) => c.ExpertSpecialty).SingleAsync());
        // An expert of the call's specialty who does not work for the applicant (that conflict is checked first and
        // would be the reason recorded); in a fixed order, so every run takes the same one.
        var holder = (await Demo.WithDbAsync(fixture.Factory, db => db.Experts.AsNoTracking().Where(e => e.Active).OrderBy(e => e.Id).ToListAsync()))
            .First(e => e.Specialties.Contains(call) && e.OrganisationName != enterprise.Name && e.OrganisationUscc != enterprise.Uscc.ToString());
        var actor = new Actor(holder.UserId, holder.Name, SubsidyPortal.Domain.Identity.PortalRoles.Expert);
        var declarations = fixture.Factory.Services.GetRequiredService<IExpertDeclarations>();

        // Refused in the expert's language beside the field: a bad credit code, a former employment ending tomorrow.
        var badCode = await declarations.DeclareAsync(new RelationshipInput { Kind = RelationshipKind.Shareholding, OrganisationName = enterprise.Name, OrganisationUscc = "12345" }, actor, CancellationToken.None);
        Assert.Equal(nameof(RelationshipInput.OrganisationUscc), Assert.Single(badCode.Errors).Field);
        Assert.Contains("统一社会信用代码不正确", badCode.Errors[0].Message, StringComparison.Ordinal);

        Assert.True((await declarations.DeclareAsync(new RelationshipInput { Kind = RelationshipKind.Shareholding, OrganisationName = " " + enterprise.Name + " " }, actor, CancellationToken.None)).Succeeded);
        var view = await declarations.DeclarationsAsync(actor, CancellationToken.None);
        Assert.Equal(enterprise.Name, Assert.Single(view!.Relationships).OrganisationName);

        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var drew = await Review.DrawExpertsAsync(id, staff, CancellationToken.None);
        Assert.True(drew.Succeeded); // six demo experts: enough are left without the shareholder
        var check = Assert.Single(await ReplayAsync(reference));
        Assert.Contains(check.Record.Exclusions, e => e.ExpertId == holder.Id && e.Reason == ConflictsOfInterest.Shareholding && e.Organisation == enterprise.Name);
        Assert.DoesNotContain(holder.Id, check.Record.Drawn);
        Assert.DoesNotContain(holder.Id, check.Record.Pool);
        var staffView = await fixture.Factory.Services.GetRequiredService<IExpertDrawRecords>().ForApplicationAsync(id, staff, CancellationToken.None);
        Assert.True(Assert.Single(staffView).Verified);

        // An expert (not committee staff) is shown no draw record.
        Assert.Empty(await fixture.Factory.Services.GetRequiredService<IExpertDrawRecords>().ForApplicationAsync(id, actor, CancellationToken.None));

        Assert.True((await declarations.WithdrawAsync(view.Relationships[0].Id, actor, CancellationToken.None)).Succeeded);
        Assert.Empty((await declarations.DeclarationsAsync(actor, CancellationToken.None))!.Relationships);
    }

    /// <summary>Runs the body of <c>replay-draw</c> (the command minus its host start-up) with what it printed.</summary>
    private async Task<(int Exit, string Output)> RunCommandAsync(string command, string key)
    {
        Assert.Equal("replay-draw", command);
        await using var output = new StringWriter();
        var exit = await SubsidyPortal.Web.Infrastructure.PortalCommands.ReplayDrawAsync(fixture.Factory.Services, key, output);
        return (exit, output.ToString());
    }

    private Task<int> TamperAsync(string sql) => Demo.WithDbAsync(fixture.Factory, async db =>
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE expert_draws DISABLE TRIGGER expert_draws_keep_record");
#pragma warning disable EF1002 // test-only SQL built from ids and hex this test made
        var changed = await db.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1002
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE expert_draws ENABLE TRIGGER expert_draws_keep_record");
        await transaction.CommitAsync();
        return changed;
    });
}
