using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Infrastructure.Accounts;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Workflow;

/// <summary>专家库: staff enrol Expert accounts with specialties and retire them; bad input is refused.</summary>
public sealed class ExpertPoolTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Staff_enrol_an_expert_account_and_retire_it()
    {
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
            var created = await accounts.CreateAsync(new SubsidyPortal.Application.Accounts.CreateStaffAccountInput
            {
                Email = "newexpert@example.cn", DisplayName = "王研究员", Role = PortalRoles.Expert, Password = "Expert#2026x",
            }, CancellationToken.None);
            Assert.True(created.Succeeded, string.Join(";", created.Errors.Select(e => e.Message)));
        }

        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var missing = await PortalClient.ParseAsync(await staff.SubmitAsync("/committee/experts", "enrol", new Dictionary<string, string>
        {
            ["Input.Email"] = "newexpert@example.cn", ["Input.Organisation"] = "上海大学", ["Input.Specialties"] = " ",
        }));
        Assert.Contains("专业领域", missing.QuerySelector("#f-Specialties-error")!.TextContent, StringComparison.Ordinal);

        var page = await PortalClient.ParseAsync(await staff.SubmitAsync("/committee/experts", "enrol", new Dictionary<string, string>
        {
            ["Input.Email"] = "newexpert@example.cn", ["Input.Organisation"] = "上海大学", ["Input.Specialties"] = "科技创新、新材料",
        }));
        Assert.Contains("王研究员", page.QuerySelector("[data-testid=experts]")!.TextContent, StringComparison.Ordinal);
        var expert = await Demo.WithDbAsync(fixture.Factory, db => db.Experts.AsNoTracking().SingleAsync(e => e.Name == "王研究员"));
        Assert.Equal(["科技创新", "新材料"], expert.Specialties);

        await staff.SubmitAsync("/committee/experts", $"retire-{expert.Id:N}", new Dictionary<string, string>());
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Experts.Where(e => e.Id == expert.Id).Select(e => e.Active).SingleAsync()));
    }

    [Fact]
    public async Task An_account_that_is_not_an_expert_cannot_be_enrolled()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        var page = await PortalClient.ParseAsync(await staff.SubmitAsync("/committee/experts", "enrol", new Dictionary<string, string>
        {
            ["Input.Email"] = Demo.Applicant, ["Input.Organisation"] = "某单位", ["Input.Specialties"] = "科技创新",
        }));
        Assert.Contains("未找到该专家账号", page.QuerySelector("#f-Email-error")!.TextContent, StringComparison.Ordinal);
    }
}
