using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Domain.Entitlements;

public enum EntitlementImportStatus
{
    /// <summary>File read and kept; its columns are not mapped yet.</summary>
    Uploaded,
    Previewing,
    Previewed,
    Confirming,
    Confirmed,
    Failed,
}

/// <summary>
/// 免申即享 名单导入: a list the committee already holds (newly certified enterprises, city grants to match), read for
/// one clause and year, previewed row by row and, once confirmed, turned into approved awards. Each state change is
/// recorded on the money audit trail; progress counts are not (they change every few hundred rows).
/// </summary>
public sealed class EntitlementImport : MoneyAggregate
{
    public const int FileNameMaxLength = 200;
    public const int ReasonMaxLength = 1000;

    private EntitlementImport()
    {
        ClauseId = string.Empty;
        PolicyId = string.Empty;
        FileName = string.Empty;
        Sha256 = string.Empty;
        Headers = [];
        Mapping = new Dictionary<string, int>();
        CreatedByName = string.Empty;
    }

    protected override string SubjectType => "EntitlementImport";

    public string PolicyId { get; private set; }

    public string ClauseId { get; private set; }

    /// <summary>The programme year the awards count against (part of each award's key).</summary>
    public int Year { get; private set; }

    /// <summary>The day the rule is evaluated on: outside the clause's period no rule is in force.</summary>
    public DateOnly ReferenceDate { get; private set; }

    public string FileName { get; private set; }

    public string Sha256 { get; private set; }

    public Guid FileId { get; private set; }

    /// <summary>The file's header row, as read.</summary>
    public List<string> Headers { get; private set; }

    /// <summary>Target (uscc, name, amount, input:{key}) → column index in <see cref="Headers"/>.</summary>
    public Dictionary<string, int> Mapping { get; private set; }

    public EntitlementImportStatus Status { get; private set; }

    public int TotalRows { get; private set; }

    /// <summary>Rows the running step (preview or confirm) has finished; the page's progress bar.</summary>
    public int ProcessedRows { get; private set; }

    /// <summary>Rows that would be (or were) granted, and their total.</summary>
    public int EligibleRows { get; private set; }

    public decimal EligibleAmount { get; private set; }

    public int GrantedRows { get; private set; }

    public decimal GrantedAmount { get; private set; }

    public string? FailureReason { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public string CreatedByName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who confirmed: the awards are made in their name.</summary>
    public Guid? ConfirmedBy { get; private set; }

    public string? ConfirmedByName { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The staff member who confirmed, as the actor the awards are made by.</summary>
    public Actor Confirmer => new(ConfirmedBy, ConfirmedByName ?? string.Empty, PortalRoles.CommitteeStaff);

    public bool IsRunning => Status is EntitlementImportStatus.Previewing or EntitlementImportStatus.Confirming;

    public static EntitlementImport Upload(
        string policyId, string clauseId, int year, DateOnly referenceDate, string fileName, string sha256, Guid fileId,
        IReadOnlyList<string> headers, int totalRows, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        BusinessRules.Check(new EntitlementYearMustBePlausible(year));
        var import = new EntitlementImport
        {
            PolicyId = policyId,
            ClauseId = clauseId,
            Year = year,
            ReferenceDate = referenceDate,
            FileName = fileName.Length <= FileNameMaxLength ? fileName : fileName[..FileNameMaxLength],
            Sha256 = sha256,
            FileId = fileId,
            Headers = [.. headers],
            TotalRows = totalRows,
            Status = EntitlementImportStatus.Uploaded,
            CreatedBy = actor.UserId,
            CreatedByName = actor.Name,
            CreatedAt = now,
        };
        import.Record("EntitlementUploaded", null, actor, now, $"{import.FileName} · {totalRows} 行 · SHA-256 {sha256}");
        return import;
    }

    /// <summary>Maps the columns and starts (or restarts) the preview; allowed until confirmation starts.</summary>
    public void StartPreview(IReadOnlyDictionary<string, int> mapping, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        BusinessRules.Check(new EntitlementImportMustBeIn(this, EntitlementImportStatus.Uploaded, EntitlementImportStatus.Previewed));
        Mapping = new Dictionary<string, int>(mapping, StringComparer.Ordinal);
        Status = EntitlementImportStatus.Previewing;
        ProcessedRows = 0;
        EligibleRows = 0;
        EligibleAmount = 0m;
        Record("EntitlementPreviewStarted", null, actor, now);
    }

    /// <summary>Rows done so far by the running step.</summary>
    public void Progress(int processedRows)
    {
        BusinessRules.Check(new EntitlementImportMustBeIn(this, EntitlementImportStatus.Previewing, EntitlementImportStatus.Confirming));
        ProcessedRows = Math.Clamp(processedRows, 0, TotalRows);
    }

    public void FinishPreview(int eligibleRows, decimal eligibleAmount, DateTimeOffset now)
    {
        BusinessRules.Check(new EntitlementImportMustBeIn(this, EntitlementImportStatus.Previewing));
        Status = EntitlementImportStatus.Previewed;
        ProcessedRows = TotalRows;
        EligibleRows = eligibleRows;
        EligibleAmount = eligibleAmount;
        Record("EntitlementPreviewed", eligibleAmount, Actor.System, now, $"{eligibleRows} 行可生成资助");
    }

    /// <summary>Starts creating the awards of the previewed eligible rows.</summary>
    public void StartConfirm(Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ActorMustHaveRole(actor, PortalRoles.CommitteeStaff));
        BusinessRules.Check(new EntitlementImportMustBeIn(this, EntitlementImportStatus.Previewed));
        BusinessRules.Check(new EntitlementImportMustHaveEligibleRows(this));
        Status = EntitlementImportStatus.Confirming;
        ProcessedRows = 0;
        ConfirmedBy = actor.UserId;
        ConfirmedByName = actor.Name;
        Record("EntitlementConfirmStarted", EligibleAmount, actor, now, $"{EligibleRows} 行");
    }

    public void FinishConfirm(int grantedRows, decimal grantedAmount, DateTimeOffset now)
    {
        BusinessRules.Check(new EntitlementImportMustBeIn(this, EntitlementImportStatus.Confirming));
        Status = EntitlementImportStatus.Confirmed;
        ProcessedRows = TotalRows;
        GrantedRows = grantedRows;
        GrantedAmount = grantedAmount;
        ConfirmedAt = now;
        Record("EntitlementConfirmed", grantedAmount, Actor.System, now, $"生成资助 {grantedRows} 项");
    }

    /// <summary>The stored file can no longer be read (or processing broke): nothing more happens to this import.</summary>
    public void Fail(string reason, DateTimeOffset now)
    {
        BusinessRules.Check(new EntitlementImportMustBeIn(this, EntitlementImportStatus.Previewing, EntitlementImportStatus.Confirming));
        Status = EntitlementImportStatus.Failed;
        FailureReason = reason.Length <= ReasonMaxLength ? reason : reason[..ReasonMaxLength];
        Record("EntitlementFailed", null, Actor.System, now, FailureReason);
    }
}
