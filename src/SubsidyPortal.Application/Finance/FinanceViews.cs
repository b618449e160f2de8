using System.Globalization;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Reference;

namespace SubsidyPortal.Application.Finance;

/// <summary>Which payable tranches finance looks at (and builds a batch from). Every part is optional.</summary>
public sealed record PayableFilter(
    string? PolicyId = null, Guid? CallId = null, District? District = null, Guid? TownOrParkId = null, int? Year = null,
    DateOnly? DueFrom = null, DateOnly? DueTo = null)
{
    public const int DescriptionMaxLength = DisbursementBatch.DescriptionMaxLength;

    public bool IsEmpty => this == new PayableFilter();

    /// <summary>
    /// The filter in words, as a batch's suggested description (shown to the checker). The call's title, the
    /// district's and the town/park's names come from the caller, in the words it shows them.
    /// </summary>
    public string Describe(string? callTitle, string? districtName, string? townName)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(PolicyId))
        {
            parts.Add($"政策 {PolicyCatalog.Policies.FirstOrDefault(p => p.Id == PolicyId)?.DocumentNumber ?? PolicyId}");
        }

        if (callTitle is not null)
        {
            parts.Add($"申报批次 {callTitle}");
        }

        if (districtName is not null)
        {
            parts.Add($"注册区 {districtName}");
        }

        if (townName is not null)
        {
            parts.Add($"镇（园区）{townName}");
        }

        if (Year is { } year)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"年度 {year}"));
        }

        if (DueFrom is not null || DueTo is not null)
        {
            parts.Add($"应拨付日期 {DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} 至 {DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}");
        }

        var text = parts.Count == 0 ? "全部可拨付资金" : string.Join("；", parts);
        return text.Length <= DescriptionMaxLength ? text : text[..DescriptionMaxLength];
    }
}

/// <summary>
/// One tranche on the payable list, with what finance needs to recognise it, and the enterprise's contact to chase
/// an account it has not confirmed.
/// </summary>
public sealed record PayableRow(
    Guid AwardId, Guid TrancheId, string AwardNumber, string RecipientName, string ProjectName, string PolicyId, string PolicyDocument,
    Guid? CallId, string? CallTitle, string ClauseId, string ClauseTitle, string? TownOrPark, int Year, string TrancheLabel, decimal Amount,
    DateOnly DueOn, string? ContactPerson = null, string? ContactPhone = null);

/// <summary>One page of the payable list, with the count and total of the whole filtered list (from the database).</summary>
public sealed record PayableResult(IReadOnlyList<PayableRow> Items, int Count, decimal Total)
{
    public static readonly PayableResult Empty = new([], 0, 0m);
}

public sealed record FilterOption(string Value, string Text);

/// <summary>The choices the payable filter offers: policies, calls, towns/parks and the award years there are.</summary>
public sealed record PayableFilterOptions(
    IReadOnlyList<FilterOption> Policies, IReadOnlyList<FilterOption> Calls, IReadOnlyList<FilterOption> TownsOrParks, IReadOnlyList<int> Years)
{
    public static readonly PayableFilterOptions None = new([], [], [], []);
}

/// <summary>The outcome of building a batch: its id, or why nothing was built.</summary>
public sealed record BuildOutcome(Guid? BatchId, Validation.CommandResult Result);

/// <summary>A batch in the list of batches.</summary>
public sealed record BatchRow(
    Guid Id, string BatchNumber, string Description, BatchStatus Status, string MakerName, string? CheckerName,
    DateTimeOffset CreatedAt, DateTimeOffset? ApprovedAt, int LineCount, decimal Total, decimal PaidTotal);

/// <summary>One line of the money trail (资金操作记录): what, how much, who in which role, when, why.</summary>
public sealed record MoneyTrailEntry(string Action, decimal? Amount, string ActorName, string ActorRole, DateTimeOffset At, string? Note);

/// <summary>
/// A batch as its page shows it: who made and checked it, its figures, what the reader may do with it now (the
/// maker never approves: <see cref="MadeByReader"/>) and its money trail. Lines are read page by page.
/// </summary>
public sealed record BatchView(
    Guid Id, string BatchNumber, string Description, BatchStatus Status, string MakerName, DateTimeOffset CreatedAt,
    string? CheckerName, DateTimeOffset? ApprovedAt, DateTimeOffset? FirstExportedAt,
    int LineCount, int PendingCount, int PaidCount, int StoppedCount, decimal Total, decimal PaidTotal,
    bool MadeByReader, IReadOnlyList<MoneyTrailEntry> Trail)
{
    public bool IsDraft => Status == BatchStatus.Draft;

    /// <summary>A draft is approved by any finance user but its maker.</summary>
    public bool CanApprove => IsDraft && !MadeByReader;

    /// <summary>Only an approved (or completed) batch goes to the bank.</summary>
    public bool CanExport => Status is BatchStatus.Approved or BatchStatus.Completed;

    public bool CanRecordPayments => Status == BatchStatus.Approved;

    public decimal UnpaidTotal => Total - PaidTotal;
}

/// <summary>One line of a batch: the payee as it stood when the batch was built, and its payment once recorded.</summary>
public sealed record BatchLineRow(
    Guid Id, int LineNumber, string AwardNumber, string RecipientName, string Uscc, string ProjectName, string BankAccountName,
    string BankName, string BankAccountNumber, string TrancheLabel, decimal Amount, LineStatus Status, string? PaymentReference, DateOnly? PaidOn);

/// <summary>
/// A claw-back (收回已拨付资金) in finance's list: what is due, recovered, written off and outstanding, the instalment
/// plan in force with each instalment's standing, and a write-off awaiting a second finance user.
/// </summary>
public sealed record ClawbackRow(
    Guid Id, Guid AwardId, string AwardNumber, string RecipientName, decimal AmountDue, decimal AmountRecovered, decimal AmountWrittenOff,
    ClawbackStatus Status, DateTimeOffset OpenedAt, DateTimeOffset? RecoveredAt, WriteOffRequest? PendingWriteOff, IReadOnlyList<InstalmentStanding> Plan)
{
    public decimal Outstanding => AmountDue - AmountRecovered - AmountWrittenOff;

    /// <summary>The first instalment not yet repaid, if a plan is in force.</summary>
    public InstalmentStanding? NextInstalment => Plan.FirstOrDefault(i => i.State is InstalmentState.Due or InstalmentState.Overdue);

    public static ClawbackRow From(Clawback c, DateOnly today) =>
        new(c.Id, c.AwardId, c.AwardNumber, c.RecipientName, c.AmountDue, c.AmountRecovered, c.AmountWrittenOff, c.Status, c.OpenedAt, c.RecoveredAt,
            c.PendingWriteOff, c.Standing(today));
}
