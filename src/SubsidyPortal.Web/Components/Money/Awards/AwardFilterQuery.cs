using System.Globalization;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Infrastructure.Money;

namespace SubsidyPortal.Web.Components.Money.Awards;

/// <summary>Reads the list filters from the query string leniently: a value that does not parse is ignored, not an error page.</summary>
public static class AwardFilterQuery
{
    public static AwardFilter Parse(string? policy, string? call, string? year, string? status, string? source, string? town, string? name) => new()
    {
        PolicyId = string.IsNullOrWhiteSpace(policy) ? null : policy.Trim(),
        CallId = Guid.TryParse(call, out var callId) ? callId : null,
        Year = int.TryParse(year, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null,
        Status = Enum.TryParse<AwardStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
        Source = Enum.TryParse<AwardSource>(source, out var src) && Enum.IsDefined(src) ? src : null,
        TownOrParkId = Guid.TryParse(town, out var townId) ? townId : null,
        EnterpriseName = string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
    };
}
