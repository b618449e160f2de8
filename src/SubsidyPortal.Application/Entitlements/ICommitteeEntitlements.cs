using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Entitlements;

/// <summary>
/// 免申即享名单导入 (docs/entitlements.md): committee staff upload a list (CSV or XLSX, read and checked whole, nothing
/// saved when refused), map its columns (which starts the preview in the background), watch the progress and confirm
/// (which makes the awards in the background, each once). Anyone but committee staff sees nothing and is refused.
/// </summary>
public interface ICommitteeEntitlements
{
    /// <summary>The clauses a list can be imported for: those granted without application.</summary>
    Task<IReadOnlyList<Clause>> ClausesAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Earlier imports, newest first, paged with their count.</summary>
    Task<PagedResult<EntitlementImport>> ImportsAsync(Actor actor, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Reads and checks the list; on success the new import's id. A file over the size limit is refused
    /// before it is read.</summary>
    Task<EntitlementUploadResult> UploadAsync(EntitlementUploadInput input, EntitlementUploadFile? file, Actor actor, CancellationToken cancellationToken);

    /// <summary>The import with its mapping (saved, or suggested from the headers), earlier uploads of the same file and
    /// the outcome totals once previewed; null when it does not exist or the actor is not staff. Cheap enough to poll
    /// while the background job runs.</summary>
    Task<EntitlementImportView?> DetailAsync(Guid importId, Actor actor, CancellationToken cancellationToken);

    /// <summary>The previewed rows in file order, optionally of one outcome, paged with their count.</summary>
    Task<PagedResult<EntitlementImportRow>> RowsAsync(Guid importId, EntitlementRowOutcome? outcome, PageRequest page, Actor actor, CancellationToken cancellationToken);

    /// <summary>Maps the columns (target key → column index) and starts the preview; errors come back per target.</summary>
    Task<CommandResult> MapAsync(Guid importId, IReadOnlyDictionary<string, int> mapping, Actor actor, CancellationToken cancellationToken);

    /// <summary>Starts making the awards; refused when the import changed since <paramref name="version"/> was read
    /// (a second click, another confirm), never doubled.</summary>
    Task<CommandResult> ConfirmAsync(Guid importId, uint version, Actor actor, CancellationToken cancellationToken);
}

/// <summary>The chosen file: its name, its size as the browser reports it, and a way to read it no further than a limit.</summary>
public sealed record EntitlementUploadFile(string Name, long Size, Func<long, Stream> Open);

public sealed record EntitlementUploadResult(CommandResult Result, Guid? ImportId);

/// <summary>The rows of one outcome and the money they carry.</summary>
public sealed record EntitlementOutcomeTotal(EntitlementRowOutcome Outcome, int Rows, decimal Amount);

/// <summary>An import page's state, read together: the row version a confirm carries, the mapping targets of the
/// clause with the mapping shown, earlier uploads of the very same file and, once previewed, the outcome totals.</summary>
public sealed record EntitlementImportView(
    EntitlementImport Import,
    Clause? Clause,
    uint Version,
    IReadOnlyList<MappingTarget> Targets,
    IReadOnlyDictionary<string, int> Mapping,
    IReadOnlyList<EntitlementImport> SameFile,
    IReadOnlyList<EntitlementOutcomeTotal> Totals)
{
    public bool MayMap => Clause is not null && Import.Status is EntitlementImportStatus.Uploaded or EntitlementImportStatus.Previewed;

    public bool HasPreview => Import.Status is EntitlementImportStatus.Previewed or EntitlementImportStatus.Confirming or EntitlementImportStatus.Confirmed;

    public bool MayConfirm => Import.Status == EntitlementImportStatus.Previewed && Import.EligibleRows > 0;

    /// <summary>Rows the running job must get through: all of them while previewing, the eligible ones while confirming.</summary>
    public int ProgressTotal => Import.Status == EntitlementImportStatus.Confirming ? Import.EligibleRows : Import.TotalRows;

    public int ProgressDone => Math.Min(Import.ProcessedRows, ProgressTotal);

    public int ProgressPercent => ProgressTotal == 0 ? 100 : ProgressDone * 100 / ProgressTotal;
}
