using SubsidyPortal.Application.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Entitlements;

/// <summary>Totals of one outcome in an import.</summary>
public sealed record OutcomeTotal(EntitlementRowOutcome Outcome, int Rows, decimal Amount);

/// <summary>
/// 免申即享 imports as the committee's pages use them: upload (read and checked whole, nothing saved when refused),
/// map the columns (which starts the preview), confirm (which starts making the awards), and the queries to show them.
/// Preview and confirmation run in <see cref="EntitlementJob"/>.
/// </summary>
public sealed class EntitlementImportService(
    PortalDbContext db, IFileStore files, MoneyStore store, IClock clock, EntitlementQueue queue, ILogger<EntitlementImportService> logger,
    VisibleAuthorities visible)
{
    public const string FileField = "File";

    /// <summary>The clauses a list can be imported for: those granted without application.</summary>
    public static IReadOnlyList<Clause> Clauses { get; } =
        PolicyCatalog.Clauses.Where(c => c.Claim == ClaimMethod.AutomaticEntitlement).ToList();

    public async Task<(CommandResult Result, Guid? ImportId)> UploadAsync(
        EntitlementUploadInput input, Stream? content, string? fileName, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        // Another authority's clause is refused as if it were not a 免申即享 clause at all.
        var clause = Clauses.FirstOrDefault(c => c.Id == input.ClauseId && visible.Scope.Covers(c.Policy.Id));
        if (clause is null)
        {
            errors.Add(new FieldError(nameof(input.ClauseId), ValidationText.Get("entitlement.clause-not-automatic")));
        }

        if (!int.TryParse(input.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || new EntitlementYearMustBePlausible(year).IsBroken())
        {
            errors.Add(new FieldError(nameof(input.Year), ValidationText.Get("entitlement.year-invalid")));
        }

        var referenceDate = clock.Today;
        if (!string.IsNullOrWhiteSpace(input.ReferenceDate)
            && !DateOnly.TryParseExact(input.ReferenceDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out referenceDate))
        {
            errors.Add(new FieldError(nameof(input.ReferenceDate), ValidationText.Get("entitlement.reference-date-invalid")));
        }

        EntitlementFile? file = null;
        byte[] bytes = [];
        if (content is null || string.IsNullOrEmpty(fileName))
        {
            errors.Add(new FieldError(FileField, ValidationText.Get("entitlement.file-required")));
        }
        else
        {
            bytes = await ReadCappedAsync(content, cancellationToken);
            try
            {
                file = EntitlementFileReader.Read(bytes, fileName);
            }
            catch (EntitlementFileException e)
            {
                errors.Add(new FieldError(FileField, e.Message));
            }
        }

        if (errors.Count > 0 || clause is null || file is null)
        {
            return (new CommandResult(errors), null);
        }

        try
        {
            // The file and its import are saved together or not at all.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var stored = await files.SaveAsync(fileName!, file.Kind == EntitlementFileKind.Xlsx
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv", new MemoryStream(bytes), cancellationToken);
            var import = EntitlementImport.Upload(
                clause.Policy.Id, clause.Id, year, referenceDate, stored.OriginalName, stored.Sha256, stored.Id, file.Headers, file.Rows.Count, actor, clock.Now);
            db.EntitlementImports.Add(import);
            store.Stage(import);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Entitlement list {File} ({Rows} rows) uploaded for {Clause} {Year} as {Import}", stored.OriginalName, file.Rows.Count, clause.Id, year, import.Id);
            return (CommandResult.Success, import.Id);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return (CommandResult.Fail(string.Empty, ValidationText.Get(e.Code)), null);
        }
    }

    /// <summary>Maps the columns and starts the preview (again, after a re-mapping).</summary>
    public async Task<CommandResult> MapAsync(Guid importId, IReadOnlyDictionary<string, int> mapping, Actor actor, CancellationToken cancellationToken)
    {
        var import = await db.EntitlementImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || PolicyCatalog.Find(import.ClauseId) is not { } clause)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("entitlement.wrong-status"));
        }

        var errors = EntitlementMapping.Validate(clause, import.Headers, mapping);
        if (errors.Count > 0)
        {
            return new CommandResult(errors);
        }

        return await ChangeAsync(import, () => import.StartPreview(mapping, actor, clock.Now), cancellationToken);
    }

    /// <summary>Starts making the awards of the previewed eligible rows; a second confirm is refused, never doubled.</summary>
    public async Task<CommandResult> ConfirmAsync(Guid importId, uint? version, Actor actor, CancellationToken cancellationToken)
    {
        var import = await db.EntitlementImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get("entitlement.wrong-status"));
        }

        if (version is { } v)
        {
            db.ExpectVersion(import, v);
        }

        return await ChangeAsync(import, () => import.StartConfirm(actor, clock.Now), cancellationToken);
    }

    private async Task<CommandResult> ChangeAsync(EntitlementImport import, Action change, CancellationToken cancellationToken)
    {
        try
        {
            change();
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Fail(string.Empty, ValidationText.Get(e.Code));
        }

        store.Stage(import);
        var saved = await store.SaveAsync(cancellationToken);
        if (saved.Succeeded)
        {
            queue.Enqueue(import.Id);
        }

        return saved;
    }

    public Task<List<EntitlementImport>> ListAsync(CancellationToken cancellationToken) =>
        db.EntitlementImports.AsNoTracking().OrderByDescending(i => i.CreatedAt).Take(200).ToListAsync(cancellationToken);

    public Task<EntitlementImport?> FindAsync(Guid importId, CancellationToken cancellationToken) =>
        db.EntitlementImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);

    /// <summary>The row version a confirm form carries, so a stale page cannot confirm.</summary>
    public uint VersionOf(EntitlementImport import) => db.VersionOf(import);

    /// <summary>Earlier uploads of the very same file for the same clause and year.</summary>
    public Task<List<EntitlementImport>> SameFileAsync(EntitlementImport import, CancellationToken cancellationToken) =>
        db.EntitlementImports.AsNoTracking()
            .Where(i => i.Id != import.Id && i.Sha256 == import.Sha256 && i.ClauseId == import.ClauseId && i.Year == import.Year)
            .OrderBy(i => i.CreatedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OutcomeTotal>> TotalsAsync(Guid importId, CancellationToken cancellationToken)
    {
        var totals = await db.EntitlementImportRows.AsNoTracking().Where(r => r.ImportId == importId)
            .GroupBy(r => r.Outcome)
            .Select(g => new { Outcome = g.Key, Rows = g.Count(), Amount = g.Sum(r => r.Amount) ?? 0m })
            .ToListAsync(cancellationToken);
        return totals.Select(t => new OutcomeTotal(t.Outcome, t.Rows, t.Amount)).OrderBy(t => t.Outcome).ToList();
    }

    /// <summary>Rows in file order, optionally of one outcome; granted rows keep their amount for the page.</summary>
    public async Task<(List<EntitlementImportRow> Rows, int Count)> RowsAsync(
        Guid importId, EntitlementRowOutcome? outcome, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.EntitlementImportRows.AsNoTracking().Where(r => r.ImportId == importId);
        if (outcome is { } o)
        {
            query = query.Where(r => r.Outcome == o);
        }

        var count = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.RowNumber).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (rows, count);
    }

    private static async Task<byte[]> ReadCappedAsync(Stream content, CancellationToken cancellationToken)
    {
        // One byte past the limit is enough to refuse it; a lying stream is never read further.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > EntitlementFileReader.MaxBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }
}
