using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Prospects;

namespace SubsidyPortal.Infrastructure.Prospects;

/// <summary>Wakes this instance's prospecting job after a save queued work, so a profile change is matched in seconds.</summary>
public sealed class ProspectingSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _channel.Writer.TryWrite(true);

    internal ChannelReader<bool> Reader => _channel.Reader;
}

/// <summary>
/// The handler of an enterprise's profile events, run in the same save: a registration, a profile change or a credit
/// record queues the enterprise for matching (<see cref="ProspectRequest"/>), so the request is stored exactly when the
/// change is, and a crash between them cannot lose it.
/// </summary>
public sealed class ProspectingTrigger(ProspectingSignal signal) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Queue(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Queue(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        signal.Raise();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        signal.Raise();
        return ValueTask.FromResult(result);
    }

    private static void Queue(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<Enterprise>().ToList())
        {
            var enterprise = entry.Entity;
            var changed = enterprise.DomainEvents.LastOrDefault(e => e is EnterpriseRegistered or EnterpriseProfileUpdated or EnterpriseCreditEventRecorded);
            if (changed is null)
            {
                continue;
            }

            context.Add(ProspectRequest.For(enterprise.Id, changed.OccurredAt));
            enterprise.ClearDomainEvents();
        }
    }
}
