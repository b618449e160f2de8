using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Access;

/// <summary>Each role reaches its own pages and is refused every other role's, by direct URL.</summary>
public sealed class RoleAccessTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    /// <summary>Every role-restricted page and the roles it admits.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Pages = new Dictionary<string, string[]>
    {
        ["/enterprise"] = [PortalRoles.Applicant],
        ["/enterprise/profile"] = [PortalRoles.Applicant],
        ["/enterprise/eligibility"] = [PortalRoles.Applicant],
        ["/town"] = [PortalRoles.TownOrPark],
        ["/town/enterprises"] = [PortalRoles.TownOrPark],
        ["/committee"] = [PortalRoles.CommitteeStaff],
        ["/finance"] = [PortalRoles.FinanceStaff],
        ["/expert"] = [PortalRoles.Expert],
        ["/expert/declarations"] = [PortalRoles.Expert],
        ["/admin"] = [PortalRoles.Administrator],
        ["/admin/users"] = [PortalRoles.Administrator],
        ["/admin/calendar"] = [PortalRoles.Administrator],
        ["/admin/mail"] = [PortalRoles.Administrator],
        ["/enterprise/calls"] = [PortalRoles.Applicant],
        ["/enterprise/applications"] = [PortalRoles.Applicant],
        ["/town/applications"] = [PortalRoles.TownOrPark],
        ["/committee/calls"] = [PortalRoles.CommitteeStaff],
        ["/committee/experts"] = [PortalRoles.CommitteeStaff],
        ["/committee/calls/new"] = [PortalRoles.CommitteeStaff],
        ["/committee/applications"] = [PortalRoles.CommitteeStaff],
        ["/committee/applications?stage=Preliminary"] = [PortalRoles.CommitteeStaff],
        ["/dashboard"] = [PortalRoles.CommitteeStaff, PortalRoles.FinanceStaff],
        ["/committee/entitlements"] = [PortalRoles.CommitteeStaff],
        ["/committee/prospects"] = [PortalRoles.CommitteeStaff],
        ["/committee/rule-versions"] = [PortalRoles.CommitteeStaff],
        ["/notifications"] = [.. PortalRoles.All],
        ["/account/password"] = [.. PortalRoles.All],
        ["/account/notifications"] = [.. PortalRoles.All],
        ["/staff/enterprises"] = [PortalRoles.CommitteeStaff, PortalRoles.FinanceStaff, PortalRoles.Administrator],
        ["/finance/batches"] = [PortalRoles.FinanceStaff],
        ["/finance/clawbacks"] = [PortalRoles.FinanceStaff],
        ["/finance/payable"] = [PortalRoles.FinanceStaff],
        ["/finance/payable?year=2026&policy=changning-2024"] = [PortalRoles.FinanceStaff],
        ["/enterprise/awards"] = [PortalRoles.Applicant],
        ["/committee/awards"] = [PortalRoles.CommitteeStaff],
        ["/town/awards"] = [PortalRoles.TownOrPark],
    };

    public static TheoryData<string> Roles => new(PortalRoles.All);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_opens_its_own_pages_and_is_refused_the_others(string role)
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, DemoAccounts.ByRole[role]);
        foreach (var (url, admitted) in Pages)
        {
            var response = await client.Http.GetAsync(url);
            if (admitted.Contains(role))
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} should open {url} but got {(int)response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{role} should be refused {url} but got {(int)response.StatusCode}");
                Assert.StartsWith("/account/access-denied", response.LocationPath(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_for_every_restricted_page()
    {
        using var client = PortalClient.For(fixture.Factory);
        foreach (var url in Pages.Keys)
        {
            var response = await client.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.LocationPath(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_access_denied_page_answers_403_in_Chinese()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, DemoAccounts.ByRole[PortalRoles.Expert]);
        var response = await client.Http.GetAsync("/account/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_town_or_park_sees_its_own_enterprises_and_gets_not_found_for_another_towns()
    {
        var (own, other) = await EnterprisesAsync();
        using var client = await PortalClient.SignedInAsync(fixture.Factory, DemoAccounts.ByRole[PortalRoles.TownOrPark]);

        // The list loads over the circuit, from the use case the page calls; the record pages still answer a GET.
        var town = await Workflow.Demo.ActorAsync(fixture.Factory, DemoAccounts.ByRole[PortalRoles.TownOrPark]);
        var list = (await fixture.Factory.Services.GetRequiredService<ITownOrParkWork>().EnterprisesAsync(town, new PageRequest(PageSize: 100), CancellationToken.None))
            .Items.Select(r => r.Name).ToList();
        Assert.Contains(own.Name, list);
        Assert.DoesNotContain(other.Name, list);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/town/enterprises/{own.Id}")).StatusCode);
        var refused = await client.Http.GetAsync($"/town/enterprises/{other.Id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain(other.Name, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_cannot_read_another_enterprise_through_the_staff_pages()
    {
        var (_, other) = await EnterprisesAsync();
        using var client = await PortalClient.SignedInAsync(fixture.Factory, DemoAccounts.ByRole[PortalRoles.Applicant]);
        var response = await client.Http.GetAsync($"/staff/enterprises/{other.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.LocationPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_sees_only_its_own_enterprise()
    {
        var (own, other) = await EnterprisesAsync();
        using var client = await PortalClient.SignedInAsync(fixture.Factory, DemoAccounts.ByRole[PortalRoles.Applicant]);
        var page = await (await client.Http.GetAsync("/enterprise")).Content.ReadAsStringAsync();
        Assert.Contains(own.Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Name, page, StringComparison.Ordinal);
    }

    /// <summary>The applicant's enterprise (in 新泾镇, the demo town account's town) and the Jinshan one.</summary>
    private async Task<(Domain.Enterprises.Enterprise Own, Domain.Enterprises.Enterprise Other)> EnterprisesAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var applicant = await db.Users.SingleAsync(u => u.Email == DemoAccounts.ByRole[PortalRoles.Applicant]);
        var own = await db.Enterprises.SingleAsync(e => e.Id == applicant.EnterpriseId);
        var other = await db.Enterprises.FirstAsync(e => e.Id != applicant.EnterpriseId && e.TownOrParkId != own.TownOrParkId);
        return (own, other);
    }
}
