using System.Globalization;
using System.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Entitlements;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Money;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Entitlements;

/// <summary>
/// One run of an import's current step, chunk by chunk, each chunk in its own scope and transaction with the
/// import's progress. The caller holds the import's advisory lock.
/// </summary>
internal sealed class EntitlementWork(IServiceScopeFactory scopes, Guid importId, int chunkRows, ILogger logger)
{
    private EntitlementFile? _file;

    // USCC → the first row that named it, for duplicates; rebuilt from saved rows when a preview resumes.
    private Dictionary<string, int>? _seen;

    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var worked = false;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var import = await db.EntitlementImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
            if (import is null || !import.IsRunning)
            {
                return worked;
            }

            worked = true;
            var done = import.Status == EntitlementImportStatus.Previewing
                ? await PreviewChunkAsync(scope.ServiceProvider, db, import, cancellationToken)
                : await ConfirmChunkAsync(scope.ServiceProvider, db, import, cancellationToken);
            if (done)
            {
                return true;
            }
        }
    }

    // ---- preview ------------------------------------------------------------------------------------------

    private async Task<bool> PreviewChunkAsync(IServiceProvider services, PortalDbContext db, EntitlementImport import, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<IClock>();
        var store = services.GetRequiredService<MoneyStore>();
        var clause = PolicyCatalog.InForce(import.ClauseId, import.ReferenceDate);
        if (_file is null)
        {
            var stored = await services.GetRequiredService<IFileStore>().OpenAsync(import.FileId, cancellationToken);
            try
            {
                _file = stored is null || clause is null ? null : EntitlementFileReader.Read(stored.Content, stored.Info.OriginalName);
            }
            catch (EntitlementFileException)
            {
                _file = null;
            }

            if (_file is null || clause is null)
            {
                var (zh, _) = Reasons.Both("entitlement.failed-file-missing");
                import.Fail(zh, clock.Now);
                store.Stage(import);
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
        }

        if (import.ProcessedRows == 0)
        {
            // A fresh (or re-mapped) preview: the rows of an earlier one go.
            await db.EntitlementImportRows.Where(r => r.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
            _seen = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        _seen ??= await db.EntitlementImportRows.AsNoTracking()
            .Where(r => r.ImportId == import.Id && r.Outcome != EntitlementRowOutcome.InvalidUscc && r.Outcome != EntitlementRowOutcome.Duplicate)
            .Select(r => new { r.UsccText, r.RowNumber })
            .ToDictionaryAsync(r => r.UsccText, r => r.RowNumber, StringComparer.Ordinal, cancellationToken);

        var chunk = _file.Rows.Skip(import.ProcessedRows).Take(chunkRows).ToList();
        if (chunk.Count == 0)
        {
            var eligible = await db.EntitlementImportRows.Where(r => r.ImportId == import.Id && r.Outcome == EntitlementRowOutcome.Eligible)
                .GroupBy(_ => 1).Select(g => new { Rows = g.Count(), Amount = g.Sum(r => r.Amount) ?? 0m }).SingleOrDefaultAsync(cancellationToken);
            import.FinishPreview(eligible?.Rows ?? 0, eligible?.Amount ?? 0m, clock.Now);
            store.Stage(import);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Entitlement import {Import} previewed: {Rows} eligible row(s)", import.Id, eligible?.Rows ?? 0);
            return true;
        }

        var preview = new RowPreview(clause!, import, _file.Headers, await db.TownNamesAsync(cancellationToken));
        var codes = chunk.Select(r => preview.CodeOf(r)).Where(c => c is not null).Select(c => c!.Value).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Include(e => e.CreditRecords)
            .Where(e => codes.Contains(e.Uscc)).ToDictionaryAsync(e => e.Uscc.Value, StringComparer.Ordinal, cancellationToken);
        var keys = codes.Select(c => Award.EntitlementKey(clause!.Id, c.Value, import.Year)).ToList();
        var granted = await db.Awards.AsNoTracking().Where(a => keys.Contains(a.SourceKey))
            .ToDictionaryAsync(a => a.SourceKey, a => a.AwardNumber, StringComparer.Ordinal, cancellationToken);
        var enterpriseIds = enterprises.Values.Select(e => e.Id).ToList();
        var prior = (await db.Awards.AsNoTracking()
                .Where(a => enterpriseIds.Contains(a.EnterpriseId) && a.Status != AwardStatus.Revoked)
                .Select(a => new { a.EnterpriseId, a.ClauseId, a.Amount, a.AwardedOn, a.Year })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.EnterpriseId, a => PolicyCatalog.PriorAward(a.ClauseId, a.Amount, a.AwardedOn, a.Year.ToString(CultureInfo.InvariantCulture)));

        foreach (var fileRow in chunk)
        {
            var row = preview.Decide(fileRow, _seen!, enterprises, granted, prior);
            db.EntitlementImportRows.Add(row);
        }

        import.Progress(import.ProcessedRows + chunk.Count);
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }

    /// <summary>Decides one row: USCC, duplicate, enterprise, already granted, values, then the clause's rule.</summary>
    private sealed class RowPreview(Clause clause, EntitlementImport import, IReadOnlyList<string> headers, IReadOnlyDictionary<Guid, string> towns)
    {
        private readonly int _usccColumn = import.Mapping[EntitlementMapping.Uscc];
        private readonly int? _nameColumn = import.Mapping.TryGetValue(EntitlementMapping.Name, out var n) ? n : null;
        private readonly int? _amountColumn = import.Mapping.TryGetValue(EntitlementMapping.Amount, out var a) ? a : null;
        private readonly List<(FactDefinition Input, int Column)> _inputs = clause.Inputs
            .Where(i => import.Mapping.ContainsKey(EntitlementMapping.InputPrefix + i.Key))
            .Select(i => (i, import.Mapping[EntitlementMapping.InputPrefix + i.Key])).ToList();

        public UnifiedSocialCreditCode? CodeOf(EntitlementFileRow row) =>
            UnifiedSocialCreditCode.TryParse(row.Cells[_usccColumn], out var code) is null ? code : null;

        public EntitlementImportRow Decide(
            EntitlementFileRow fileRow, Dictionary<string, int> seen, Dictionary<string, Enterprise> enterprises,
            Dictionary<string, string> granted, ILookup<Guid, PriorAward> prior)
        {
            var raw = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++)
            {
                raw.TryAdd(headers[i], fileRow.Cells[i]);
            }

            var usccText = fileRow.Cells[_usccColumn].Trim();
            var row = new EntitlementImportRow(import.Id, fileRow.RowNumber, usccText, _nameColumn is { } nc ? fileRow.Cells[nc] : null, raw);

            void Refuse(EntitlementRowOutcome outcome, string code, Enterprise? enterprise = null, params object[] args)
            {
                var (zh, en) = Reasons.Both(code, args);
                row.Decide(outcome, enterprise?.Id, enterprise?.Name, null, code, zh, en);
            }

            if (usccText.Length == 0)
            {
                Refuse(EntitlementRowOutcome.InvalidUscc, "entitlement.row.uscc-empty");
                return row;
            }

            if (UnifiedSocialCreditCode.TryParse(usccText, out var code) is not null)
            {
                Refuse(EntitlementRowOutcome.InvalidUscc, "entitlement.row.invalid-uscc", null, usccText);
                return row;
            }

            if (seen.TryGetValue(code.Value, out var first))
            {
                Refuse(EntitlementRowOutcome.Duplicate, "entitlement.row.duplicate", null, first);
                return row;
            }

            seen[code.Value] = fileRow.RowNumber;
            if (!enterprises.TryGetValue(code.Value, out var enterprise))
            {
                Refuse(EntitlementRowOutcome.UnknownEnterprise, "entitlement.row.unknown-enterprise", null, code.Value);
                return row;
            }

            if (granted.TryGetValue(Award.EntitlementKey(clause.Id, code.Value, import.Year), out var awardNumber))
            {
                Refuse(EntitlementRowOutcome.AlreadyGranted, "entitlement.row.already-granted", enterprise, awardNumber);
                return row;
            }

            // The profile's facts as of the reference date, overlaid by what the list says.
            var facts = ProfileFacts.From(enterprise, import.ReferenceDate, enterprise.TownOrParkId is { } town ? towns.GetValueOrDefault(town) : null);
            foreach (var (input, column) in _inputs)
            {
                var (ok, value, errorZh, errorEn) = Reasons.Read(input, fileRow.Cells[column]);
                if (errorZh is not null)
                {
                    row.Decide(EntitlementRowOutcome.Malformed, enterprise.Id, enterprise.Name, null, "entitlement.row.malformed",
                        Reasons.Both("entitlement.row.malformed", headers[column], errorZh).Zh,
                        Reasons.Both("entitlement.row.malformed", headers[column], errorEn!).En);
                    return row;
                }

                if (ok && value is not null)
                {
                    facts[input.Key] = value;
                }
            }

            // Each year's list is its own matter: last year's award for the clause does not block this year's.
            facts[ClauseEvaluator.MatterKey] = import.Year.ToString(CultureInfo.InvariantCulture);
            var evaluation = ClauseEvaluator.Evaluate(clause, new Facts(facts), import.ReferenceDate, prior[enterprise.Id].ToList());
            switch (evaluation.Outcome)
            {
                case EvaluationOutcome.NoRuleInForce:
                    Refuse(EntitlementRowOutcome.NotEligible, "entitlement.row.no-rule-in-force", enterprise);
                    return row;
                case EvaluationOutcome.NotEligible or EvaluationOutcome.NeedsInput:
                    var failed = evaluation.Conditions.FirstOrDefault(c => c.Status == ConditionStatus.NotMet)
                                 ?? evaluation.Conditions.FirstOrDefault(c => c.Status == ConditionStatus.NeedsInput);
                    var reason = failed?.Status == ConditionStatus.NotMet ? "entitlement.row.condition-failed" : "entitlement.row.needs-input";
                    row.Decide(EntitlementRowOutcome.NotEligible, enterprise.Id, enterprise.Name, null, failed?.Code ?? reason,
                        Reasons.Both(reason, failed?.MessageZh ?? "—").Zh, Reasons.Both(reason, failed?.MessageEn ?? "—").En);
                    return row;
            }

            var amount = evaluation.Amount!;
            if (amount.Kind == AmountKind.Fixed)
            {
                var (zh, en) = Reasons.Both("entitlement.row.eligible");
                row.Decide(EntitlementRowOutcome.Eligible, enterprise.Id, enterprise.Name, amount.Value, "entitlement.row.eligible", zh, en);
                return row;
            }

            // 最高不超过: the portal never invents the figure; the list must carry the committee's, within the ceiling.
            var ceiling = amount.Value.ToString("#,##0.00", CultureInfo.InvariantCulture);
            var cell = _amountColumn is { } ac ? fileRow.Cells[ac] : string.Empty;
            if (string.IsNullOrWhiteSpace(cell))
            {
                Refuse(EntitlementRowOutcome.NotEligible, "entitlement.row.ceiling-needs-amount", enterprise, ceiling);
            }
            else if (!EntitlementMapping.TryReadAmount(cell, out var decided))
            {
                Refuse(EntitlementRowOutcome.Malformed, "entitlement.row.amount-invalid", enterprise);
            }
            else if (decided > amount.Value)
            {
                Refuse(EntitlementRowOutcome.NotEligible, "entitlement.row.amount-above-ceiling", enterprise, ceiling);
            }
            else
            {
                var (zh, en) = Reasons.Both("entitlement.row.eligible");
                row.Decide(EntitlementRowOutcome.Eligible, enterprise.Id, enterprise.Name, decided, "entitlement.row.eligible", zh, en);
            }

            return row;
        }
    }

    // ---- confirm ------------------------------------------------------------------------------------------

    private async Task<bool> ConfirmChunkAsync(IServiceProvider services, PortalDbContext db, EntitlementImport import, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<IClock>();
        var store = services.GetRequiredService<MoneyStore>();
        var rows = await db.EntitlementImportRows
            .Where(r => r.ImportId == import.Id && r.Outcome == EntitlementRowOutcome.Eligible && r.AwardId == null)
            .OrderBy(r => r.RowNumber).Take(chunkRows).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            var granted = await db.EntitlementImportRows.Where(r => r.ImportId == import.Id && r.Outcome == EntitlementRowOutcome.Granted)
                .GroupBy(_ => 1).Select(g => new { Rows = g.Count(), Amount = g.Sum(r => r.Amount) ?? 0m }).SingleOrDefaultAsync(cancellationToken);
            import.FinishConfirm(granted?.Rows ?? 0, granted?.Amount ?? 0m, clock.Now);
            store.Stage(import);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Entitlement import {Import} confirmed: {Rows} award(s)", import.Id, granted?.Rows ?? 0);
            return true;
        }

        var made = await StageAwardsAsync(services, db, import, rows, cancellationToken);
        import.Progress(import.ProcessedRows + rows.Count);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogDebug("Entitlement import {Import}: {Count} award(s) made", import.Id, made);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Another list (or a racing confirm) made one of these awards meanwhile: redo the chunk row by row,
            // so each row either makes its award or is reported as already granted.
            logger.LogInformation("Entitlement import {Import}: an award of this chunk appeared meanwhile; saving row by row", import.Id);
            db.ChangeTracker.Clear();
            await ConfirmRowByRowAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
            await using var again = scopes.CreateAsyncScope();
            var againDb = again.ServiceProvider.GetRequiredService<PortalDbContext>();
            var fresh = await againDb.EntitlementImports.SingleAsync(i => i.Id == import.Id, cancellationToken);
            fresh.Progress(fresh.ProcessedRows + rows.Count);
            await againDb.SaveChangesAsync(cancellationToken);
        }

        return false;
    }

    private async Task ConfirmRowByRowAsync(List<Guid> rowIds, CancellationToken cancellationToken)
    {
        foreach (var rowId in rowIds)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var import = await db.EntitlementImports.AsNoTracking().SingleAsync(i => i.Id == importId, cancellationToken);
            var row = await db.EntitlementImportRows.SingleAsync(r => r.Id == rowId, cancellationToken);
            if (row.Outcome != EntitlementRowOutcome.Eligible || row.AwardId is not null)
            {
                continue;
            }

            await StageAwardsAsync(scope.ServiceProvider, db, import, [row], cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                var lost = await db.EntitlementImportRows.SingleAsync(r => r.Id == rowId, cancellationToken);
                var key = Award.EntitlementKey(import.ClauseId, lost.UsccText, import.Year);
                var number = await db.Awards.AsNoTracking().Where(a => a.SourceKey == key).Select(a => a.AwardNumber).SingleOrDefaultAsync(cancellationToken) ?? "—";
                var (zh, en) = Reasons.Both("entitlement.row.already-granted", number);
                lost.FoundAlreadyGranted(zh, en);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>Makes the award of each row whose key is still free; rows whose key exists are reported already granted.</summary>
    private static async Task<int> StageAwardsAsync(
        IServiceProvider services, PortalDbContext db, EntitlementImport import, List<EntitlementImportRow> rows, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<IClock>();
        var maker = services.GetRequiredService<AwardMaker>();
        var clause = PolicyCatalog.Find(import.ClauseId)!;
        var keys = rows.Select(r => Award.EntitlementKey(clause.Id, r.UsccText, import.Year)).ToList();
        var existing = await db.Awards.AsNoTracking().Where(a => keys.Contains(a.SourceKey))
            .ToDictionaryAsync(a => a.SourceKey, a => a.AwardNumber, StringComparer.Ordinal, cancellationToken);
        var enterpriseIds = rows.Select(r => r.EnterpriseId!.Value).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var fresh = rows.Where(r => !existing.ContainsKey(Award.EntitlementKey(clause.Id, r.UsccText, import.Year))).ToList();
        var numbers = await db.Database
            .SqlQueryRaw<long>("SELECT nextval('award_numbers') AS \"Value\" FROM generate_series(1, {0})", fresh.Count)
            .ToListAsync(cancellationToken);
        var (now, today) = (clock.Now, clock.Today);
        var made = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue(Award.EntitlementKey(clause.Id, row.UsccText, import.Year), out var number))
            {
                var (zh, en) = Reasons.Both("entitlement.row.already-granted", number);
                row.FoundAlreadyGranted(zh, en);
                continue;
            }

            var enterprise = enterprises[row.EnterpriseId!.Value];
            var awardNumber = string.Create(CultureInfo.InvariantCulture, $"ZZ-{import.Year}-{numbers[made]:000000}");
            // 免申即享 clauses pay in one tranche; the amount is the one the preview showed the committee.
            var award = Award.ForEntitlement(
                awardNumber, import.Id, clause.Policy.Id, clause.Id, import.Year, enterprise.Id, enterprise.TownOrParkId, enterprise.Name,
                enterprise.Uscc.Value, $"{import.Year} 年度{clause.TitleZh}", row.Amount!.Value, [], import.Confirmer, now, today);
            maker.Stage(award, now);
            row.Granted(award.Id);
            made++;
        }

        return made;
    }

    /// <summary>Row reasons in both languages, whatever the culture of the thread doing the work.</summary>
    internal static class Reasons
    {
        private static readonly ResourceManager Messages = new("SubsidyPortal.Application.Resources.MoneyMessages", typeof(ValidationText).Assembly);
        private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
        private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

        public static (string Zh, string En) Both(string code, params object[] args) =>
            (Format(code, Chinese, args), Format(code, English, args));

        private static string Format(string code, CultureInfo culture, object[] args)
        {
            var text = Messages.GetString(code, culture) ?? code;
            return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
        }

        /// <summary>Reads a cell for an input, with the error (if any) in both languages.</summary>
        public static (bool Ok, object? Value, string? ErrorZh, string? ErrorEn) Read(FactDefinition input, string cell)
        {
            var ok = InCulture(Chinese, () => (EntitlementMapping.TryRead(input, cell, out var v, out var e), v, e));
            if (ok.Item3 is null)
            {
                return (ok.Item1, ok.v, null, null);
            }

            var en = InCulture(English, () => { EntitlementMapping.TryRead(input, cell, out _, out var e); return e; });
            return (false, null, ok.Item3, en);
        }

        private static T InCulture<T>(CultureInfo culture, Func<T> read)
        {
            var before = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = culture;
            try
            {
                return read();
            }
            finally
            {
                CultureInfo.CurrentUICulture = before;
            }
        }
    }
}
