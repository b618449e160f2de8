using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Reviews;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary><see cref="IExpertDeclarations"/>: the signed-in expert's own declarations, through the <see cref="Domain.Experts.Expert"/> aggregate.</summary>
public sealed class ExpertDeclarations(PortalDbContext db, IClock clock) : IExpertDeclarations
{
    public async Task<ExpertDeclarationsView?> DeclarationsAsync(Actor expert, CancellationToken cancellationToken)
    {
        if (expert.Role != PortalRoles.Expert)
        {
            return null;
        }

        var own = await db.Experts.AsNoTracking().Include(e => e.Relationships).SingleOrDefaultAsync(e => e.UserId == expert.UserId, cancellationToken);
        return own is null
            ? null
            : new ExpertDeclarationsView(own.Name, own.OrganisationName, own.Relationships
                .OrderBy(r => r.Kind).ThenBy(r => r.DeclaredAt)
                .Select(r => new RelationshipRow(r.Id, r.Kind, r.OrganisationName, r.OrganisationUscc, r.EndedOn, r.DeclaredAt)).ToList());
    }

    public async Task<CommandResult> DeclareAsync(RelationshipInput input, Actor expert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var own = await OwnAsync(expert, cancellationToken);
        if (own is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed"));
        }

        try
        {
            var relationship = own.DeclareRelationship(input.Kind, input.OrganisationName, input.OrganisationUscc, input.EndedOn, clock.Today, clock.Now);
            db.Add(relationship);
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult(e.Code switch
            {
                "expert.relationship-organisation-required" => nameof(RelationshipInput.OrganisationName),
                "expert.relationship-uscc-invalid" => nameof(RelationshipInput.OrganisationUscc),
                "expert.relationship-ended-required" or "expert.relationship-ended-future" => nameof(RelationshipInput.EndedOn),
                _ => string.Empty,
            });
        }
    }

    public async Task<CommandResult> WithdrawAsync(Guid relationshipId, Actor expert, CancellationToken cancellationToken)
    {
        var own = await OwnAsync(expert, cancellationToken);
        if (own is null || !own.WithdrawRelationship(relationshipId))
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("expert.relationship-not-found"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Success;
    }

    private Task<Domain.Experts.Expert?> OwnAsync(Actor expert, CancellationToken cancellationToken) =>
        expert.Role == PortalRoles.Expert
            ? db.Experts.Include(e => e.Relationships).SingleOrDefaultAsync(e => e.UserId == expert.UserId, cancellationToken)
            : Task.FromResult<Domain.Experts.Expert?>(null);
}

/// <summary><see cref="IExpertDrawRecords"/> over <see cref="ExpertDrawReplays"/>: committee staff of the application's authority only.</summary>
public sealed class ExpertDrawRecords(ApplicationQueries queries, ExpertDrawReplays replays) : IExpertDrawRecords
{
    public async Task<IReadOnlyList<DrawRecordView>> ForApplicationAsync(Guid applicationId, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff || await queries.FindAsync(applicationId, staff, cancellationToken) is null)
        {
            return [];
        }

        var checks = await replays.ForApplicationAsync(applicationId, cancellationToken);
        return checks.Select(c => new DrawRecordView(
            c.Record.Id, c.Record.Purpose, c.Record.Outcome, c.Record.Specialty, c.Record.Count, c.Record.Pool.Count, c.Record.OtherSpecialty,
            Convert.ToHexStringLower(c.Record.SeedHash), c.Record.CommittedAt, c.Record.CommittedByName,
            c.Record.Seed is null ? null : Convert.ToHexStringLower(c.Record.Seed), c.Record.RevealedAt,
            c.Record.Drawn.Select(c.NameOf).ToList(),
            c.Record.Exclusions.Select(e => new DrawExclusionLine(e.Name, e.Reason, e.Organisation, e.EndedOn)).ToList(),
            c.Holds, c.Record.AbandonedReason)).ToList();
    }
}
