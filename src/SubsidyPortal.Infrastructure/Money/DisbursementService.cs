using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Finance;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Exports;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>What can be paid now, and what waits only for the enterprise to confirm its account (so finance can chase it).</summary>
public sealed record PayableView(IReadOnlyList<PayableRow> Payable, IReadOnlyList<PayableRow> AwaitingAccount)
{
    public decimal Total => Payable.Sum(r => r.Amount);
}

/// <summary>
/// 拨付: finance builds batches from the payable tranches, a second finance user approves them (maker-checker), and
/// each line is marked paid once with the bank's reference. Every command is one save with its audit lines; a racing
/// second command fails on the row versions or the payment ledger's key and is told so, so nothing is paid twice.
/// </summary>
public sealed class DisbursementService(MoneyStore store, IClock clock, VisibleAuthorities visible)
{
    private PortalDbContext Db => store.Db;

    public async Task<PayableView> PayableAsync(PayableFilter filter, CancellationToken cancellationToken)
    {
        var payable = await RowsAsync(Query(filter, accountConfirmed: true), cancellationToken);
        var awaiting = await RowsAsync(Query(filter, accountConfirmed: false), cancellationToken);
        return new PayableView(payable, awaiting);
    }

    public async Task<PayableFilterOptions> FilterOptionsAsync(CancellationToken cancellationToken)
    {
        var calls = await Db.Calls.AsNoTracking()
            .OrderByDescending(c => c.Year).ThenBy(c => c.TitleZh)
            .Select(c => new { c.Id, c.TitleZh, c.Year })
            .ToListAsync(cancellationToken);
        var towns = await Db.TownsOrParks.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var years = await Db.Awards.AsNoTracking().IgnoreAutoIncludes().Select(a => a.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        return new PayableFilterOptions(
            [.. PolicyCatalog.Policies.Where(p => visible.Scope.Covers(p.Id)).Select(p => new FilterOption(p.Id, p.Title))],
            [.. calls.Select(c => new FilterOption(c.Id.ToString(), $"{c.Year} {c.TitleZh}"))],
            [.. towns.Select(t => new FilterOption(t.Id.ToString(), t.Name))],
            years);
    }

    /// <summary>
    /// One page of the payable list (or of those awaiting the enterprise's account), sorted in the database, with the
    /// count and total of the whole filtered list: a list of 30,000 tranches is never read whole.
    /// </summary>
    public async Task<PayableResult> PayablePageAsync(PayableFilter filter, bool accountConfirmed, PageRequest page, CancellationToken cancellationToken)
    {
        var filtered = Filtered(filter, accountConfirmed);
        var count = await filtered.CountAsync(cancellationToken);
        if (count == 0)
        {
            return PayableResult.Empty;
        }

        var total = await filtered.SumAsync(x => x.Tranche.Amount, cancellationToken);
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("recipient", false) => filtered.OrderBy(x => x.Award.RecipientName).ThenBy(x => x.Award.AwardNumber),
            ("recipient", true) => filtered.OrderByDescending(x => x.Award.RecipientName).ThenBy(x => x.Award.AwardNumber),
            ("amount", false) => filtered.OrderBy(x => x.Tranche.Amount).ThenBy(x => x.Award.AwardNumber),
            ("amount", true) => filtered.OrderByDescending(x => x.Tranche.Amount).ThenBy(x => x.Award.AwardNumber),
            ("due", false) => filtered.OrderBy(x => x.Tranche.DueOn).ThenBy(x => x.Award.AwardNumber),
            ("due", true) => filtered.OrderByDescending(x => x.Tranche.DueOn).ThenBy(x => x.Award.AwardNumber),
            ("award", true) => filtered.OrderByDescending(x => x.Award.AwardNumber),
            _ => filtered.OrderBy(x => x.Award.AwardNumber),
        };
        var rows = await RowsAsync(sorted.ThenBy(x => x.Tranche.Sequence).Skip(page.Skip).Take(page.Take), cancellationToken);
        return new PayableResult(rows, count, total);
    }

    /// <summary>
    /// Builds a batch from exactly the tranches the filter shows now (queried again here, not taken from the page).
    /// When the caller says what it showed (count and total) and the list has changed since, nothing is built.
    /// A tranche a concurrent batch took fails this save (row versions) rather than going on two batches.
    /// </summary>
    public async Task<(Guid? BatchId, CommandResult Result)> BuildAsync(
        PayableFilter filter, string? description, Actor maker, CancellationToken cancellationToken, int? expectedCount = null, decimal? expectedTotal = null)
    {
        var picked = await Query(filter, accountConfirmed: true).Select(x => new { x.Tranche.Id, x.Tranche.AwardId, x.Tranche.Amount }).ToListAsync(cancellationToken);
        if ((expectedCount is { } count && count != picked.Count) || (expectedTotal is { } total && total != picked.Sum(p => p.Amount)))
        {
            return (null, CommandResult.Fail(string.Empty, ValidationText.Get("batch.payable-changed")));
        }

        var awardIds = picked.Select(p => p.AwardId).Distinct().ToList();
        var awards = await Db.Awards.Where(a => awardIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var tranches = picked.Select(p => (awards[p.AwardId], awards[p.AwardId].Tranches.Single(t => t.Id == p.Id))).ToList();
        // A racing build may have taken a tranche between the list read and the award load: the list changed.
        if (tranches.Exists(t => !t.Item1.IsPayable(t.Item2)))
        {
            Db.ChangeTracker.Clear();
            return (null, CommandResult.Fail(string.Empty, ValidationText.Get("batch.payable-changed")));
        }

        try
        {
            var batch = DisbursementBatch.Build(
                await store.NextBatchNumberAsync(clock.Today.Year, cancellationToken), description ?? string.Empty, tranches, maker, clock.Now);
            Db.DisbursementBatches.Add(batch);
            store.Stage(batch);
            foreach (var award in awards.Values)
            {
                store.Stage(award);
            }

            var saved = await store.SaveAsync(cancellationToken);
            return (saved.Succeeded ? batch.Id : null, saved);
        }
        catch (DomainException e)
        {
            Db.ChangeTracker.Clear();
            return (null, e.ToCommandResult(FieldFor(e.Code)));
        }
    }

    /// <summary>One page of the batches (all, or of one status), newest first unless sorted otherwise.</summary>
    public async Task<PagedResult<BatchRow>> BatchesAsync(BatchStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        var batches = Db.DisbursementBatches.AsNoTracking().IgnoreAutoIncludes();
        if (status is { } s)
        {
            batches = batches.Where(b => b.Status == s);
        }

        if (page.SearchText is { } text)
        {
            var pattern = $"%{Work.Like.Escape(text)}%";
            batches = batches.Where(b => EF.Functions.ILike(b.BatchNumber, pattern, Work.Like.EscapeCharacter)
                                         || EF.Functions.ILike(b.Description, pattern, Work.Like.EscapeCharacter)
                                         || EF.Functions.ILike(b.MakerName, pattern, Work.Like.EscapeCharacter));
        }

        var count = await batches.CountAsync(cancellationToken);
        var rows = batches.Select(b => new
        {
            b.Id, b.BatchNumber, b.Description, b.Status, b.MakerName, b.CheckerName, b.CreatedAt, b.ApprovedAt,
            Lines = Db.DisbursementLines.Count(l => l.BatchId == b.Id),
            Total = Db.DisbursementLines.Where(l => l.BatchId == b.Id && l.Status != LineStatus.Stopped).Sum(l => l.Amount),
            Paid = Db.DisbursementLines.Where(l => l.BatchId == b.Id && l.Status == LineStatus.Paid).Sum(l => l.Amount),
        });
        var sorted = (page.SortBy, page.Descending) switch
        {
            ("number", false) => rows.OrderBy(b => b.BatchNumber),
            ("number", true) => rows.OrderByDescending(b => b.BatchNumber),
            ("total", false) => rows.OrderBy(b => b.Total).ThenByDescending(b => b.CreatedAt),
            ("total", true) => rows.OrderByDescending(b => b.Total).ThenByDescending(b => b.CreatedAt),
            ("created", false) => rows.OrderBy(b => b.CreatedAt),
            _ => rows.OrderByDescending(b => b.CreatedAt),
        };
        var items = await sorted.ThenBy(b => b.Id).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new PagedResult<BatchRow>(
            [.. items.Select(b => new BatchRow(b.Id, b.BatchNumber, b.Description, b.Status, b.MakerName, b.CheckerName, b.CreatedAt, b.ApprovedAt, b.Lines, b.Total, b.Paid))],
            count);
    }

    public async Task<DisbursementBatch?> FindBatchAsync(Guid batchId, CancellationToken cancellationToken) =>
        await Db.DisbursementBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);

    /// <summary>复核: a finance user other than the maker approves the draft.</summary>
    public Task<CommandResult> ApproveAsync(Guid batchId, Actor checker, CancellationToken cancellationToken) =>
        ChangeAsync(batchId, batch =>
        {
            batch.Approve(checker, clock.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Cancels a draft; its tranches become payable again.</summary>
    public Task<CommandResult> CancelAsync(Guid batchId, string? reason, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(batchId, async batch =>
        {
            var awardIds = batch.Lines.Select(l => l.AwardId).Distinct().ToList();
            var awards = await Db.Awards.Where(a => awardIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
            batch.Cancel(awards, reason ?? string.Empty, actor, clock.Now);
            foreach (var award in awards.Values)
            {
                store.Stage(award);
            }
        }, cancellationToken);

    /// <summary>
    /// 实际拨付: marks one line (and its tranche) paid with the bank's reference, writes the payment ledger row and tells
    /// the enterprise. A repeat is refused by the line's state; a racing twin fails on the row versions and the ledger key.
    /// </summary>
    public Task<CommandResult> RecordPaymentAsync(
        Guid batchId, Guid lineId, string? reference, DateOnly? paidOn, Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(batchId, async batch =>
        {
            var line = batch.Lines.SingleOrDefault(l => l.Id == lineId)
                ?? throw new DomainException("batch.line-not-found", $"Line {lineId} is not on batch {batch.BatchNumber}.");
            if (paidOn is null)
            {
                throw new DomainException("batch.payment-date-invalid", "A payment date is required.");
            }

            var award = await Db.Awards.SingleAsync(a => a.Id == line.AwardId, cancellationToken);
            var payment = batch.RecordPayment(lineId, award, reference ?? string.Empty, paidOn.Value, actor, clock.Now, clock.Today);
            Db.Payments.Add(payment);
            store.Stage(award);
            Db.Notifications.Add(AwardNotifications.Paid(award, award.Tranches.Single(t => t.Id == line.TrancheId), clock.Now));
        }, cancellationToken);

    /// <summary>
    /// Records that the batch goes out as <paramref name="fileName"/> (an "Exported" audit line, one save) and returns it,
    /// or the refusal: only an approved or completed batch is exported.
    /// </summary>
    public async Task<(DisbursementBatch? Batch, CommandResult Result)> RecordExportAsync(
        Guid batchId, string fileName, Actor actor, CancellationToken cancellationToken)
    {
        DisbursementBatch? exported = null;
        var result = await ChangeAsync(batchId, batch =>
        {
            batch.RecordExport(fileName, actor, clock.Now);
            exported = batch;
            return Task.CompletedTask;
        }, cancellationToken);
        return (result.Succeeded ? exported : null, result);
    }

    /// <summary>银行支付文件: the batch's unstopped lines, streamed from the database in line order.</summary>
    public async IAsyncEnumerable<BankPaymentLine> BankLinesAsync(
        Guid batchId, string batchNumber, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = Db.DisbursementLines.AsNoTracking()
            .Where(l => l.BatchId == batchId && l.Status != LineStatus.Stopped)
            .OrderBy(l => l.LineNumber)
            .Select(l => new { l.LineNumber, l.BankAccountName, l.Uscc, l.BankName, l.BankAccountNumber, l.Amount, l.AwardNumber, l.TrancheLabel })
            .AsAsyncEnumerable();
        await foreach (var l in lines.WithCancellation(cancellationToken))
        {
            yield return new BankPaymentLine(
                l.BankAccountName, l.Uscc, l.BankName, l.BankAccountNumber, l.Amount, $"科技专项资金 {l.AwardNumber} {l.TrancheLabel}", batchNumber,
                string.Create(CultureInfo.InvariantCulture, $"{batchNumber}-{l.LineNumber:000}"));
        }
    }

    /// <summary>分配结果 of one batch: recipient, project and amount of each unstopped line, streamed.</summary>
    public IAsyncEnumerable<AllocationLine> BatchAllocationAsync(Guid batchId) =>
        Db.DisbursementLines.AsNoTracking()
            .Where(l => l.BatchId == batchId && l.Status != LineStatus.Stopped)
            .OrderBy(l => l.LineNumber)
            .Select(l => new AllocationLine(l.RecipientName, l.ProjectName, l.Amount))
            .AsAsyncEnumerable();

    /// <summary>
    /// 分配结果 of awards (for the committee and finance): every award not revoked, by policy, call and year, in award
    /// number order, streamed; the amount is the award's (the list shows it in 万元).
    /// </summary>
    public IAsyncEnumerable<AllocationLine> AwardAllocationAsync(string? policyId, Guid? callId, int? year)
    {
        var awards = Db.Awards.AsNoTracking().IgnoreAutoIncludes().Where(a => a.Status != AwardStatus.Revoked);
        if (!string.IsNullOrWhiteSpace(policyId))
        {
            awards = awards.Where(a => a.PolicyId == policyId);
        }

        if (callId is { } call)
        {
            awards = awards.Where(a => a.CallId == call);
        }

        if (year is { } y)
        {
            awards = awards.Where(a => a.Year == y);
        }

        return awards.OrderBy(a => a.AwardNumber).Select(a => new AllocationLine(a.RecipientName, a.ProjectName, a.Amount)).AsAsyncEnumerable();
    }

    // Member-init (not a constructor) so EF can keep composing filters on it.
    private sealed class Candidate
    {
        public required AwardTranche Tranche { get; init; }

        public required Award Award { get; init; }

        public required Domain.Enterprises.Enterprise Enterprise { get; init; }
    }

    /// <summary>Released tranches of active awards that no batch holds, in award number order; split by whether the
    /// account is confirmed.</summary>
    private IQueryable<Candidate> Query(PayableFilter filter, bool accountConfirmed) =>
        Filtered(filter, accountConfirmed).OrderBy(x => x.Award.AwardNumber).ThenBy(x => x.Tranche.Sequence);

    private IQueryable<Candidate> Filtered(PayableFilter filter, bool accountConfirmed)
    {
        var query =
            from t in Db.AwardTranches.AsNoTracking()
            join a in Db.Awards.AsNoTracking().IgnoreAutoIncludes() on t.AwardId equals a.Id
            join e in Db.Enterprises.AsNoTracking() on a.EnterpriseId equals e.Id
            where a.Status == AwardStatus.Active && t.Status == TrancheStatus.Payable
            select new Candidate { Tranche = t, Award = a, Enterprise = e };
        query = accountConfirmed
            ? query.Where(x => x.Award.BankAccountConfirmedAt != null)
            : query.Where(x => x.Award.BankAccountConfirmedAt == null);
        if (!string.IsNullOrWhiteSpace(filter.PolicyId))
        {
            query = query.Where(x => x.Award.PolicyId == filter.PolicyId);
        }

        if (filter.CallId is { } callId)
        {
            query = query.Where(x => x.Award.CallId == callId);
        }

        if (filter.District is { } district)
        {
            query = query.Where(x => x.Enterprise.RegisteredDistrict == district);
        }

        if (filter.TownOrParkId is { } townId)
        {
            query = query.Where(x => x.Award.TownOrParkId == townId);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(x => x.Award.Year == year);
        }

        if (filter.DueFrom is { } from)
        {
            query = query.Where(x => x.Tranche.DueOn >= from);
        }

        if (filter.DueTo is { } to)
        {
            query = query.Where(x => x.Tranche.DueOn <= to);
        }

        return query;
    }

    private async Task<IReadOnlyList<PayableRow>> RowsAsync(IQueryable<Candidate> query, CancellationToken cancellationToken)
    {
        var rows = await query.Select(x => new
        {
            x.Award.Id,
            TrancheId = x.Tranche.Id,
            x.Award.AwardNumber,
            x.Award.RecipientName,
            x.Award.ProjectName,
            x.Award.PolicyId,
            x.Award.CallId,
            x.Award.ClauseId,
            x.Award.TownOrParkId,
            x.Award.Year,
            x.Tranche.Label,
            x.Tranche.Amount,
            x.Tranche.DueOn,
            x.Enterprise.ContactPerson,
            x.Enterprise.ContactPhone,
        }).ToListAsync(cancellationToken);
        var callIds = rows.Where(r => r.CallId is not null).Select(r => r.CallId!.Value).Distinct().ToList();
        var calls = await Db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.TitleZh, cancellationToken);
        var towns = await Db.TownsOrParks.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return [.. rows.Select(r => new PayableRow(
            r.Id, r.TrancheId, r.AwardNumber, r.RecipientName, r.ProjectName, r.PolicyId,
            PolicyCatalog.Policies.FirstOrDefault(p => p.Id == r.PolicyId)?.DocumentNumber ?? r.PolicyId, r.CallId,
            r.CallId is { } c ? calls.GetValueOrDefault(c) : null, r.ClauseId, PolicyCatalog.Find(r.ClauseId)?.TitleZh ?? r.ClauseId,
            r.TownOrParkId is { } t ? towns.GetValueOrDefault(t) : null, r.Year, r.Label, r.Amount, r.DueOn, r.ContactPerson, r.ContactPhone))];
    }

    private async Task<CommandResult> ChangeAsync(Guid batchId, Func<DisbursementBatch, Task> change, CancellationToken cancellationToken) =>
        await store.ChangeAsync(
            await Db.DisbursementBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken), "batch.not-found", change, FieldFor, cancellationToken);

    private static string FieldFor(string code) => code switch
    {
        "batch.description-too-long" => "Description",
        "batch.reason-required" => "Reason",
        "batch.payment-reference-required" => "Reference",
        "batch.payment-date-invalid" => "PaidOn",
        _ => string.Empty,
    };
}
