using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>The outcome of starting an application: its id, or the errors.</summary>
public sealed record StartResult(Guid? ApplicationId, CommandResult Result);

/// <summary>
/// 申报: the applicant's side. Starts an application in an open call, saves draft answers, previews the rule's
/// outcome, and submits with the integrity pledge, fixing the facts and the evaluation the decision relies on.
/// </summary>
public sealed class ApplicationFilingService(PortalDbContext db, IClock clock, ApplicationWorkflow workflow)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<StartResult> StartAsync(Guid callId, string clauseId, string? projectName, Actor actor, CancellationToken cancellationToken)
    {
        if (actor.EnterpriseId is not { } enterpriseId)
        {
            return new(null, CommandResult.Fail(string.Empty, ValidationText.Get("application.no-enterprise")));
        }

        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null || !call.IsOpenOn(clock.Today))
        {
            return new(null, CommandResult.Fail(string.Empty, ValidationText.Get("application.call-closed")));
        }

        if (!call.Includes(clauseId) || PolicyCatalog.Find(clauseId) is not { } clause)
        {
            return new(null, CommandResult.Fail("ClauseId", ValidationText.Get("application.clause-not-in-call")));
        }

        var final = new[] { ApplicationStatus.Rejected, ApplicationStatus.Withdrawn, ApplicationStatus.Revoked };
        if (await db.Applications.AnyAsync(a => a.CallId == callId && a.ClauseId == clauseId && a.EnterpriseId == enterpriseId && !final.Contains(a.Status), cancellationToken))
        {
            return new(null, CommandResult.Fail(string.Empty, ValidationText.Get("application.already-started")));
        }

        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == enterpriseId, cancellationToken);
        try
        {
            var number = await NextReferenceNumberAsync(clause.Policy.Id, call.Year, cancellationToken);
            var application = SubsidyApplication.Start(number, callId, clauseId, clause.RequiredMaterials, enterpriseId, enterprise.TownOrParkId,
                projectName ?? string.Empty, actor, clock.Now);
            db.Applications.Add(application);
            var saved = await workflow.SaveAsync(application, cancellationToken);
            return new(saved.Succeeded ? application.Id : null, saved);
        }
        catch (DomainException e)
        {
            return new(null, e.ToCommandResult(e.Code == "application.project-name-required" ? "ProjectName" : string.Empty));
        }
    }

    /// <summary>The inputs the applicant must answer: the clause's inputs that the profile does not already settle.</summary>
    public static IReadOnlyList<FactDefinition> QuestionsFor(Clause clause, IReadOnlyDictionary<string, object> profileFacts) =>
        clause.Inputs.Where(i => !profileFacts.ContainsKey(i.Key)).ToList();

    /// <summary>Saves the draft's project name and answers. Every answer is checked; on any error nothing is saved.</summary>
    public async Task<CommandResult> SaveDraftAsync(Guid applicationId, string? projectName, IReadOnlyDictionary<string, string?> answers, Actor actor, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(applicationId, actor, cancellationToken);
        if (application is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        var clause = PolicyCatalog.Find(application.ClauseId)!;
        var profile = await ProfileFactsAsync(application.EnterpriseId, cancellationToken);
        var errors = new List<FieldError>();
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in QuestionsFor(clause, profile))
        {
            var text = answers.GetValueOrDefault(input.Key)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue; // a draft may be incomplete; submission needs every answer
            }

            if (ProfileFacts.TryParse(input, text, out _, out var error))
            {
                kept[input.Key] = text;
            }
            else
            {
                errors.Add(new FieldError(input.Key, error ?? ValidationText.Get("eligibility.not-a-number")));
            }
        }

        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        try
        {
            application.Rename(projectName ?? string.Empty, clock.Now);
            application.SaveAnswers(kept, clock.Now);
        }
        catch (DomainException e)
        {
            return e.ToCommandResult(e.Code == "application.project-name-required" ? "ProjectName" : string.Empty);
        }

        return await workflow.SaveAsync(application, cancellationToken);
    }

    /// <summary>The rule's answer for the draft as it stands: the live preview, and what submission will record.</summary>
    public async Task<Evaluation?> PreviewAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken)
    {
        var application = await VisibleDraftAsync(applicationId, actor, cancellationToken);
        return application is null ? null : (await EvaluateAsync(application, cancellationToken)).Evaluation;
    }

    /// <summary>守信承诺 + 提交: fixes the snapshot and submits (or resubmits a correction), all in one save.</summary>
    public async Task<CommandResult> SubmitAsync(Guid applicationId, bool pledged, Actor actor, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(applicationId, actor, cancellationToken);
        if (application is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.not-found"));
        }

        try
        {
            var (facts, evaluation) = await EvaluateAsync(application, cancellationToken);
            var action = application.Status == ApplicationStatus.ReturnedForCorrection ? ApplicationAction.Resubmit : ApplicationAction.Submit;
            application.RecordEvaluation(
                JsonSerializer.Serialize(facts.Values.ToDictionary(p => p.Key, p => FactText(p.Value)), SnapshotJson),
                JsonSerializer.Serialize(CatalogViews.Evaluation(evaluation), SnapshotJson),
                evaluation.RuleSetVersion, evaluation.Outcome, evaluation.Amount, clock.Now);
            if (pledged)
            {
                application.GiveIntegrityPledge(clock.Now);
            }

            application.Apply(action, actor, await workflow.ContextAsync(application, new TransitionInput(), cancellationToken));
        }
        catch (DomainException e)
        {
            return e.ToCommandResult(e.Code == "application.pledge-required" ? "Pledged" : string.Empty);
        }

        return await workflow.SaveAsync(application, cancellationToken);
    }

    private async Task<(Facts Facts, Evaluation Evaluation)> EvaluateAsync(SubsidyApplication application, CancellationToken cancellationToken)
    {
        var clause = PolicyCatalog.InForce(application.ClauseId, clock.Today)!;
        var values = await ProfileFactsAsync(application.EnterpriseId, cancellationToken);
        foreach (var input in QuestionsFor(clause, values))
        {
            if (application.Answers.TryGetValue(input.Key, out var text) && ProfileFacts.TryParse(input, text, out var value, out _) && value is not null)
            {
                values[input.Key] = value;
            }
        }

        values[ClauseEvaluator.MatterKey] = application.ProjectName;
        var facts = new Facts(values);
        var priorAwards = await PriorAwardsAsync(application, cancellationToken);
        return (facts, ClauseEvaluator.Evaluate(clause, facts, clock.Today, priorAwards));
    }

    /// <summary>The enterprise's approved awards (other than this application), for 同一事项 and 就高不重复.</summary>
    internal async Task<IReadOnlyList<PriorAward>> PriorAwardsAsync(SubsidyApplication application, CancellationToken cancellationToken)
    {
        var approved = await db.Applications.AsNoTracking()
            .Where(a => a.EnterpriseId == application.EnterpriseId && a.Id != application.Id && a.Status == ApplicationStatus.Approved)
            .Select(a => new { a.ClauseId, a.ApprovedAmount, a.ApprovedAt, a.ProjectName })
            .ToListAsync(cancellationToken);
        return approved.Select(a => PolicyCatalog.PriorAward(
                a.ClauseId, a.ApprovedAmount ?? 0m, DateOnly.FromDateTime(a.ApprovedAt?.ToOffset(TimeSpan.FromHours(8)).DateTime ?? DateTime.MinValue), a.ProjectName))
            .ToList();
    }

    public async Task<Dictionary<string, object>> ProfileFactsAsync(Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().Include(e => e.CreditRecords).SingleAsync(e => e.Id == enterpriseId, cancellationToken);
        return ProfileFacts.From(enterprise, clock.Today, await db.TownNameAsync(enterprise.TownOrParkId, cancellationToken));
    }

    private Task<SubsidyApplication?> OwnAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken) =>
        db.Applications.Include(a => a.Materials)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.EnterpriseId == actor.EnterpriseId, cancellationToken);

    private Task<SubsidyApplication?> VisibleDraftAsync(Guid applicationId, Actor actor, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.EnterpriseId == actor.EnterpriseId, cancellationToken);

    private async Task<string> NextReferenceNumberAsync(string policyId, int year, CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQueryRaw<long>("SELECT nextval('application_numbers') AS \"Value\"").SingleAsync(cancellationToken);
        var prefix = policyId switch
        {
            "changning-2024" => "CN",
            "jinshan-2025" => "JS",
            _ => "DL",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{next:000000}");
    }

    /// <summary>A fact as the snapshot stores it: invariant culture, money to the fen, dates ISO, yes/no as true/false.</summary>
    internal static string FactText(object value) => value switch
    {
        decimal d => d.ToString("0.00", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
