using SubsidyPortal.Application.Common;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>What committee staff enter to open a call.</summary>
public sealed class OpenCallInput
{
    public string? PolicyId { get; set; }

    public int Year { get; set; }

    public string? Title { get; set; }

    public List<string> ClauseIds { get; set; } = [];

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    public DateOnly? ReviewDueOn { get; set; }

    public decimal? Budget { get; set; }

    public int ExpertsPerApplication { get; set; } = 3;

    public string? ExpertSpecialty { get; set; }

    /// <summary>评分细则, one criterion per line: 名称, 权重, 满分 (e.g. "技术创新性,30,100"); weights sum to 100.</summary>
    public string? Rubric { get; set; } = RubricLines.Format(ScoringRubric.Standard());
}

public sealed record OpenCallResult(Guid? CallId, CommandResult Result);

/// <summary>申报批次: committee staff open calls; applicants see the open ones.</summary>
public sealed class CallService(PortalDbContext db, IClock clock, VisibleAuthorities visible)
{
    public async Task<OpenCallResult> OpenAsync(OpenCallInput input, Guid? staffUserId, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        // Another authority's policy is as unknown to this user as one that does not exist.
        var policy = PolicyCatalog.Policies.SingleOrDefault(p => p.Id == input.PolicyId && visible.Scope.Covers(p.Id));
        if (policy is null)
        {
            errors.Add(new FieldError(nameof(input.PolicyId), ValidationText.Get("call.policy-unknown")));
        }

        if (input.OpensOn is null)
        {
            errors.Add(new FieldError(nameof(input.OpensOn), ValidationText.Get("call.date-required")));
        }

        if (input.ClosesOn is null)
        {
            errors.Add(new FieldError(nameof(input.ClosesOn), ValidationText.Get("call.date-required")));
        }

        if (input.Budget is null)
        {
            errors.Add(new FieldError(nameof(input.Budget), ValidationText.Get("call.budget-invalid")));
        }

        if (errors.Count > 0)
        {
            return new(null, new CommandResult(errors));
        }

        var clauses = input.ClauseIds.Select(PolicyCatalog.Find).OfType<Domain.Rules.Clause>().ToList();
        try
        {
            var rubric = RubricLines.Parse(input.Rubric);
            var call = Call.Open(policy!, input.Year, input.Title ?? string.Empty, clauses, input.OpensOn!.Value, input.ClosesOn!.Value,
                input.Budget!.Value, input.ExpertsPerApplication, input.ExpertSpecialty ?? string.Empty,
                RubricJson.Write(rubric), staffUserId, clock.Now, input.ReviewDueOn);
            db.Calls.Add(call);
            await db.SaveChangesAsync(cancellationToken);
            return new(call.Id, CommandResult.Success);
        }
        catch (DomainException e)
        {
            return new(null, e.ToCommandResult(FieldFor(e.Code)));
        }
    }

    public async Task<IReadOnlyList<Call>> ListAsync(bool openTodayOnly, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var query = db.Calls.AsNoTracking();
        if (openTodayOnly)
        {
            query = query.Where(c => c.OpensOn <= today && today <= c.ClosesOn);
        }

        return await query.OrderByDescending(c => c.OpensOn).ThenBy(c => c.TitleZh).ToListAsync(cancellationToken);
    }

    public Task<Call?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    private static string FieldFor(string code) => code switch
    {
        "call.no-clauses" or "call.clause-of-other-policy" or "call.automatic-entitlement-clause" => nameof(OpenCallInput.ClauseIds),
        "call.closes-before-opening" or "call.outside-policy-period" => nameof(OpenCallInput.ClosesOn),
        "call.review-due-before-closing" => nameof(OpenCallInput.ReviewDueOn),
        "call.budget-invalid" => nameof(OpenCallInput.Budget),
        "call.experts-invalid" => nameof(OpenCallInput.ExpertsPerApplication),
        "call.title-required" => nameof(OpenCallInput.Title),
        "call.specialty-required" => nameof(OpenCallInput.ExpertSpecialty),
        "call.year-invalid" => nameof(OpenCallInput.Year),
        _ when code.StartsWith("review.", StringComparison.Ordinal) || code == RubricLines.LineInvalidCode => nameof(OpenCallInput.Rubric),
        _ => string.Empty,
    };
}
