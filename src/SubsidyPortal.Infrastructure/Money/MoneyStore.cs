using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Infrastructure.Persistence;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary>
/// The unit of work for money changes: stages an aggregate's new audit lines, numbers awards and batches from their
/// sequences, and saves all or nothing. A racing change (row version, a unique key such as the payment ledger's)
/// fails the whole save, so it never applies twice; the caller is told it changed meanwhile.
/// </summary>
public sealed class MoneyStore(PortalDbContext db, ILogger<MoneyStore> logger)
{
    public PortalDbContext Db => db;

    /// <summary>Adds the aggregate's audit lines written since load to the unit of work.</summary>
    public void Stage(MoneyAggregate aggregate)
    {
        db.MoneyEvents.AddRange(aggregate.NewHistory.Where(e => db.Entry(e).State == EntityState.Detached));
        aggregate.ClearDomainEvents();
    }

    public async Task<string> NextAwardNumberAsync(int year, CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQueryRaw<long>("SELECT nextval('award_numbers') AS \"Value\"").SingleAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"ZZ-{year}-{next:000000}");
    }

    public async Task<string> NextBatchNumberAsync(int year, CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQueryRaw<long>("SELECT nextval('batch_numbers') AS \"Value\"").SingleAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"BF-{year}-{next:0000}");
    }

    /// <summary>
    /// The one shape of every money command: load the aggregate (null, or not the actor's to see, reads as not found),
    /// let the change run its domain rules, stage the audit lines and save. A refusal clears whatever the change had
    /// begun, so nothing is half-saved, and is returned beside the field <paramref name="fieldFor"/> names.
    /// </summary>
    public async Task<CommandResult> ChangeAsync<T>(
        T? aggregate, string notFoundCode, Func<T, Task> change, Func<string, string> fieldFor, CancellationToken cancellationToken)
        where T : MoneyAggregate
    {
        if (aggregate is null)
        {
            return CommandResult.Fail(string.Empty, ValidationText.Get(notFoundCode));
        }

        try
        {
            await change(aggregate);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return e.ToCommandResult(fieldFor(e.Code));
        }

        Stage(aggregate);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Saves everything staged; a concurrent change to any of it fails the whole save.</summary>
    public async Task<CommandResult> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            logger.LogInformation("A money record changed concurrently; this change was not applied");
            db.ChangeTracker.Clear();
            return CommandResult.Fail(string.Empty, ValidationText.Get("money.changed-concurrently"));
        }
    }

    /// <summary>The rule's tranches as fixed in the application's evaluation snapshot (none when it had none).</summary>
    public static IReadOnlyList<Domain.Rules.Tranche> TranchesFromSnapshot(string? evaluationSnapshot)
    {
        if (string.IsNullOrEmpty(evaluationSnapshot))
        {
            return [];
        }

        var view = JsonSerializer.Deserialize<EvaluationView>(evaluationSnapshot, SnapshotJson);
        return view?.Tranches.Select(t => new Domain.Rules.Tranche(
                t.Sequence, t.Label, decimal.Parse(t.Amount, NumberStyles.Number, CultureInfo.InvariantCulture),
                Enum.Parse<Domain.Rules.AmountKind>(t.Kind), t.Condition))
            .ToList() ?? [];
    }

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);
}
