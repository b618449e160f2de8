using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Entitlements;

/// <summary>
/// <see cref="ICommitteeEntitlements"/> over <see cref="EntitlementImportService"/>, which keeps the reading, the
/// checks, the status rules and the queueing of the background job; only the paged import list is its own query.
/// </summary>
public sealed class CommitteeEntitlements(PortalDbContext db, EntitlementImportService imports, VisibleAuthorities visible) : ICommitteeEntitlements
{
    private static bool IsStaff(Actor actor) => actor.Role == PortalRoles.CommitteeStaff;

    private static CommandResult WrongStatus => CommandResult.Fail(string.Empty, ValidationText.Get("entitlement.wrong-status"));

    public Task<IReadOnlyList<Clause>> ClausesAsync(Actor actor, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Clause>>([.. EntitlementImportService.Clauses.Where(c => visible.Scope.Covers(c.Policy.Id))]);

    public async Task<PagedResult<EntitlementImport>> ImportsAsync(Actor actor, PageRequest page, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return PagedResult<EntitlementImport>.Empty;
        }

        var query = db.EntitlementImports.AsNoTracking();
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<EntitlementImport>(items, total);
    }

    public async Task<EntitlementUploadResult> UploadAsync(EntitlementUploadInput input, EntitlementUploadFile? file, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return new EntitlementUploadResult(CommandResult.Fail(string.Empty, ValidationText.Get("money.role-not-allowed")), null);
        }

        // The reader's own limit, asked before a byte crosses the connection; the other fields still get their messages.
        if (file is { Size: > EntitlementFileReader.MaxBytes })
        {
            var (others, _) = await imports.UploadAsync(input, null, null, actor, cancellationToken);
            var errors = others.Errors.Where(e => e.Field != EntitlementImportService.FileField)
                .Append(new FieldError(EntitlementImportService.FileField, ValidationText.Get("entitlement.file-too-large")));
            return new EntitlementUploadResult(new CommandResult(errors.ToList()), null);
        }

        await using var content = file?.Open(EntitlementFileReader.MaxBytes);
        var (result, id) = await imports.UploadAsync(input, content, file?.Name, actor, cancellationToken);
        return new EntitlementUploadResult(result, id);
    }

    public async Task<EntitlementImportView?> DetailAsync(Guid importId, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return null;
        }

        var import = await imports.FindAsync(importId, cancellationToken);
        if (import is null)
        {
            return null;
        }

        var clause = PolicyCatalog.Find(import.ClauseId);
        var mapping = import.Mapping.Count > 0 ? new Dictionary<string, int>(import.Mapping)
            : clause is null ? [] : EntitlementMapping.Suggest(clause, import.Headers);
        var sameFile = await imports.SameFileAsync(import, cancellationToken);
        var previewed = import.Status is EntitlementImportStatus.Previewed or EntitlementImportStatus.Confirming or EntitlementImportStatus.Confirmed;
        var totals = previewed ? await imports.TotalsAsync(import.Id, cancellationToken) : [];
        return new EntitlementImportView(
            import, clause, imports.VersionOf(import), clause is null ? [] : EntitlementMapping.TargetsFor(clause), mapping, sameFile,
            totals.Select(t => new EntitlementOutcomeTotal(t.Outcome, t.Rows, t.Amount)).ToList());
    }

    public async Task<PagedResult<EntitlementImportRow>> RowsAsync(
        Guid importId, EntitlementRowOutcome? outcome, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        if (!IsStaff(actor))
        {
            return PagedResult<EntitlementImportRow>.Empty;
        }

        var (rows, count) = await imports.RowsAsync(importId, outcome, page.Skip, page.Take, cancellationToken);
        return new PagedResult<EntitlementImportRow>(rows, count);
    }

    public async Task<CommandResult> MapAsync(Guid importId, IReadOnlyDictionary<string, int> mapping, Actor actor, CancellationToken cancellationToken) =>
        IsStaff(actor) ? await imports.MapAsync(importId, mapping, actor, cancellationToken) : WrongStatus;

    public async Task<CommandResult> ConfirmAsync(Guid importId, uint version, Actor actor, CancellationToken cancellationToken) =>
        IsStaff(actor) ? await imports.ConfirmAsync(importId, version, actor, cancellationToken) : WrongStatus;
}
