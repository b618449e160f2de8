using SubsidyPortal.Domain.Policies;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Notifications;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>One expert's assignment as staff see it (name, declaration, total), never their comments' authorship hidden.</summary>
public sealed record AssignmentRow(Guid AssignmentId, Guid ExpertId, string ExpertName, string Organisation, ConflictDeclaration Declaration, decimal? WeightedTotal, DateTimeOffset? SubmittedAt);

/// <summary>
/// 专家评审 and 择优: draws experts by a recorded, verifiable draw by specialty (never one with a conflict of interest), takes their
/// conflict declarations (a declared conflict recuses the expert and draws a replacement), their scores per rubric
/// criterion, aggregates when every drawn expert has scored, records other departments' opinions, and ranks a call
/// within its budget so staff can set amounts and propose.
/// </summary>
public sealed class ReviewService(PortalDbContext db, IClock clock, ApplicationWorkflow workflow)
{

    /// <summary>
    /// Draws the experts still missing from the application's panel as a recorded, verifiable draw (<see cref="CommitAndDrawAsync"/>).
    /// </summary>
    public async Task<CommandResult> DrawExpertsAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        if (application.Status != ApplicationStatus.ExpertReview)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("review.not-in-expert-review"));
        }

        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var existing = await db.ExpertAssignments.Where(a => a.ApplicationId == applicationId).ToListAsync(cancellationToken);
        var needed = call.ExpertsPerApplication - existing.Count(a => a.Declaration != ConflictDeclaration.Recused);
        if (needed <= 0)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("review.already-drawn"));
        }

        try
        {
            return await CommitAndDrawAsync(application, DrawPurpose.Panel, call.ExpertSpecialty, needed, existing.Select(a => a.ExpertId).ToList(), actor, cancellationToken);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult();
        }
    }

    /// <summary>
    /// A verifiable draw in two saves. First the commitment: a fresh seed's SHA-256 and the pool snapshot go on the
    /// draw record and the application's (hash-chained) trail, with whatever else is staged (a recusal) — before anyone
    /// could know who will be drawn. Then the draw from the recorded pool, the assignments and the revealed seed, together.
    /// Should the second save fail, the draw is abandoned on the record with its seed revealed; it is never re-rolled.
    /// Nothing is committed when too few experts are eligible.
    /// </summary>
    private async Task<CommandResult> CommitAndDrawAsync(
        SubsidyApplication application, DrawPurpose purpose, string specialty, int count, IReadOnlyCollection<Guid> excluded, Actor actor, CancellationToken cancellationToken)
    {
        var (pool, experts) = await PoolAsync(application, specialty, excluded, cancellationToken);
        var seed = VerifiableDraw.NewSeed();
        var record = ExpertDrawRecord.Commit(application.Id, purpose, pool, count, seed, actor, clock.Now);
        db.ExpertDraws.Add(record);
        application.RecordExpertDraw(SubsidyApplication.DrawCommittedAction, actor, clock.Now, DrawTrail.Committed(record));
        workflow.Stage(application);
        var committed = await workflow.SaveStagedAsync(cancellationToken);
        if (!committed.Succeeded)
        {
            return committed;
        }

        var drawn = record.Reveal(seed, clock.Now);
        foreach (var expertId in drawn)
        {
            db.ExpertAssignments.Add(new ExpertAssignment(application.Id, expertId, clock.Now, record.Id));
            db.Notifications.Add(Notification.ForUser(experts[expertId].UserId, NotificationKind.ReviewTask, $"新的评审任务：{application.ReferenceNumber}", $"New review task: {application.ReferenceNumber}", "/expert", clock.Now));
        }

        application.RecordExpertDraw(SubsidyApplication.DrawRevealedAction, actor, clock.Now, DrawTrail.Revealed(record));
        workflow.Stage(application);
        var revealed = await workflow.SaveStagedAsync(cancellationToken);
        if (!revealed.Succeeded)
        {
            await AbandonAsync(record.Id, seed, actor, CancellationToken.None);
        }

        return revealed;
    }

    /// <summary>Closes a committed draw whose result could not be saved, revealing its seed; logged on the trail.</summary>
    private async Task AbandonAsync(Guid drawId, byte[] seed, Actor actor, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var record = await db.ExpertDraws.SingleAsync(d => d.Id == drawId, cancellationToken);
        var application = await db.Applications.SingleAsync(a => a.Id == record.ApplicationId, cancellationToken);
        record.Abandon(seed, "抽取结果保存时申报已被他人更改，本次抽取作废 / the application changed while the result was saved", clock.Now);
        if (application.Status == ApplicationStatus.ExpertReview)
        {
            application.RecordExpertDraw(SubsidyApplication.DrawAbandonedAction, actor, clock.Now, DrawTrail.Abandoned(record));
            workflow.Stage(application);
        }

        await workflow.SaveStagedAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AssignmentRow>> AssignmentsAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await db.ExpertAssignments.AsNoTracking().Where(a => a.ApplicationId == applicationId)
            .OrderBy(a => a.AssignedAt)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new AssignmentRow(a.Id, e.Id, e.Name, e.OrganisationName, a.Declaration, a.WeightedTotal, a.SubmittedAt))
            .ToListAsync(cancellationToken);

    /// <summary>The expert's own assignment, or null: an expert never reaches another's.</summary>
    public Task<ExpertAssignment?> AssignmentForAsync(Guid assignmentId, Actor expert, CancellationToken cancellationToken) =>
        db.ExpertAssignments.AsNoTracking().SingleOrDefaultAsync(
            a => a.Id == assignmentId && db.Experts.Any(e => e.Id == a.ExpertId && e.UserId == expert.UserId), cancellationToken);

    public async Task<CommandResult> DeclareAsync(Guid assignmentId, bool hasConflict, string? note, Actor expert, CancellationToken cancellationToken)
    {
        var assignment = await db.ExpertAssignments.SingleOrDefaultAsync(
            a => a.Id == assignmentId && db.Experts.Any(e => e.Id == a.ExpertId && e.UserId == expert.UserId), cancellationToken);
        if (assignment is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("review.not-assigned"));
        }

        try
        {
            if (!hasConflict)
            {
                assignment.DeclareNoConflict(clock.Now);
            }
            else
            {
                assignment.DeclareConflict(note ?? string.Empty, clock.Now);
                var application = await db.Applications.SingleAsync(a => a.Id == assignment.ApplicationId, cancellationToken);
                var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
                var excluded = await db.ExpertAssignments.Where(a => a.ApplicationId == application.Id).Select(a => a.ExpertId).ToListAsync(cancellationToken);

                // The replacement is a draw of its own, committed in the same save as the recusal (by the system: nobody chose it).
                return await CommitAndDrawAsync(application, DrawPurpose.Replacement, call.ExpertSpecialty, 1, excluded, Actor.System, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult(e.Code == "review.conflict-note-required" ? "Note" : string.Empty);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.changed-concurrently"));
        }
    }

    public async Task<ScoringRubric> RubricForAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var callId = await db.Applications.Where(a => a.Id == applicationId).Select(a => a.CallId).SingleAsync(cancellationToken);
        var json = await db.Calls.Where(c => c.Id == callId).Select(c => c.RubricJson).SingleAsync(cancellationToken);
        return RubricJson.Read(json);
    }

    /// <summary>Scores once; when every drawn (not recused) expert has scored, the aggregate goes onto the application.</summary>
    public async Task<CommandResult> ScoreAsync(Guid assignmentId, IReadOnlyList<CriterionScore> scores, Actor expert, CancellationToken cancellationToken)
    {
        var assignment = await db.ExpertAssignments.SingleOrDefaultAsync(
            a => a.Id == assignmentId && db.Experts.Any(e => e.Id == a.ExpertId && e.UserId == expert.UserId), cancellationToken);
        if (assignment is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("review.not-assigned"));
        }

        var application = await db.Applications.Include(a => a.Materials).SingleAsync(a => a.Id == assignment.ApplicationId, cancellationToken);
        if (application.Status != ApplicationStatus.ExpertReview)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("review.not-in-expert-review"));
        }

        try
        {
            var sheet = ExpertScoreSheet.Score(await RubricForAsync(application.Id, cancellationToken), scores);
            assignment.SubmitScores(RubricJson.WriteScores(sheet.Scores), sheet.WeightedTotal, clock.Now);
            var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
            var panel = await db.ExpertAssignments.Where(a => a.ApplicationId == application.Id && a.Declaration != ConflictDeclaration.Recused).ToListAsync(cancellationToken);
            var totals = panel.Where(a => a.WeightedTotal is not null).Select(a => a.WeightedTotal!.Value).ToList();
            if (totals.Count >= call.ExpertsPerApplication && panel.TrueForAll(a => a.WeightedTotal is not null))
            {
                application.RecordAggregatedScore(ScoreAggregation.From(totals).Mean, clock.Now);
            }

            return await workflow.SaveStagedAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult();
        }
    }

    public async Task<ScoreAggregation> AggregationAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var totals = await db.ExpertAssignments.AsNoTracking()
            .Where(a => a.ApplicationId == applicationId && a.WeightedTotal != null).Select(a => a.WeightedTotal!.Value).ToListAsync(cancellationToken);
        return ScoreAggregation.From(totals);
    }

    public async Task<CommandResult> RecordOpinionAsync(Guid applicationId, string? department, string? opinion, Actor actor, CancellationToken cancellationToken)
    {
        try
        {
            db.DepartmentOpinions.Add(new DepartmentOpinion(applicationId, department ?? string.Empty, opinion ?? string.Empty, actor, clock.Now));
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult(e.Code == "opinion.department-required" ? "Department" : "Opinion");
        }
    }

    public async Task<IReadOnlyList<DepartmentOpinion>> OpinionsAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await db.DepartmentOpinions.AsNoTracking().Where(o => o.ApplicationId == applicationId).OrderBy(o => o.RecordedAt).ToListAsync(cancellationToken);

    /// <summary>择优: the call's applications that compete for its budget (reviewed, with the rule's figure), unranked;
    /// <see cref="RankingView.Rank"/> ranks them by the one rule (<see cref="BudgetRanking"/>).</summary>
    public async Task<IReadOnlyList<RankingEntry>> RankingEntriesAsync(Guid callId, CancellationToken cancellationToken) =>
        (await db.Applications.AsNoTracking()
            .Where(a => a.CallId == callId && (a.Status == ApplicationStatus.ExpertReview || a.Status == ApplicationStatus.ProposedForApproval) && a.EvaluatedAmount != null)
            .Join(db.Enterprises, a => a.EnterpriseId, e => e.Id, (a, e) => new
            {
                a.Id, a.ReferenceNumber, EnterpriseName = e.Name, a.ProjectName, a.Status, a.AggregatedScore, a.EvaluatedAmount, a.EvaluatedAmountKind, a.ApprovedAmount, a.SubmittedAt,
            })
            .ToListAsync(cancellationToken))
        .Select(r => new RankingEntry(r.Id, r.ReferenceNumber, r.EnterpriseName, r.ProjectName, r.Status, r.AggregatedScore, r.EvaluatedAmount!.Value,
            r.EvaluatedAmountKind ?? AmountKind.Ceiling, r.ApprovedAmount, r.SubmittedAt ?? DateTimeOffset.MinValue))
        .ToList();

    /// <summary>
    /// Sets the approved amount (核定金额) and proposes the application (列入拟立项) in one save: both, or neither. The
    /// amount rule and the proposal's guards are the domain's; a refused amount is named against its clause's figure.
    /// </summary>
    public async Task<CommandResult> SetAmountAndProposeAsync(Guid applicationId, decimal amount, Actor actor, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Materials).SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        try
        {
            if (application.ApprovedAmount != amount)
            {
                application.SetApprovedAmount(amount, clock.Now);
            }

            var context = await workflow.ContextAsync(application, new TransitionInput(), cancellationToken);
            application.Apply(ApplicationAction.Propose, actor, context);
            workflow.Stage(application);
            return await workflow.SaveStagedAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.Code == "application.amount-invalid"
                ? CommandResult.Fail(AmountField, ApprovedAmountText.Refusal(amount, application.EvaluatedAmount, application.EvaluatedAmountKind) ?? ValidationText.Get(e.Code))
                : e.ToCommandResult();
        }
    }

    /// <summary>
    /// Proposes a budget scenario in one save: each application it funds gets the scenario's amount and is proposed (one
    /// already proposed at another amount is withdrawn and proposed again), each on its reserve list that was proposed is
    /// withdrawn, and the choice is recorded (<see cref="FundingDecision"/>). All or nothing; the audit lines name the
    /// scenario.
    /// </summary>
    public async Task<CommandResult> ProposeScenarioAsync(Guid callId, FundingScenario scenario, Actor actor, CancellationToken cancellationToken)
    {
        var ids = scenario.Funded.Concat(scenario.Reserve).Select(l => l.ApplicationId).ToList();
        var applications = await db.Applications.Include(a => a.Materials)
            .Where(a => a.CallId == callId && ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        if (applications.Count != ids.Count)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        try
        {
            // The trail is kept in Chinese, whoever reads it later.
            var reason = $"按“{FundingScenarioNames.Zh(scenario)}”方案拟立项";
            foreach (var line in scenario.Funded)
            {
                var application = applications[line.ApplicationId];
                if (application.Status == ApplicationStatus.ProposedForApproval && application.ApprovedAmount == line.Amount)
                {
                    continue;
                }

                if (application.Status == ApplicationStatus.ProposedForApproval)
                {
                    application.Apply(ApplicationAction.WithdrawProposal, actor, await workflow.ContextAsync(application, new TransitionInput(), cancellationToken) with { Reason = reason });
                }

                application.SetApprovedAmount(line.Amount, clock.Now);
                application.Apply(ApplicationAction.Propose, actor, await workflow.ContextAsync(application, new TransitionInput(), cancellationToken) with { Reason = reason });
                workflow.Stage(application);
            }

            foreach (var line in scenario.Reserve.Where(l => applications[l.ApplicationId].Status == ApplicationStatus.ProposedForApproval))
            {
                var application = applications[line.ApplicationId];
                application.Apply(ApplicationAction.WithdrawProposal, actor, await workflow.ContextAsync(application, new TransitionInput(), cancellationToken) with { Reason = reason });
                workflow.Stage(application);
            }

            db.FundingDecisions.Add(FundingDecision.Record(callId, scenario, actor.UserId, actor.Name, clock.Now));
            return await workflow.SaveStagedAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult();
        }
    }

    public async Task<FundingDecisionView?> LastFundingDecisionAsync(Guid callId, CancellationToken cancellationToken) =>
        await db.FundingDecisions.AsNoTracking().Where(d => d.CallId == callId).OrderByDescending(d => d.DecidedAt)
            .Select(d => new FundingDecisionView(d.Scenario, d.Percent, d.Proposed, d.Total, d.DecidedByName, d.DecidedAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The field an approved-amount error belongs to.</summary>
    public const string AmountField = "Amount";

    /// <summary>The pool snapshot for a draw on today's date, and the experts by id (for their user accounts).</summary>
    private async Task<(DrawPool Pool, Dictionary<Guid, Expert> Experts)> PoolAsync(
        SubsidyApplication application, string specialty, IEnumerable<Guid> excluded, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == application.EnterpriseId, cancellationToken);
        // Only experts who serve the authority administering this filing's policy (an expert may serve several).
        var policyId = await db.Calls.Where(c => c.Id == application.CallId).Select(c => c.PolicyId).SingleAsync(cancellationToken);
        var authorityId = AdministeringAuthorities.Of(policyId).Id;
        var pool = await db.Experts.AsNoTracking().Include(e => e.Relationships)
            .Where(e => db.Users.Any(u => u.Id == e.UserId && u.AuthorityIds.Contains(authorityId)))
            .ToListAsync(cancellationToken);
        var candidates = pool.Select(ExpertCandidates.Of).ToList();
        var snapshot = ExpertDraw.Snapshot(candidates, new ApplicantOrganisation(enterprise.Name, enterprise.Uscc), specialty, excluded, clock.Today);
        return (snapshot, pool.ToDictionary(e => e.Id));
    }
}
