using SubsidyPortal.Application.Abstractions;

namespace SubsidyPortal.Testing;

/// <summary>
/// The portal's clock in tests: real time plus an offset the test moves forward, so a five-working-day notice
/// window can pass in a second while everything else (cookies, logs) keeps running on real time.
/// </summary>
public sealed class AdjustableClock : IClock
{
    private long _offsetTicks;

    public DateTimeOffset Now => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Moves the clock to the same time of day on the given Shanghai date.</summary>
    public void MoveTo(DateOnly day)
    {
        var today = ((IClock)this).Today;
        Advance(TimeSpan.FromDays(day.DayNumber - today.DayNumber));
    }
}
