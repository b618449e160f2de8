using SubsidyPortal.Application.Abstractions;

namespace SubsidyPortal.Testing;

/// <summary>A clock that says what the test says, so date-dependent behaviour does not drift with the calendar.</summary>
public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; } = now;
}
