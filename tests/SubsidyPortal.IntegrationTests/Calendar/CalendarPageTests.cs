using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Calendar;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Calendar;
using SubsidyPortal.Infrastructure.Calendar;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Calendar;

/// <summary>
/// An Administrator keeps the working-day calendar at /admin/calendar (through <see cref="ICalendarAdministration"/>;
/// the page itself is pinned in AdministratorJourneyTests). Each test works in a year of its own, so the tests do not
/// see each other's days.
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
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var admin = await AdminAsync();
        var added = await Calendar.AddDayAsync(DayInput("2027-01-01", CalendarDayKind.PublicHoliday, "元旦"), admin, CancellationToken.None);
        Assert.True(added.Succeeded);

        // The page (prerendered for a plain GET) shows the day and that the year is not maintained yet.
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        var page = await client.GetPageAsync("/admin/calendar?year=2027");
        Assert.Contains("元旦", page.QuerySelector("tr[data-date='2027-01-01']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("未维护", page.QuerySelector("[data-testid=year-status]")!.TextContent, StringComparison.Ordinal);
        var year = await FindYearAsync(2027);
        Assert.False(year!.Maintained);
        var view = await Calendar.YearAsync(2027, CancellationToken.None);
        Assert.False(view.Maintained);
        Assert.Equal(new DateOnly(2027, 1, 1), Assert.Single(view.Days).Date);

        var removed = await Calendar.RemoveDayAsync(new DateOnly(2027, 1, 1), admin, CancellationToken.None);
        Assert.True(removed.Succeeded);
        Assert.Null(await FindDayAsync(new DateOnly(2027, 1, 1)));
        Assert.NotNull(await FindYearAsync(2027));
        // A day no longer there is said so, not an error page.
        Assert.Contains("该日期未登记", Assert.Single((await Calendar.RemoveDayAsync(new DateOnly(2027, 1, 1), admin, CancellationToken.None)).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_make_up_working_day_on_a_weekday_is_refused_in_Chinese_keeping_the_input_and_saving_nothing()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        // 2028-01-04 is a Tuesday.
        var input = DayInput("2028-01-04", CalendarDayKind.MakeUpWorkingDay, "元旦调休上班");
        var result = await Calendar.AddDayAsync(input, await AdminAsync(), CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains("须为星期六或星期日", Assert.Single(result.Errors, e => e.Field == nameof(AddCalendarDayInput.Kind)).Message, StringComparison.Ordinal);
        // The form keeps what was typed (pinned in AdministratorJourneyTests); the input itself is untouched.
        Assert.Equal("元旦调休上班", input.NameZh);
        Assert.Equal(new DateOnly(2028, 1, 4), input.Date);
        Assert.Null(await FindDayAsync(new DateOnly(2028, 1, 4)));
        Assert.Null(await FindYearAsync(2028));
    }

    [Fact]
    public async Task Every_missing_field_is_named_in_Chinese_beside_it()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var result = await Calendar.AddDayAsync(new AddCalendarDayInput { NameZh = " ", Source = string.Empty }, await AdminAsync(), CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains("请选择日期", Message(result, nameof(AddCalendarDayInput.Date)), StringComparison.Ordinal);
        Assert.Contains("请选择类型", Message(result, nameof(AddCalendarDayInput.Kind)), StringComparison.Ordinal);
        Assert.Contains("请填写名称", Message(result, nameof(AddCalendarDayInput.NameZh)), StringComparison.Ordinal);
        Assert.Contains("请填写依据", Message(result, nameof(AddCalendarDayInput.Source)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_already_entered_is_refused_and_the_entry_is_left_as_it_was()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var result = await Calendar.AddDayAsync(DayInput("2026-02-14", CalendarDayKind.MakeUpWorkingDay, "改名"), await AdminAsync(), CancellationToken.None);
        Assert.Contains("该日期已登记", Message(result, nameof(AddCalendarDayInput.Date)), StringComparison.Ordinal);
        Assert.Equal("春节调休上班", (await FindDayAsync(new DateOnly(2026, 2, 14)))!.NameZh);
    }

    [Fact]
    public async Task Messages_come_in_English_for_a_user_who_chose_English()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        var result = await Calendar.AddDayAsync(DayInput("2030-01-01", CalendarDayKind.MakeUpWorkingDay, "元旦调休上班"), await AdminAsync(), CancellationToken.None);
        Assert.Contains("falls on a Saturday or Sunday", Message(result, nameof(AddCalendarDayInput.Kind)), StringComparison.Ordinal);
        Assert.Null(await FindDayAsync(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public async Task Marking_a_year_maintained_records_who_and_lets_its_working_days_be_counted()
    {
        var admin = await AdminAsync();
        Assert.True((await Calendar.AddDayAsync(DayInput("2029-01-01", CalendarDayKind.PublicHoliday, "元旦"), admin, CancellationToken.None)).Succeeded);
        var result = await Calendar.MarkYearMaintainedAsync(new MarkCalendarYearMaintainedInput { Year = 2029, ScheduleSource = Notice }, admin, CancellationToken.None);
        Assert.True(result.Succeeded);

        var year = await FindYearAsync(2029);
        Assert.True(year!.Maintained);
        Assert.Equal(Notice, year.Source);
        Assert.Equal(Admin, year.MaintainedBy);
        using var client = await PortalClient.SignedInAsync(fixture.Factory, Admin);
        var page = await client.GetPageAsync("/admin/calendar?year=2029");
        Assert.Contains("已维护", page.QuerySelector("[data-testid=year-status]")!.TextContent, StringComparison.Ordinal);
        // Its working days can be counted now: 2029-01-01 (a holiday) is not one, 2029-01-02 is.
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingDayCalendarService>().LoadAsync(CancellationToken.None);
        Assert.True(calendar.IsMaintained(2029));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2029, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2029, 1, 2)));
    }

    [Fact]
    public async Task A_year_with_no_days_entered_cannot_be_marked_maintained()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var result = await Calendar.MarkYearMaintainedAsync(new MarkCalendarYearMaintainedInput { Year = 2035, ScheduleSource = Notice }, await AdminAsync(), CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains("2035 年尚未登记任何", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Null(await FindYearAsync(2035));
    }

    [Fact]
    public async Task Committee_staff_cannot_change_the_calendar()
    {
        var staff = await Demo.ActorAsync(fixture.Factory, "staff@demo.local");
        Assert.False((await Calendar.AddDayAsync(DayInput("2031-01-01", CalendarDayKind.PublicHoliday, "元旦"), staff, CancellationToken.None)).Succeeded);
        Assert.Null(await FindDayAsync(new DateOnly(2031, 1, 1)));
        Assert.False((await Calendar.RemoveDayAsync(new DateOnly(2026, 2, 14), staff, CancellationToken.None)).Succeeded);
        Assert.NotNull(await FindDayAsync(new DateOnly(2026, 2, 14)));
        Assert.False((await Calendar.MarkYearMaintainedAsync(new MarkCalendarYearMaintainedInput { Year = 2026, ScheduleSource = "x" }, staff, CancellationToken.None)).Succeeded);
        Assert.NotEqual("x", (await FindYearAsync(2026))!.Source);
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

    private ICalendarAdministration Calendar => fixture.Factory.Services.GetRequiredService<ICalendarAdministration>();

    private Task<Actor> AdminAsync() => Demo.ActorAsync(fixture.Factory, Admin);

    private static string Message(CommandResult result, string field) => Assert.Single(result.Errors, e => e.Field == field).Message;

    private static AddCalendarDayInput DayInput(string date, CalendarDayKind kind, string name) => new()
    {
        Date = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Kind = kind,
        NameZh = name,
        Source = Notice,
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
