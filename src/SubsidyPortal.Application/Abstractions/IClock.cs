namespace SubsidyPortal.Application.Abstractions;

/// <summary>The one source of "now", so notice windows and deadlines can be tested with a controlled clock.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }

    /// <summary>Today in Shanghai (UTC+8, no daylight saving), the date the policies' periods are written in.</summary>
    DateOnly Today => DateOnly.FromDateTime(Now.ToOffset(ShanghaiOffset).DateTime);

    static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);
}

public sealed class SystemClock : IClock
{
    public DateTimeOffset Now => DateTimeOffset.UtcNow;
}
