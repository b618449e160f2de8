using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Accounts;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>专家库 (IExpertPool, what the pool page calls): staff enrol Expert accounts with specialties and retire them; bad input is refused.</summary>
public sealed class ExpertPoolTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private IExpertPool Pool => fixture.Factory.Services.GetRequiredService<IExpertPool>();

    [Fact]
    public async Task Staff_enrol_an_expert_account_and_retire_it()
    {
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
            var created = await accounts.CreateAsync(new SubsidyPortal.Application.Accounts.CreateStaffAccountInput
            {
                Email = "newexpert@example.cn", DisplayName = "王研究员", Role = PortalRoles.Expert, Password = "Expert#2026x",
                AuthorityIds = [SubsidyPortal.Domain.Policies.AdministeringAuthorities.ChangningId],
            }, CancellationToken.None);
            Assert.True(created.Succeeded, string.Join(";", created.Errors.Select(e => e.Message)));
        }

        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var missing = await Pool.EnrolAsync(new ExpertEnrolment { Email = "newexpert@example.cn", Organisation = "上海大学", Specialties = " " }, staff, CancellationToken.None);
        Assert.Contains("专业领域", Assert.Single(missing.Errors, e => e.Field == "Specialties").Message, StringComparison.Ordinal);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Experts.AnyAsync(e => e.Name == "王研究员")));

        var enrolled = await Pool.EnrolAsync(new ExpertEnrolment { Email = "newexpert@example.cn", Organisation = "上海大学", Specialties = "科技创新、新材料" }, staff, CancellationToken.None);
        Assert.True(enrolled.Succeeded);
        var listed = await Pool.ExpertsAsync(new PageRequest(Search: "王研究员"), includeRetired: false, staff, CancellationToken.None);
        var row = Assert.Single(listed.Items);
        Assert.Equal("newexpert@example.cn", row.Email);
        Assert.Equal(["科技创新", "新材料"], row.Specialties);
        var expert = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.AsNoTracking().SingleAsync(e => e.Name == "王研究员"));
        Assert.Equal(["科技创新", "新材料"], expert.Specialties);

        Assert.True((await Pool.RetireAsync(expert.Id, staff, CancellationToken.None)).Succeeded);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => e.Id == expert.Id).Select(e => e.Active).SingleAsync()));
        Assert.Empty((await Pool.ExpertsAsync(new PageRequest(Search: "王研究员"), includeRetired: false, staff, CancellationToken.None)).Items);
        Assert.False(Assert.Single((await Pool.ExpertsAsync(new PageRequest(Search: "王研究员"), includeRetired: true, staff, CancellationToken.None)).Items).Active);
    }

    [Fact]
    public async Task An_account_that_is_not_an_expert_cannot_be_enrolled()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var result = await Pool.EnrolAsync(new ExpertEnrolment { Email = Demo.Applicant, Organisation = "某单位", Specialties = "科技创新" }, staff, CancellationToken.None);
        Assert.Contains("未找到该专家账号", Assert.Single(result.Errors, e => e.Field == "Email").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pool_is_paged_searched_by_specialty_and_closed_to_other_roles()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, Demo.Staff);
        var firstPage = await Pool.ExpertsAsync(new PageRequest(0, 2), includeRetired: true, staff, CancellationToken.None);
        Assert.Equal(2, firstPage.Items.Count);
        Assert.True(firstPage.Total > 2);
        var inField = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.CountAsync(e => EF.Property<List<string>>(e, "_specialties").Contains("企业管理")));
        Assert.Equal(inField, (await Pool.ExpertsAsync(new PageRequest(Search: "企业管理", PageSize: 100), includeRetired: true, staff, CancellationToken.None)).Total);

        var applicant = await Demo.ActorAsync(fixture.Factory, Demo.Applicant);
        Assert.Empty((await Pool.ExpertsAsync(new PageRequest(), includeRetired: true, applicant, CancellationToken.None)).Items);
        var anyExpert = firstPage.Items[0].Id;
        Assert.False((await Pool.RetireAsync(anyExpert, applicant, CancellationToken.None)).Succeeded);
        Assert.True(await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => e.Id == anyExpert).Select(e => e.Active).SingleAsync()));
    }
}
