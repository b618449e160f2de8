using System.Globalization;
using SubsidyPortal.Application.Abstractions;

namespace SubsidyPortal.Application.Formatting;

/// <summary>Dates and times as people in Shanghai read them: 2026-12-28（周一）, 2026-12-28 14:05 (UTC+8).</summary>
public static class PortalTime
{
    private static readonly string[] WeekdaysZh = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    private static bool Chinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal)
                                   || CultureInfo.CurrentUICulture.Equals(CultureInfo.InvariantCulture);

    /// <summary>"2026-12-28（周一）" / "2026-12-28 (Mon)".</summary>
    public static string Day(DateOnly day) => Chinese
        ? $"{Date(day)}（{WeekdaysZh[(int)day.DayOfWeek]}）"
        : $"{Date(day)} ({day.ToString("ddd", CultureInfo.InvariantCulture)})";

    /// <summary>"2026-12-28".</summary>
    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-12-28 14:05", Shanghai time whatever the server's zone.</summary>
    public static string Moment(DateTimeOffset at) =>
        at.ToOffset(IClock.ShanghaiOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The Shanghai calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(IClock.ShanghaiOffset).DateTime);
}
