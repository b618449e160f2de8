using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Infrastructure.Enterprises;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Enterprises;

/// <summary>Applicants edit their own profile; bad input is refused whole and stale forms are detected.</summary>
public sealed class EnterpriseProfileTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Applicant = "applicant2@demo.local";

    [Fact]
    public async Task Saving_the_profile_records_the_facts_and_the_years_figures()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Applicant);
        var lastYear = DateTime.UtcNow.Year - 1;
        var response = await client.SubmitAsync("/enterprise/profile", "profile", new Dictionary<string, string>
        {
            ["Input.Industry"] = "NewMaterials",
            ["Input.TaxDistrict"] = "Jinshan",
            ["Input.AnnualFigures[0].Year"] = lastYear.ToString(),
            ["Input.AnnualFigures[0].OperatingRevenue"] = "123456789.12",
            ["Input.AnnualFigures[0].ResearchExpenditure"] = "9876543.21",
            ["Input.AnnualFigures[0].EmployeeCount"] = "150",
            ["Input.AnnualFigures[0].ResearchStaffCount"] = "60",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/enterprise/profile?saved=true", response.LocationPath());
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Applicant);
        var figures = await db.AnnualFigures.SingleAsync(f => f.EnterpriseId == user.EnterpriseId && f.Year == lastYear);
        Assert.Equal(123_456_789.12m, figures.OperatingRevenue);
        Assert.Equal(60, figures.ResearchStaffCount);
    }

    [Fact]
    public async Task Bad_figures_are_refused_beside_their_fields_and_nothing_is_saved()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Applicant);
        var before = await RevenueAsync();
        var response = await client.SubmitAsync("/enterprise/profile", "profile", new Dictionary<string, string>
        {
            ["Input.Name"] = "上海金山示范新材料有限公司（改名）",
            ["Input.AnnualFigures[0].OperatingRevenue"] = "100.005",
            ["Input.AnnualFigures[0].ResearchExpenditure"] = "-1",
            ["Input.AnnualFigures[0].EmployeeCount"] = "10",
            ["Input.AnnualFigures[0].ResearchStaffCount"] = "11",
            ["Input.ContactPhone"] = "12345",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("两位小数", page.QuerySelector("#f-AnnualFigures-0-OperatingRevenue-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("不能为负数", page.QuerySelector("#f-AnnualFigures-0-ResearchExpenditure-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("不能多于职工总数", page.QuerySelector("#f-AnnualFigures-0-ResearchStaffCount-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("有效的手机号码", page.QuerySelector("#f-ContactPhone-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("100.005", ((IHtmlInputElement)page.QuerySelector("#f-AnnualFigures-0-OperatingRevenue")!).Value);
        Assert.Equal("上海金山示范新材料有限公司（改名）", ((IHtmlInputElement)page.QuerySelector("#f-Name")!).Value);
        Assert.Equal(before, await RevenueAsync());
        Assert.Equal("上海金山示范新材料有限公司", await NameAsync());
    }

    [Fact]
    public async Task A_form_read_before_someone_else_saved_is_refused_with_an_explanation()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Applicant);
        var stale = await client.GetPageAsync("/enterprise/profile");
        var staleVersion = ((IHtmlInputElement)stale.QuerySelector("input[name='Input.Version']")!).Value;

        // Someone else saves in between.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var profiles = scope.ServiceProvider.GetRequiredService<EnterpriseProfileService>();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var enterpriseId = (await db.Users.SingleAsync(u => u.Email == Applicant)).EnterpriseId!.Value;
            var input = (await profiles.LoadAsync(enterpriseId, CancellationToken.None))!;
            input.ContactPerson = "另一位联系人";
            Assert.True((await profiles.SaveAsync(enterpriseId, input, CancellationToken.None)).Succeeded);
        }

        var response = await client.SubmitAsync("/enterprise/profile", "profile", new Dictionary<string, string>
        {
            ["Input.Version"] = staleVersion,
            ["Input.ContactPerson"] = "迟到的修改",
        });
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("已被其他人修改", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("迟到的修改", ((IHtmlInputElement)page.QuerySelector("#f-ContactPerson")!).Value);
        await using var check = fixture.Factory.Services.CreateAsyncScope();
        var contact = await check.ServiceProvider.GetRequiredService<PortalDbContext>().Enterprises
            .Where(e => e.Name.StartsWith("上海金山示范")).Select(e => e.ContactPerson).SingleAsync();
        Assert.Equal("另一位联系人", contact);
    }

    [Fact]
    public async Task Committee_staff_read_the_profile_but_cannot_post_to_the_applicants_form()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, "staff@demo.local");
        var response = await staff.Http.GetAsync("/enterprise/profile");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync("/staff/enterprises")).StatusCode);
        // The directory's rows load over the circuit from IEnterpriseDirectory.PageAsync (pinned in CommitteeMoneyJourneyTests).
        var directory = fixture.Factory.Services.GetRequiredService<SubsidyPortal.Application.Reference.IEnterpriseDirectory>();
        var list = await directory.PageAsync(null, new SubsidyPortal.Application.Common.PageRequest(PageSize: 100), CancellationToken.None);
        Assert.Contains(list.Items, r => r.Name == "上海金山示范新材料有限公司");
    }

    private async Task<decimal?> RevenueAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Applicant);
        return await db.AnnualFigures.Where(f => f.EnterpriseId == user.EnterpriseId).OrderByDescending(f => f.Year)
            .Select(f => (decimal?)f.OperatingRevenue).FirstOrDefaultAsync();
    }

    private async Task<string> NameAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Applicant);
        return await db.Enterprises.Where(e => e.Id == user.EnterpriseId).Select(e => e.Name).SingleAsync();
    }
}
