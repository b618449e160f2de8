using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Experts;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Work;
using SubsidyPortal.Infrastructure.Workflow;

namespace SubsidyPortal.Infrastructure.Committee;

/// <summary><see cref="IExpertPool"/> over <see cref="ExpertPoolService"/>, which keeps the enrolment rules.</summary>
public sealed class ExpertPool(PortalDbContext db, ExpertPoolService pool) : IExpertPool
{
    // The specialties are stored in the expert's own list field (see ExpertConfiguration).
    private const string SpecialtiesField = "_specialties";

    public async Task<PagedResult<ExpertRow>> ExpertsAsync(PageRequest page, bool includeRetired, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return PagedResult<ExpertRow>.Empty;
        }

        var experts = db.Experts.AsNoTracking();
        if (!includeRetired)
        {
            experts = experts.Where(e => e.Active);
        }

        var rows = from e in experts
                   join u in db.Users on e.UserId equals u.Id into users
                   from u in users.DefaultIfEmpty()
                   select new { Expert = e, u.Email };
        if (page.SearchText is { } text)
        {
            var pattern = $"%{Like.Escape(text)}%";
            rows = rows.Where(r => EF.Functions.ILike(r.Expert.Name, pattern, Like.EscapeCharacter)
                                   || EF.Functions.ILike(r.Expert.OrganisationName, pattern, Like.EscapeCharacter)
                                   || EF.Property<List<string>>(r.Expert, SpecialtiesField).Contains(text));
        }

        var total = await rows.CountAsync(cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("name", true) => rows.OrderByDescending(r => r.Expert.Name),
            ("organisation", false) => rows.OrderBy(r => r.Expert.OrganisationName),
            ("organisation", true) => rows.OrderByDescending(r => r.Expert.OrganisationName),
            ("name", false) => rows.OrderBy(r => r.Expert.Name),
            _ => rows.OrderByDescending(r => r.Expert.Active).ThenBy(r => r.Expert.Name),
        };
        var items = await sorted.ThenBy(r => r.Expert.Id).Skip(page.Skip).Take(page.Take)
            .Select(r => new
            {
                r.Expert.Id, r.Expert.Name, r.Email, r.Expert.OrganisationName, Specialties = EF.Property<List<string>>(r.Expert, SpecialtiesField), r.Expert.Active,
                Open = db.ExpertAssignments.Count(x => x.ExpertId == r.Expert.Id
                                                       && (x.Declaration == ConflictDeclaration.Pending || (x.Declaration == ConflictDeclaration.NoConflict && x.SubmittedAt == null))
                                                       && db.Applications.Any(a => a.Id == x.ApplicationId && a.Status == ApplicationStatus.ExpertReview)),
            })
            .ToListAsync(cancellationToken);
        return new PagedResult<ExpertRow>(items.Select(r => new ExpertRow(r.Id, r.Name, r.Email, r.OrganisationName, r.Specialties, r.Active, r.Open)).ToList(), total);
    }

    public async Task<CommandResult> EnrolAsync(ExpertEnrolment input, Actor staff, CancellationToken cancellationToken)
    {
        if (staff.Role != PortalRoles.CommitteeStaff)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed"));
        }

        return await pool.EnrolAsync(new EnrolExpertInput
        {
            Email = input.Email, Organisation = input.Organisation, OrganisationUscc = input.OrganisationUscc, Specialties = input.Specialties,
        }, cancellationToken);
    }

    public async Task<CommandResult> RetireAsync(Guid expertId, Actor staff, CancellationToken cancellationToken) =>
        staff.Role == PortalRoles.CommitteeStaff
            ? await pool.DeactivateAsync(expertId, cancellationToken)
            : CommandResult.Fail(string.Empty, ValidationText.Get("application.role-not-allowed"));
}
