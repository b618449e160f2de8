using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Dashboards;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary><see cref="IDashboard"/> over <see cref="DashboardQueries"/> (which the export endpoints read too), for
/// committee and finance staff only.</summary>
public sealed class DashboardReader(DashboardQueries queries, IClock clock, IMemoryCache cache, IConfiguration configuration, VisibleAuthorities visible)
    : IDashboard
{
    /// <summary>How long one filter's figures are shared between viewers (Dashboard:CacheSeconds, 0 to read every
    /// time). A year's sums take the database a few hundred milliseconds; many staff opening the dashboard at once
    /// should cost that once, not once each. The page says when the figures were read.</summary>
    public static TimeSpan SharedFor(IConfiguration configuration) => TimeSpan.FromSeconds(configuration.GetValue("Dashboard:CacheSeconds", 30));

    private static bool MayRead(Actor actor) => actor.Role is PortalRoles.CommitteeStaff or PortalRoles.FinanceStaff;

    public async Task<DashboardFigures?> LoadAsync(DashboardFilter filter, DashboardDimension dimension, Actor actor, CancellationToken cancellationToken)
    {
        if (!MayRead(actor))
        {
            return null;
        }

        var sharedFor = SharedFor(configuration);
        // Shared only between viewers who see the same administering authorities.
        var key = (nameof(DashboardReader), filter, dimension, clock.Today, string.Join(',', visible.Scope.AuthorityIds));
        if (sharedFor > TimeSpan.Zero && cache.TryGetValue(key, out DashboardFigures? shared) && shared is not null)
        {
            return shared;
        }

        var figures = await queries.LoadAsync(filter, dimension, clock.Today, cancellationToken) with { ReadAt = clock.Now };
        if (sharedFor > TimeSpan.Zero)
        {
            cache.Set(key, figures, sharedFor);
        }

        return figures;
    }

    public async Task<DashboardOptions> OptionsAsync(Actor actor, CancellationToken cancellationToken) =>
        MayRead(actor) ? await queries.FilterOptionsAsync(cancellationToken) : DashboardOptions.None;
}
