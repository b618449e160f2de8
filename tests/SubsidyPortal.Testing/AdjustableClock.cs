using SubsidyPortal.Application.Abstractions;

namespace SubsidyPortal.Testing;

/// <summary>
/// The portal's clock in tests: a running clock the test can move, so a five-working-day notice window can pass
/// in a second while everything else (cookies, logs) keeps running on real time.
/// </summary>
public sealed class AdjustableClock : IClock
{
    private long _offsetTicks;

    public AdjustableClock()
    {
    }

    /// <summary>A clock that reads <paramref name="start"/> now and runs on from there.</summary>
    public AdjustableClock(DateTimeOffset start) => _offsetTicks = (start - DateTimeOffset.UtcNow).Ticks;

    public DateTimeOffset Now => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Moves the clock to the same time of day on the given Shanghai date.</summary>
    public void MoveTo(DateOnly day)
    {
        var today = ((IClock)this).Today;
        Advance(TimeSpan.FromDays(day.DayNumber - today.DayNumber));
    }
}
