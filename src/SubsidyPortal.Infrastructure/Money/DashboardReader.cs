using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Application.Dashboards;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;

namespace SubsidyPortal.Infrastructure.Money;

/// <summary><see cref="IDashboard"/> over <see cref="DashboardQueries"/> (which the export endpoints read too), for
/// committee and finance staff only.</summary>
public sealed class DashboardReader(DashboardQueries queries, IClock clock) : IDashboard
{
    private static bool MayRead(Actor actor) => actor.Role is PortalRoles.CommitteeStaff or PortalRoles.FinanceStaff;

    public async Task<DashboardFigures?> LoadAsync(DashboardFilter filter, DashboardDimension dimension, Actor actor, CancellationToken cancellationToken) =>
        MayRead(actor) ? await queries.LoadAsync(filter, dimension, clock.Today, cancellationToken) : null;

    public async Task<DashboardOptions> OptionsAsync(Actor actor, CancellationToken cancellationToken) =>
        MayRead(actor) ? await queries.FilterOptionsAsync(cancellationToken) : DashboardOptions.None;
}
