using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Enterprises;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Enterprises;

/// <summary>
/// Applicants edit their own profile through <see cref="IEnterpriseProfileEditor"/> (what the interactive page calls):
/// bad input is refused whole, beside its field, and stale forms are detected. The page itself is pinned in the
/// browser journey.
/// </summary>
public sealed class EnterpriseProfileTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Applicant = "applicant2@demo.local";

    private IEnterpriseProfileEditor Profiles => fixture.Factory.Services.GetRequiredService<IEnterpriseProfileEditor>();

    [Fact]
    public async Task Saving_the_profile_records_the_facts_and_the_years_figures()
    {
        var actor = await Demo.ActorAsync(fixture.Factory, Applicant);
        var lastYear = DateTime.UtcNow.Year - 1;
        var input = (await Profiles.LoadAsync(actor, CancellationToken.None))!.Input;
        input.Industry = Industry.NewMaterials;
        input.TaxDistrict = District.Jinshan;
        var row = input.AnnualFigures.Single(f => f.Year == lastYear);
        row.OperatingRevenue = 123_456_789.12m;
        row.ResearchExpenditure = 9_876_543.21m;
        row.EmployeeCount = 150;
        row.ResearchStaffCount = 60;
        row.NetProfit = -1_250_000.35m;
        input.Size = EnterpriseSize.Small;
        row.TotalAssets = 80_000_000m;
        row.TotalLiabilities = 56_000_000.01m;

        var result = await Profiles.SaveAsync(actor, input, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Applicant);
        var figures = await db.AnnualFigures.SingleAsync(f => f.EnterpriseId == user.EnterpriseId && f.Year == lastYear);
        Assert.Equal(123_456_789.12m, figures.OperatingRevenue);
        Assert.Equal(60, figures.ResearchStaffCount);
        // The optional figures: a loss stays negative, to the fen.
        Assert.Equal((-1_250_000.35m, 80_000_000m, 56_000_000.01m), (figures.NetProfit, figures.TotalAssets, figures.TotalLiabilities));
        var reloaded = (await Profiles.LoadAsync(actor, CancellationToken.None))!.Input.AnnualFigures.Single(f => f.Year == lastYear);
        Assert.Equal((-1_250_000.35m, 80_000_000m, 56_000_000.01m), (reloaded.NetProfit, reloaded.TotalAssets, reloaded.TotalLiabilities));
        var enterprise = await db.Enterprises.SingleAsync(e => e.Id == user.EnterpriseId);
        Assert.Equal(Industry.NewMaterials, enterprise.Industry);
        Assert.Equal(District.Jinshan, enterprise.TaxDistrict);
        Assert.Equal(EnterpriseSize.Small, enterprise.Size);
    }

    [Theory]
    [InlineData(nameof(EnterpriseProfileInput.Industry))]
    [InlineData(nameof(EnterpriseProfileInput.RegisteredDistrict))]
    [InlineData(nameof(EnterpriseProfileInput.TaxDistrict))]
    [InlineData(nameof(EnterpriseProfileInput.SettlementDistrict))]
    [InlineData(nameof(EnterpriseProfileInput.TechLittleGiant))]
    [InlineData(nameof(EnterpriseProfileInput.Size))]
    [InlineData(nameof(EnterpriseProfileInput.Arrival))]
    public async Task A_choice_outside_its_list_is_refused_beside_its_field_and_the_row_is_unchanged(string field)
    {
        using var chinese = new UiCulture("zh-CN");
        var actor = await Demo.ActorAsync(fixture.Factory, Applicant);
        var before = await EnterpriseRowAsync();
        var input = (await Profiles.LoadAsync(actor, CancellationToken.None))!.Input;
        input.ContactPerson = "改过的联系人";   // a change that must not be saved with the bad value
        switch (field)
        {
            case nameof(EnterpriseProfileInput.Industry): input.Industry = (Industry)999; break;
            case nameof(EnterpriseProfileInput.RegisteredDistrict): input.RegisteredDistrict = (District)999; break;
            case nameof(EnterpriseProfileInput.TaxDistrict): input.TaxDistrict = (District)999; break;
            case nameof(EnterpriseProfileInput.SettlementDistrict): input.SettlementDistrict = (District)999; break;
            case nameof(EnterpriseProfileInput.Size): input.Size = (EnterpriseSize)999; break;
            case nameof(EnterpriseProfileInput.Arrival): input.Arrival = (DistrictArrival)999; break;
            default: input.TechLittleGiant = (TechLittleGiantStatus)999; break;
        }

        var result = await Profiles.SaveAsync(actor, input, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("请从列表中选择", ByField(result)[field], StringComparison.Ordinal);
        Assert.Equal(before, await EnterpriseRowAsync());
    }

    [Theory]
    [InlineData(nameof(EnterpriseProfileInput.EstablishedOn), "0001-01-01", "不能早于 1900-01-01")]
    [InlineData(nameof(EnterpriseProfileInput.EstablishedOn), "1899-12-31", "不能早于 1900-01-01")]
    [InlineData(nameof(EnterpriseProfileInput.EstablishedOn), "tomorrow", "不能晚于今天")]
    [InlineData(nameof(EnterpriseProfileInput.HighTechFirstCertifiedOn), "0025-06-01", "不能早于 1900-01-01")]
    [InlineData(nameof(EnterpriseProfileInput.HighTechFirstCertifiedOn), "tomorrow", "不能晚于今天")]
    [InlineData(nameof(EnterpriseProfileInput.HighTechLatestCertifiedOn), "1899-12-31", "不能早于 1900-01-01")]
    [InlineData(nameof(EnterpriseProfileInput.HighTechLatestCertifiedOn), "tomorrow", "不能晚于今天")]
    [InlineData(nameof(EnterpriseProfileInput.HighTechLatestCertifiedOn), "before-first", "不能早于首次认定日期")]
    public async Task A_date_outside_its_allowed_days_is_refused_beside_its_field_and_nothing_is_saved(string field, string day, string expected)
    {
        // The form's date fields read text strictly (DateField: 2026-02-30 or "yesterday" never reaches the save); the
        // use case takes days, and refuses those no field may hold.
        using var chinese = new UiCulture("zh-CN");
        var actor = await Demo.ActorAsync(fixture.Factory, Applicant);
        var before = (await EnterpriseRowAsync(), await AnnualFiguresAsync());
        var form = (await Profiles.LoadAsync(actor, CancellationToken.None))!;
        var input = form.Input;
        // Changes that must not be saved with the bad date; no renewal date, so only the bad date is in question.
        input.ContactPerson = "改过的联系人";
        input.HighTechFirstCertifiedOn = new DateOnly(2020, 10, 1);
        input.HighTechLatestCertifiedOn = null;
        var value = day switch
        {
            "tomorrow" => form.Today.AddDays(1),
            "before-first" => new DateOnly(2020, 9, 30),
            _ => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        switch (field)
        {
            case nameof(EnterpriseProfileInput.EstablishedOn): input.EstablishedOn = value; break;
            case nameof(EnterpriseProfileInput.HighTechFirstCertifiedOn): input.HighTechFirstCertifiedOn = value; break;
            default: input.HighTechLatestCertifiedOn = value; break;
        }

        var result = await Profiles.SaveAsync(actor, input, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal([field], result.Errors.Select(e => e.Field).Distinct());
        Assert.Contains(expected, ByField(result)[field], StringComparison.Ordinal);
        Assert.Equal(before, (await EnterpriseRowAsync(), await AnnualFiguresAsync()));
    }

    private async Task<string> AnnualFiguresAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Applicant);
        return await db.Database.SqlQuery<string>(
            $"SELECT coalesce(string_agg(row_to_json(f)::text, ',' ORDER BY f.year), '') AS \"Value\" FROM enterprise_annual_figures f WHERE f.enterprise_id = {user.EnterpriseId}").SingleAsync();
    }

    // The whole row as text: any column the failed save touched would show.
    private async Task<string> EnterpriseRowAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Applicant);
        return await db.Database.SqlQuery<string>($"SELECT row_to_json(e)::text AS \"Value\" FROM enterprises e WHERE e.id = {user.EnterpriseId}").SingleAsync();
    }

    [Fact]
    public async Task A_move_into_the_district_is_saved_with_its_date_and_refused_without_one()
    {
        using var chinese = new UiCulture("zh-CN");
        var actor = await Demo.ActorAsync(fixture.Factory, Applicant);
        var before = await EnterpriseRowAsync();
        var input = (await Profiles.LoadAsync(actor, CancellationToken.None))!.Input;
        var established = input.EstablishedOn;
        input.EstablishedOn = new DateOnly(2015, 3, 1);
        input.Arrival = DistrictArrival.MovedIn;
        input.MovedInOn = null;

        var missing = await Profiles.SaveAsync(actor, input, CancellationToken.None);
        Assert.Contains("请填写迁入本区的日期", ByField(missing)[nameof(EnterpriseProfileInput.MovedInOn)], StringComparison.Ordinal);
        input.MovedInOn = new DateOnly(2015, 2, 28);
        var early = await Profiles.SaveAsync(actor, input, CancellationToken.None);
        Assert.Contains("不能早于成立日期", ByField(early)[nameof(EnterpriseProfileInput.MovedInOn)], StringComparison.Ordinal);
        Assert.Equal(before, await EnterpriseRowAsync());

        input.MovedInOn = new DateOnly(2024, 6, 1);
        Assert.True((await Profiles.SaveAsync(actor, input, CancellationToken.None)).Succeeded);
        var saved = (await Profiles.LoadAsync(actor, CancellationToken.None))!.Input;
        Assert.Equal((DistrictArrival.MovedIn, new DateOnly(2024, 6, 1)), (saved.Arrival!.Value, saved.MovedInOn!.Value));

        // Back as it was, for the other tests of this enterprise.
        saved.Arrival = null;
        saved.MovedInOn = null;
        saved.EstablishedOn = established;
        Assert.True((await Profiles.SaveAsync(actor, saved, CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task Bad_figures_are_refused_beside_their_fields_and_nothing_is_saved()
    {
        using var chinese = new UiCulture("zh-CN");
        var actor = await Demo.ActorAsync(fixture.Factory, Applicant);
        var before = await RevenueAsync();
        var input = (await Profiles.LoadAsync(actor, CancellationToken.None))!.Input;
        input.Name = "上海金山示范新材料有限公司（改名）";
        input.AnnualFigures[0].OperatingRevenue = 100.005m;
        input.AnnualFigures[0].ResearchExpenditure = -1m;
        input.AnnualFigures[0].EmployeeCount = 10;
        input.AnnualFigures[0].ResearchStaffCount = 11;
        input.AnnualFigures[0].TotalAssets = -5m;
        input.AnnualFigures[0].NetProfit = -0.001m;
        input.AnnualFigures[1].OperatingRevenue = null;
        input.AnnualFigures[1].TotalLiabilities = 1_000m;
        input.ContactPhone = "12345";

        var result = await Profiles.SaveAsync(actor, input, CancellationToken.None);

        Assert.False(result.Succeeded);
        var errors = ByField(result);
        Assert.Contains("两位小数", errors["AnnualFigures[0].OperatingRevenue"], StringComparison.Ordinal);
        Assert.Contains("不能为负数", errors["AnnualFigures[0].ResearchExpenditure"], StringComparison.Ordinal);
        Assert.Contains("不能多于职工总数", errors["AnnualFigures[0].ResearchStaffCount"], StringComparison.Ordinal);
        Assert.Contains("不能为负数", errors["AnnualFigures[0].TotalAssets"], StringComparison.Ordinal);
        Assert.Contains("两位小数", errors["AnnualFigures[0].NetProfit"], StringComparison.Ordinal);
        // Liabilities without the revenue do not make a year: the four required figures are asked for.
        Assert.Contains("营业收入、研发投入、职工总数和研发人员数", errors["AnnualFigures[1].OperatingRevenue"], StringComparison.Ordinal);
        Assert.Contains("有效的手机号码", errors[nameof(EnterpriseProfileInput.ContactPhone)], StringComparison.Ordinal);
        // What was typed stays in the form to be corrected.
        Assert.Equal(100.005m, input.AnnualFigures[0].OperatingRevenue);
        Assert.Equal("上海金山示范新材料有限公司（改名）", input.Name);
        Assert.Equal(before, await RevenueAsync());
        Assert.Equal("上海金山示范新材料有限公司", await NameAsync());
    }

    [Fact]
    public async Task A_form_read_before_someone_else_saved_is_refused_with_an_explanation()
    {
        using var chinese = new UiCulture("zh-CN");
        var actor = await Demo.ActorAsync(fixture.Factory, Applicant);
        var stale = (await Profiles.LoadAsync(actor, CancellationToken.None))!.Input;

        // Someone else saves in between.
        var other = (await Profiles.LoadAsync(actor, CancellationToken.None))!.Input;
        other.ContactPerson = "另一位联系人";
        Assert.True((await Profiles.SaveAsync(actor, other, CancellationToken.None)).Succeeded);

        stale.ContactPerson = "迟到的修改";
        var result = await Profiles.SaveAsync(actor, stale, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == string.Empty && e.Message.Contains("已被其他人修改", StringComparison.Ordinal));
        Assert.Equal("迟到的修改", stale.ContactPerson);
        await using var check = fixture.Factory.Services.CreateAsyncScope();
        var contact = await check.ServiceProvider.GetRequiredService<PortalDbContext>().Enterprises
            .Where(e => e.Name.StartsWith("上海金山示范")).Select(e => e.ContactPerson).SingleAsync();
        Assert.Equal("另一位联系人", contact);
    }

    [Fact]
    public async Task A_town_outside_the_registered_district_is_refused_beside_the_town_and_nothing_is_saved()
    {
        using var chinese = new UiCulture("zh-CN");
        var actor = await Demo.ActorAsync(fixture.Factory, Applicant);
        var form = (await Profiles.LoadAsync(actor, CancellationToken.None))!;
        var townBefore = form.Input.TownOrParkId;
        // The demo enterprise is registered in Jinshan; 新泾镇 lies in Changning.
        form.Input.TownOrParkId = form.Towns.Single(t => t.Name == "新泾镇").Id;
        form.Input.ContactPerson = "不应保存";

        var result = await Profiles.SaveAsync(actor, form.Input, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("不在注册地所在区", ByField(result)[nameof(EnterpriseProfileInput.TownOrParkId)], StringComparison.Ordinal);
        var saved = await EnterpriseAsync();
        Assert.Equal(townBefore, saved.TownOrParkId);
        Assert.NotEqual("不应保存", saved.ContactPerson);
    }

    [Fact]
    public async Task The_form_offers_the_last_three_years_and_every_town_with_its_district()
    {
        var actor = await Demo.ActorAsync(fixture.Factory, Applicant);
        var form = (await Profiles.LoadAsync(actor, CancellationToken.None))!;
        var lastYear = form.Today.Year - 1;
        Assert.Equal([lastYear, lastYear - 1, lastYear - 2], form.Input.AnnualFigures.Select(f => f.Year).Take(3));
        Assert.Contains(form.Towns, t => t.Name == "朱泾镇" && t.District == District.Jinshan);
        // The page validates with the same rules the save runs.
        form.Input.TownOrParkId = form.Towns.Single(t => t.Name == "新泾镇").Id;
        Assert.Contains(form.CreateValidator().Validate(form.Input).Errors, e => e.PropertyName == nameof(EnterpriseProfileInput.TownOrParkId));
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

        // Nor can the use case be made to load or save some enterprise's profile for them.
        var actor = await Demo.ActorAsync(fixture.Factory, "staff@demo.local");
        Assert.Null(await Profiles.LoadAsync(actor, CancellationToken.None));
        Assert.False((await Profiles.SaveAsync(actor, new EnterpriseProfileInput(), CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task The_prerendered_page_shows_the_applicants_own_profile()
    {
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Applicant);
        var page = await client.GetPageAsync("/enterprise/profile");
        Assert.Equal(await NameAsync(), ((IHtmlInputElement)page.QuerySelector("#f-Name")!).Value);
    }

    private static Dictionary<string, string> ByField(CommandResult result) =>
        result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)));

    private async Task<decimal?> RevenueAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Applicant);
        return await db.AnnualFigures.Where(f => f.EnterpriseId == user.EnterpriseId).OrderByDescending(f => f.Year)
            .Select(f => (decimal?)f.OperatingRevenue).FirstOrDefaultAsync();
    }

    private async Task<string> NameAsync() => (await EnterpriseAsync()).Name;

    private async Task<Enterprise> EnterpriseAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == Applicant);
        return await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == user.EnterpriseId);
    }
}

/// <summary>Runs a test in a UI language, so the messages it checks are those a Chinese user reads.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
