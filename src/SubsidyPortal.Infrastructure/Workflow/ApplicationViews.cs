using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Applications;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>Builds the record of an application every role reads (<see cref="ApplicationView"/>), once, for all pages.</summary>
public sealed class ApplicationViews(PortalDbContext db, IClock clock, WorkingDayCalendarService calendars, ApplicationQueries queries)
{
    /// <summary>The application as <paramref name="reader"/> may see it (the visibility rule of
    /// <see cref="ApplicationQueries.VisibleTo"/>), or null.</summary>
    public async Task<ApplicationView?> FindAsync(Guid applicationId, Actor reader, CancellationToken cancellationToken)
    {
        var application = await queries.FindAsync(applicationId, reader, cancellationToken);
        return application is null ? null : await BuildAsync(application, cancellationToken);
    }

    public async Task<ApplicationView> BuildAsync(SubsidyApplication application, CancellationToken cancellationToken)
    {
        var clause = PolicyCatalog.Find(application.ClauseId)!;
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var enterpriseName = await db.Enterprises.AsNoTracking().Where(e => e.Id == application.EnterpriseId).Select(e => e.Name).SingleAsync(cancellationToken);
        var timeline = await queries.TimelineAsync(application.Id, cancellationToken);
        var calendar = await calendars.LoadAsync(cancellationToken);
        var today = clock.Today;
        return new ApplicationView(
            application.Id, application.ReferenceNumber, application.ProjectName, application.Status, application.EnterpriseId, enterpriseName,
            ClauseOf(clause), CallOf(call, Deadlines.WorkingDaysLeft(calendar, today, call.ClosesOn)),
            FactsOf(clause, application.FactsSnapshot),
            application.RuleSetVersion, application.EvaluatedOutcome, application.EvaluatedAmount, application.EvaluatedAmountKind,
            application.AggregatedScore, application.ApprovedAmount,
            MaterialsOf(application),
            application.CorrectionReason, application.CorrectionDeadline,
            application.Status == ApplicationStatus.ReturnedForCorrection ? Deadlines.WorkingDaysLeft(calendar, today, application.CorrectionDeadline) : null,
            application.DecisionReason, application.SubmittedAt, application.NoticeLastDay, timeline);
    }

    public static ClauseRef ClauseOf(Clause clause) => new(clause.Id, clause.TitleZh, clause.Article, clause.Policy.DocumentNumber, clause.Quote);

    public static CallRef CallOf(Call call, int? workingDaysLeft) => new(call.Id, call.TitleZh, call.OpensOn, call.ClosesOn, workingDaysLeft);

    /// <summary>
    /// The facts fixed at submission, but only those the clause itself reads: the snapshot also carries every profile
    /// fact the portal derives (another district's facts among them), which say nothing about this application.
    /// </summary>
    public static IReadOnlyList<FactLine> FactsOf(Clause clause, string? factsSnapshot)
    {
        if (string.IsNullOrEmpty(factsSnapshot))
        {
            return [];
        }

        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(factsSnapshot) ?? [];
        return clause.Inputs.Where(i => values.ContainsKey(i.Key)).Select(i => new FactLine(i, values[i.Key])).ToList();
    }

    public static IReadOnlyList<MaterialItem> MaterialsOf(SubsidyApplication application) =>
        application.RequiredMaterials.Select((name, index) => new MaterialItem(index, name,
                application.Materials.Where(m => m.ItemIndex == index).OrderBy(m => m.UploadedAt)
                    .Select(m => new MaterialFile(m.Id, m.DisplayName, m.Length, m.UploadedAt)).ToList()))
            .ToList();
}
