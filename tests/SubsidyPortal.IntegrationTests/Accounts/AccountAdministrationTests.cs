using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Towns;
using SubsidyPortal.Application.Work;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.Infrastructure.Seeding;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;
using Xunit;

namespace SubsidyPortal.IntegrationTests.Accounts;

/// <summary>A portal whose Identity stamp check (and claim refresh) runs on every request instead of every minute.
/// Sessions end at their next request either way (ServerSideSessionTests); this keeps those tests independent of it.</summary>
public sealed class StampCheckedPortalFixture : IAsyncLifetime
{
    private PortalFactory? _factory;

    public PortalFactory Factory => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        _factory = await PortalFactory.CreateAsync(nameof(AccountAdministrationTests), new Dictionary<string, string?>
        {
            ["Identity:SecurityStampValidationInterval"] = "00:00:00",
        });
        Factory.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

/// <summary>
/// The administrator unlocks, disables, re-enables, resets and changes the role or town of accounts; a disabled
/// account cannot sign in and its open session ends; no change may leave the portal without an active
/// administrator, and no administrator disables or demotes himself. Each test makes accounts of its own.
/// </summary>
public sealed partial class AccountAdministrationTests(StampCheckedPortalFixture fixture) : IClassFixture<StampCheckedPortalFixture>
{
    private const string Admin = "admin@demo.local";

    private IAccountAdministration Accounts => fixture.Factory.Services.GetRequiredService<IAccountAdministration>();

    [Fact]
    public async Task Repeated_wrong_passwords_lock_an_account_that_the_administrator_unlocks()
    {
        var admin = await ActorAsync(Admin);
        var (id, email, password) = await CreateAsync("locked", PortalRoles.CommitteeStaff);
        using var client = PortalClient.For(fixture.Factory);
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(email, "Wrong#2026");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(email, password)).StatusCode);
        var row = await RowAsync(email);
        Assert.Equal(AccountState.Locked, row.State);
        Assert.NotNull(row.LockedUntil);
        Assert.Contains(row.Id, (await Accounts.AccountsAsync(new AccountFilter(State: AccountState.Locked), new PageRequest(), admin, CancellationToken.None)).Items.Select(r => r.Id));
        var queues = fixture.Factory.Services.GetRequiredService<IWorkQueues>();
        var queue = await queues.QueueAsync(admin, CancellationToken.None);
        Assert.Contains(queue.Sections.Single(s => s.Key == "admin.locked").Items, i => i.TitleArgs.Contains(email));
        // The accounts link in the navigation carries the same count.
        var lockedCount = queue.Sections.Single(s => s.Key == "admin.locked").Count;
        Assert.Equal(lockedCount, (await queues.NavigationCountsAsync(admin, CancellationToken.None))["admin.users"]);

        Assert.True((await Accounts.UnlockAsync(id, admin, CancellationToken.None)).Succeeded);
        Assert.Equal(AccountState.Active, (await RowAsync(email)).State);
        Assert.Equal(lockedCount - 1, (await queues.NavigationCountsAsync(admin, CancellationToken.None)).GetValueOrDefault("admin.users"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, password)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_open_session_ends_until_it_is_re_enabled()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var admin = await ActorAsync(Admin);
        var (id, email, password) = await CreateAsync("disabled", PortalRoles.FinanceStaff);
        using var session = await PortalClient.SignedInAsync(fixture.Factory, email, password);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/finance/batches")).StatusCode);

        Assert.True((await Accounts.DisableAsync(id, admin, CancellationToken.None)).Succeeded);

        // The cookie issued before is no longer accepted: the next request is sent to sign in.
        var after = await session.Http.GetAsync("/finance/batches");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.LocationPath(), StringComparison.Ordinal);
        // Signing in again is refused, with the answer every refused sign-in gets (it must not tell an outsider that
        // the account exists); the answer names a disabled account as one possible cause.
        using var attempt = PortalClient.For(fixture.Factory);
        var refused = await attempt.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.Contains("停用", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(AccountState.Disabled, (await RowAsync(email)).State);
        // A disabled account is not a "locked" item on the administrator's home.
        var queue = await fixture.Factory.Services.GetRequiredService<IWorkQueues>().QueueAsync(admin, CancellationToken.None);
        Assert.DoesNotContain(queue.Sections.Single(s => s.Key == "admin.locked").Items, i => i.TitleArgs.Contains(email));
        // Unlocking is not re-enabling: it is refused and the account stays disabled.
        Assert.Contains("已被停用", Assert.Single((await Accounts.UnlockAsync(id, admin, CancellationToken.None)).Errors).Message, StringComparison.Ordinal);
        Assert.Equal(AccountState.Disabled, (await RowAsync(email)).State);

        Assert.True((await Accounts.EnableAsync(id, admin, CancellationToken.None)).Succeeded);
        Assert.Equal(AccountState.Active, (await RowAsync(email)).State);
        using var back = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await back.SignInAsync(email, password)).StatusCode);
    }

    [Fact]
    public async Task A_reset_gives_a_temporary_password_that_works_while_the_old_one_does_not()
    {
        var admin = await ActorAsync(Admin);
        var (id, email, password) = await CreateAsync("reset", PortalRoles.Expert);
        using var session = await PortalClient.SignedInAsync(fixture.Factory, email, password);

        var outcome = await Accounts.ResetPasswordAsync(new ResetPasswordInput { UserId = id }, admin, CancellationToken.None);
        Assert.True(outcome.Result.Succeeded);
        Assert.Matches(TemporaryPassword(), outcome.Password!);

        using var withNew = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await withNew.SignInAsync(email, outcome.Password!)).StatusCode);
        using var withOld = PortalClient.For(fixture.Factory);
        Assert.Equal(HttpStatusCode.OK, (await withOld.SignInAsync(email, password)).StatusCode);
        // The session signed in with the old password has ended.
        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/expert")).StatusCode);
        // Nothing but a hash is kept.
        var hash = await DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync());
        Assert.DoesNotContain(outcome.Password!, hash!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_the_administrator_sets_must_meet_the_rules_and_a_reset_lifts_a_lockout()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var admin = await ActorAsync(Admin);
        var (id, email, password) = await CreateAsync("setpw", PortalRoles.CommitteeStaff);

        var weak = await Accounts.ResetPasswordAsync(new ResetPasswordInput { UserId = id, NewPassword = "short" }, admin, CancellationToken.None);
        Assert.False(weak.Result.Succeeded);
        Assert.Null(weak.Password);
        Assert.Contains(weak.Result.Errors, e => e.Field == nameof(ResetPasswordInput.NewPassword) && e.Message.Contains("至少需要 8 位", StringComparison.Ordinal));
        using (var old = PortalClient.For(fixture.Factory))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await old.SignInAsync(email, password)).StatusCode);
        }

        using var client = PortalClient.For(fixture.Factory);
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(email, "Wrong#2026");
        }

        Assert.Equal(AccountState.Locked, (await RowAsync(email)).State);
        var set = await Accounts.ResetPasswordAsync(new ResetPasswordInput { UserId = id, NewPassword = "Chosen#2027" }, admin, CancellationToken.None);
        Assert.True(set.Result.Succeeded);
        Assert.Equal("Chosen#2027", set.Password);
        Assert.Equal(AccountState.Active, (await RowAsync(email)).State);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, "Chosen#2027")).StatusCode);
    }

    [Fact]
    public async Task A_role_and_town_change_applies_at_the_next_sign_in_and_ends_the_old_session()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var admin = await ActorAsync(Admin);
        var (id, email, password) = await CreateAsync("mover", PortalRoles.CommitteeStaff);
        using var session = await PortalClient.SignedInAsync(fixture.Factory, email, password);

        var noTown = await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = id, Role = PortalRoles.TownOrPark }, admin, CancellationToken.None);
        Assert.Contains("须绑定一个镇", Assert.Single(noTown.Errors, e => e.Field == nameof(ChangeAccountRoleInput.TownOrParkId)).Message, StringComparison.Ordinal);
        Assert.Equal(PortalRoles.CommitteeStaff, (await RowAsync(email)).Role);

        var zhujing = ReferenceData.TownId(District.Jinshan, "朱泾镇");
        Assert.True((await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = id, Role = PortalRoles.TownOrPark, TownOrParkId = zhujing }, admin, CancellationToken.None)).Succeeded);
        var row = await RowAsync(email);
        Assert.Equal(PortalRoles.TownOrPark, row.Role);
        Assert.Equal("朱泾镇", row.TownOrParkName);
        Assert.Equal(District.Jinshan, row.TownOrParkDistrict);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/committee")).StatusCode);

        using var town = PortalClient.For(fixture.Factory);
        var signIn = await town.SignInAsync(email, password);
        Assert.Equal("/town", signIn.LocationPath());
        Assert.Equal(HttpStatusCode.OK, (await town.Http.GetAsync("/town/enterprises")).StatusCode);
        // The town's enterprise list (loaded over the circuit) is the new town's.
        var enterprises = await fixture.Factory.Services.GetRequiredService<ITownOrParkWork>()
            .EnterprisesAsync(await ActorAsync(email), new PageRequest(PageSize: 100), CancellationToken.None);
        Assert.Contains(enterprises.Items, e => e.Name == "上海金山示范新材料有限公司");

        // Back to a role without a town: the town is dropped.
        Assert.True((await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = id, Role = PortalRoles.FinanceStaff, TownOrParkId = zhujing, AuthorityIds = [AdministeringAuthorities.ChangningId] }, admin, CancellationToken.None)).Succeeded);
        row = await RowAsync(email);
        Assert.Equal(PortalRoles.FinanceStaff, row.Role);
        Assert.Null(row.TownOrParkId);
    }

    [Fact]
    public async Task An_enterprise_user_or_an_expert_still_in_the_pool_keeps_its_role()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var admin = await ActorAsync(Admin);
        var applicant = await RowAsync("applicant@demo.local");
        var refused = await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = applicant.Id, Role = PortalRoles.CommitteeStaff, AuthorityIds = [AdministeringAuthorities.ChangningId] }, admin, CancellationToken.None);
        Assert.Contains("企业用户", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(PortalRoles.Applicant, (await RowAsync("applicant@demo.local")).Role);

        var expert = await RowAsync("expert@demo.local");
        var inPool = await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = expert.Id, Role = PortalRoles.FinanceStaff, AuthorityIds = [AdministeringAuthorities.ChangningId] }, admin, CancellationToken.None);
        Assert.Contains("专家库", Assert.Single(inPool.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(PortalRoles.Expert, (await RowAsync("expert@demo.local")).Role);
    }

    [Fact]
    public async Task No_administrator_disables_or_demotes_himself_or_the_last_active_administrator()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var first = await ActorAsync(Admin);
        Assert.Contains("自己的账号", Assert.Single((await Accounts.DisableAsync(first.UserId!.Value, first, CancellationToken.None)).Errors).Message, StringComparison.Ordinal);
        Assert.False((await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = first.UserId!.Value, Role = PortalRoles.CommitteeStaff, AuthorityIds = [AdministeringAuthorities.ChangningId] }, first, CancellationToken.None)).Succeeded);
        Assert.Equal(PortalRoles.Administrator, (await RowAsync(Admin)).Role);

        var (secondId, secondEmail, _) = await CreateAsync("admin2", PortalRoles.Administrator);
        var second = await ActorAsync(secondEmail);
        try
        {
            // The second administrator disables the first: one active administrator is left, the second.
            Assert.True((await Accounts.DisableAsync(first.UserId!.Value, second, CancellationToken.None)).Succeeded);
            // The first (disabled, but with a page still open) can neither disable nor demote the last one.
            var disable = await Accounts.DisableAsync(secondId, first, CancellationToken.None);
            Assert.Contains("唯一可用的系统管理员", Assert.Single(disable.Errors).Message, StringComparison.Ordinal);
            var demote = await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = secondId, Role = PortalRoles.CommitteeStaff, AuthorityIds = [AdministeringAuthorities.ChangningId] }, first, CancellationToken.None);
            Assert.Contains("唯一可用的系统管理员", Assert.Single(demote.Errors).Message, StringComparison.Ordinal);
            var row = await RowAsync(secondEmail);
            Assert.Equal(AccountState.Active, row.State);
            Assert.Equal(PortalRoles.Administrator, row.Role);
        }
        finally
        {
            Assert.True((await Accounts.EnableAsync(first.UserId!.Value, second, CancellationToken.None)).Succeeded);
        }

        // With the first back, the second may be demoted.
        Assert.True((await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = secondId, Role = PortalRoles.CommitteeStaff, AuthorityIds = [AdministeringAuthorities.ChangningId] }, first, CancellationToken.None)).Succeeded);
    }

    [Fact]
    public async Task Two_administrators_disabling_each_other_at_once_leave_one_active()
    {
        var first = await ActorAsync(Admin);
        var (xId, xEmail, _) = await CreateAsync("adminx", PortalRoles.Administrator);
        var (yId, yEmail, _) = await CreateAsync("adminy", PortalRoles.Administrator);
        var x = await ActorAsync(xEmail);
        var y = await ActorAsync(yEmail);
        Assert.True((await Accounts.DisableAsync(first.UserId!.Value, x, CancellationToken.None)).Succeeded);
        try
        {
            var results = await Task.WhenAll(
                Task.Run(() => Accounts.DisableAsync(yId, x, CancellationToken.None)),
                Task.Run(() => Accounts.DisableAsync(xId, y, CancellationToken.None)));
            Assert.Single(results, r => r.Succeeded);
            var states = new[] { (await RowAsync(xEmail)).State, (await RowAsync(yEmail)).State };
            Assert.Single(states, s => s == AccountState.Active);
        }
        finally
        {
            // Back to the demo's one administrator, so the other tests count administrators as they expect.
            var (survivor, survivorId) = (await RowAsync(xEmail)).State == AccountState.Active ? (x, xId) : (y, yId);
            Assert.True((await Accounts.EnableAsync(first.UserId!.Value, survivor, CancellationToken.None)).Succeeded);
            Assert.True((await Accounts.DisableAsync(survivorId, first, CancellationToken.None)).Succeeded);
        }
    }

    [Fact]
    public async Task Only_an_administrator_lists_or_changes_accounts()
    {
        var staff = await ActorAsync("staff@demo.local");
        var (id, email, _) = await CreateAsync("target", PortalRoles.FinanceStaff);
        Assert.Empty((await Accounts.AccountsAsync(new AccountFilter(), new PageRequest(), staff, CancellationToken.None)).Items);
        Assert.False((await Accounts.DisableAsync(id, staff, CancellationToken.None)).Succeeded);
        Assert.False((await Accounts.ResetPasswordAsync(new ResetPasswordInput { UserId = id }, staff, CancellationToken.None)).Result.Succeeded);
        Assert.False((await Accounts.ChangeRoleAsync(new ChangeAccountRoleInput { UserId = id, Role = PortalRoles.Administrator }, staff, CancellationToken.None)).Succeeded);
        var row = await RowAsync(email);
        Assert.Equal(AccountState.Active, row.State);
        Assert.Equal(PortalRoles.FinanceStaff, row.Role);
    }

    [Fact]
    public async Task The_list_filters_by_role_and_state_and_searches_names_and_e_mails()
    {
        var admin = await ActorAsync(Admin);
        var experts = await Accounts.AccountsAsync(new AccountFilter(Role: PortalRoles.Expert), new PageRequest(PageSize: 100), admin, CancellationToken.None);
        Assert.NotEmpty(experts.Items);
        Assert.All(experts.Items, r => Assert.Equal(PortalRoles.Expert, r.Role));
        Assert.Equal(experts.Items.Count, experts.Total);

        var byName = await Accounts.AccountsAsync(new AccountFilter(), new PageRequest(Search: "新泾镇"), admin, CancellationToken.None);
        var town = Assert.Single(byName.Items);
        Assert.Equal("town@demo.local", town.Email);
        Assert.Equal("新泾镇", town.TownOrParkName);
        // A search is matched literally, wildcards included.
        Assert.Empty((await Accounts.AccountsAsync(new AccountFilter(), new PageRequest(Search: "%"), admin, CancellationToken.None)).Items);

        var firstPage = await Accounts.AccountsAsync(new AccountFilter(), new PageRequest(0, 5, "email"), admin, CancellationToken.None);
        var secondPage = await Accounts.AccountsAsync(new AccountFilter(), new PageRequest(1, 5, "email"), admin, CancellationToken.None);
        Assert.Equal(5, firstPage.Items.Count);
        Assert.Empty(firstPage.Items.Select(r => r.Id).Intersect(secondPage.Items.Select(r => r.Id)));
        Assert.True(string.CompareOrdinal(firstPage.Items[^1].Email, secondPage.Items[0].Email) < 0);
    }

    private async Task<(Guid Id, string Email, string Password)> CreateAsync(string name, string role)
    {
        var email = $"{name}-{Guid.NewGuid().ToString("N")[..8]}@example.gov.cn";
        const string password = "Account#2026";
        var result = await Accounts.CreateAsync(new CreateStaffAccountInput
        {
            Email = email,
            DisplayName = name,
            Role = role,
            TownOrParkId = role == PortalRoles.TownOrPark ? ReferenceData.TownId(District.Changning, "新泾镇") : null,
            AuthorityIds = [AdministeringAuthorities.ChangningId],
            Password = password,
        }, await ActorAsync(Admin), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return ((await RowAsync(email)).Id, email, password);
    }

    private async Task<AccountRow> RowAsync(string email)
    {
        var page = await Accounts.AccountsAsync(new AccountFilter(), new PageRequest(Search: email), await ActorAsync(Admin), CancellationToken.None);
        return Assert.Single(page.Items, r => r.Email == email);
    }

    private Task<Actor> ActorAsync(string email) => Demo.ActorAsync(fixture.Factory, email);

    private async Task<T> DbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    [GeneratedRegex("^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$")]
    private static partial Regex TemporaryPassword();
}
