using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using SubsidyPortal.Web;

namespace SubsidyPortal.IntegrationTests.Access;

/// <summary>Deny by default: every routable page names who may use it ([Authorize] or [AllowAnonymous]).</summary>
public sealed class EveryPageStatesWhoMayUseItTests
{
    [Fact]
    public void Every_routable_page_carries_an_authorization_attribute()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .ToList();
        Assert.NotEmpty(pages);
        var silent = pages
            .Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is null && t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(silent);
    }

    [Fact]
    public void Every_restricted_page_is_covered_by_the_role_access_matrix()
    {
        var restricted = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttribute<AuthorizeAttribute>() is not null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Where(template => !template.Contains('{', StringComparison.Ordinal))
            .ToList();
        Assert.All(restricted, template => Assert.Contains(template, RoleAccessTests.Pages.Keys));
    }
}
