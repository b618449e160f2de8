using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Calendar;

/// <summary>
/// An Administrator keeps the working-day calendar at /admin/calendar. Each test works in a year of its own, so
/// the tests do not see each other's days.
/// </summary>
public sealed class CalendarPageTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string Admin = "admin@demo.local";
    private const string Notice = "国务院办公厅关于部分节假日安排的通知（测试）";

    [Fact]
    public async Task An_administrator_sees_a_seeded_years_days_and_that_it_is_maintained()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        var page = await admin.GetPageAsync("/admin/calendar?year=2026");
        Assert.Contains("已维护", page.QuerySelector("[data-testid=year-status]")!.TextContent, StringComparison.Ordinal);
        var makeUp = page.QuerySelector("tr[data-date='2026-02-14']")!.TextContent;
        Assert.Contains("调休上班", makeUp, StringComparison.Ordinal);
        Assert.Contains("星期六", makeUp, StringComparison.Ordinal);
        Assert.Contains("春节调休上班", makeUp, StringComparison.Ordinal);
        Assert.Equal(SeededDayCount(2026), page.QuerySelectorAll("[data-testid=calendar-days] tbody tr").Length);
    }

    [Fact]
    public async Task An_administrator_adds_a_day_to_a_new_year_and_removes_it_again()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        var added = await admin.SubmitAsync("/admin/calendar?year=2027", "add-day", DayFields("2027-01-01", "PublicHoliday", "元旦"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/admin/calendar?year=2027&added=2027-01-01", added.LocationPath());

        var page = await admin.GetPageAsync(added.LocationPath());
        Assert.Contains("已添加 2027-01-01", page.QuerySelector("[data-testid=calendar-done]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("元旦", page.QuerySelector("tr[data-date='2027-01-01']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("未维护", page.QuerySelector("[data-testid=year-status]")!.TextContent, StringComparison.Ordinal);
        var year = await FindYearAsync(2027);
        Assert.False(year!.Maintained);

        var removed = await admin.SubmitAsync("/admin/calendar?year=2027", "remove-day", new Dictionary<string, string> { ["RemoveDate"] = "2027-01-01" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("/admin/calendar?year=2027&removed=2027-01-01", removed.LocationPath());
        Assert.Null(await FindDayAsync(new DateOnly(2027, 1, 1)));
        Assert.NotNull(await FindYearAsync(2027));
    }

    [Fact]
    public async Task A_make_up_working_day_on_a_weekday_is_refused_in_Chinese_keeping_the_input_and_saving_nothing()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        // 2028-01-04 is a Tuesday.
        var response = await admin.SubmitAsync("/admin/calendar?year=2028", "add-day", DayFields("2028-01-04", "MakeUpWorkingDay", "元旦调休上班"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("须为星期六或星期日", page.QuerySelector("#f-Kind-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("须为星期六或星期日", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("元旦调休上班", page.QuerySelector("#f-NameZh")!.GetAttribute("value"));
        Assert.Equal("2028-01-04", page.QuerySelector("#f-Date")!.GetAttribute("value"));
        Assert.Null(await FindDayAsync(new DateOnly(2028, 1, 4)));
        Assert.Null(await FindYearAsync(2028));
    }

    [Fact]
    public async Task Every_missing_field_is_named_in_Chinese_beside_it()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        var response = await admin.SubmitAsync("/admin/calendar?year=2026", "add-day", new Dictionary<string, string>
        {
            ["AddInput.Date"] = string.Empty, ["AddInput.Kind"] = string.Empty, ["AddInput.NameZh"] = " ", ["AddInput.Source"] = string.Empty,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("请选择日期", page.QuerySelector("#f-Date-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请选择类型", page.QuerySelector("#f-Kind-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写名称", page.QuerySelector("#f-NameZh-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("请填写依据", page.QuerySelector("#f-Source-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_already_entered_is_refused_and_the_entry_is_left_as_it_was()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        var response = await admin.SubmitAsync("/admin/calendar?year=2026", "add-day", DayFields("2026-02-14", "MakeUpWorkingDay", "改名"));
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("该日期已登记", page.QuerySelector("#f-Date-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("春节调休上班", (await FindDayAsync(new DateOnly(2026, 2, 14)))!.NameZh);
    }

    [Fact]
    public async Task Messages_come_in_English_for_a_user_who_chose_English()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        await admin.Http.GetAsync("/culture/en?returnUrl=%2F");
        var response = await admin.SubmitAsync("/admin/calendar?year=2030", "add-day", DayFields("2030-01-01", "MakeUpWorkingDay", "元旦调休上班"));
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("falls on a Saturday or Sunday", page.QuerySelector("#f-Kind-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await FindDayAsync(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public async Task Marking_a_year_maintained_records_who_and_lets_its_working_days_be_counted()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        Assert.Equal(HttpStatusCode.Redirect,
            (await admin.SubmitAsync("/admin/calendar?year=2029", "add-day", DayFields("2029-01-01", "PublicHoliday", "元旦"))).StatusCode);
        var response = await admin.SubmitAsync("/admin/calendar?year=2029", "mark-year", new Dictionary<string, string>
        {
            ["MarkInput.ScheduleSource"] = Notice,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/calendar?year=2029&maintained=true", response.LocationPath());

        var year = await FindYearAsync(2029);
        Assert.True(year!.Maintained);
        Assert.Equal(Notice, year.Source);
        Assert.Equal(Admin, year.MaintainedBy);
        var page = await admin.GetPageAsync(response.LocationPath());
        Assert.Contains("已维护", page.QuerySelector("[data-testid=year-status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_with_no_days_entered_cannot_be_marked_maintained()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        var response = await admin.SubmitAsync("/admin/calendar?year=2035", "mark-year", new Dictionary<string, string>
        {
            ["MarkInput.ScheduleSource"] = Notice,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("2035 年尚未登记任何", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await FindYearAsync(2035));
    }

    [Fact]
    public async Task Committee_staff_cannot_post_the_calendar_forms()
    {
        using var staff = await PortalClient.SignedInAsync(fixture.Factory, "staff@demo.local");
        // The staff member's own token, from the sign-out form of a static page (work-area pages render theirs in a menu).
        var token = (await staff.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await staff.Http.PostAsync("/admin/calendar", new FormUrlEncodedContent(
        [
            new("_handler", "add-day"), new("__RequestVerificationToken", token),
            new("AddInput.Date", "2031-01-01"), new("AddInput.Kind", "PublicHoliday"), new("AddInput.NameZh", "元旦"), new("AddInput.Source", Notice),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.LocationPath(), StringComparison.Ordinal);
        Assert.Null(await FindDayAsync(new DateOnly(2031, 1, 1)));

        var removal = await staff.Http.PostAsync("/admin/calendar", new FormUrlEncodedContent(
        [
            new("_handler", "remove-day"), new("__RequestVerificationToken", token), new("RemoveDate", "2026-02-14"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, removal.StatusCode);
        Assert.NotNull(await FindDayAsync(new DateOnly(2026, 2, 14)));
    }

    [Fact]
    public async Task A_removal_without_the_pages_token_is_refused()
    {
        using var admin = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        var response = await admin.Http.PostAsync("/admin/calendar", new FormUrlEncodedContent(
        [
            new("_handler", "remove-day"), new("RemoveDate", "2026-02-28"),
        ]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await FindDayAsync(new DateOnly(2026, 2, 28)));
    }

    private static Dictionary<string, string> DayFields(string date, string kind, string name) => new()
    {
        ["AddInput.Date"] = date,
        ["AddInput.Kind"] = kind,
        ["AddInput.NameZh"] = name,
        ["AddInput.Source"] = Notice,
    };

    private static int SeededDayCount(int year) =>
        Infrastructure.Seeding.PublicHolidaySchedule.Arrangements.Where(a => a.Year == year).Sum(a => a.ToCalendarDays().Count());

    private async Task<CalendarDay?> FindDayAsync(DateOnly date)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CalendarDays.AsNoTracking().SingleOrDefaultAsync(d => d.Date == date);
    }

    private async Task<CalendarYear?> FindYearAsync(int year)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year);
    }
}
