using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Accounts;
using SubsidyPortal.Application.Awards;
using SubsidyPortal.Application.Committee;
using SubsidyPortal.Application.Common;
using SubsidyPortal.Application.Dashboards;
using SubsidyPortal.Application.Entitlements;
using SubsidyPortal.Application.Finance;
using SubsidyPortal.Application.Reviews;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Infrastructure.Persistence;
using SubsidyPortal.IntegrationTests.Workflow;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Access;

/// <summary>
/// The third axis of access, administering authority: every authority-bound role of one authority (committee, finance,
/// expert) against every object of another — pages, files, API, exports, lists and commands — gets "not found" or a
/// refusal, and nothing changes; the same account still reaches its own authority's objects. The demo data has
/// 长宁区科委's calls, filings, an award and batch D001, and 金山区科委's awards, batch D002 and a claw-back.
/// </summary>
public sealed class AuthorityAccessTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string ChangningStaff = "staff.changning@demo.local";
    private const string ChangningFinance = "finance.changning@demo.local";
    private const string JinshanStaff = "staff.jinshan@demo.local";
    private const string JinshanFinance = "finance.jinshan@demo.local";
    private const string ChangningRecipient = "上海长宁示范智能科技有限公司";
    private const string JinshanRecipient = "上海金山示范新材料有限公司";

    private sealed record Objects(
        Guid ChangningCall, SubsidyApplication ChangningFiling, Guid ChangningAward, Guid ChangningBatch, string ChangningBatchNumber,
        Guid JinshanAward, Guid JinshanBatch, string JinshanBatchNumber);

    private Task<Objects> ObjectsAsync() => Demo.WithDbAsync(fixture.Factory, async db =>
    {
        var filing = await db.Applications.AsNoTracking().Include(a => a.Materials)
            .FirstAsync(a => a.Status == ApplicationStatus.PreliminaryReview && a.Materials.Count > 0);
        var call = await db.Calls.AsNoTracking().Where(c => c.PolicyId == ChangningPolicy.Id).Select(c => c.Id).FirstAsync();
        var changningAward = await db.Awards.AsNoTracking().Where(a => a.PolicyId == ChangningPolicy.Id).Select(a => a.Id).FirstAsync();
        var jinshanAward = await db.Awards.AsNoTracking().Where(a => a.PolicyId == JinshanPolicy.Id).Select(a => a.Id).FirstAsync();
        var changningBatch = await db.DisbursementBatches.AsNoTracking().SingleAsync(b => b.AuthorityId == AdministeringAuthorities.ChangningId);
        var jinshanBatch = await db.DisbursementBatches.AsNoTracking().SingleAsync(b => b.AuthorityId == AdministeringAuthorities.JinshanId);
        return new Objects(call, filing, changningAward, changningBatch.Id, changningBatch.BatchNumber, jinshanAward, jinshanBatch.Id, jinshanBatch.BatchNumber);
    });

    [Fact]
    public async Task Every_policy_has_one_administering_authority_and_the_demo_binds_staff_and_finance_to_two()
    {
        Assert.All(PolicyCatalog.Policies, p => Assert.Equal(p.Id, Assert.Single(AdministeringAuthorities.All, a => a.Administers(p.Id)).PolicyIds.Single()));
        var bound = await Demo.WithDbAsync(fixture.Factory, db => db.Users.AsNoTracking()
            .Where(u => u.Email!.StartsWith("staff.") || u.Email!.StartsWith("finance."))
            .Select(u => new { u.Email, u.AuthorityIds }).ToListAsync());
        Assert.Equal([AdministeringAuthorities.ChangningId], bound.Single(u => u.Email == ChangningStaff).AuthorityIds);
        Assert.Equal([AdministeringAuthorities.ChangningId], bound.Single(u => u.Email == ChangningFinance).AuthorityIds);
        Assert.Equal([AdministeringAuthorities.JinshanId], bound.Single(u => u.Email == JinshanStaff).AuthorityIds);
        Assert.Equal([AdministeringAuthorities.JinshanId], bound.Single(u => u.Email == JinshanFinance).AuthorityIds);
    }

    [Fact]
    public async Task Committee_staff_of_one_authority_get_not_found_for_every_object_of_another_and_still_open_their_own()
    {
        var o = await ObjectsAsync();
        using var jinshan = await PortalClient.SignedInAsync(fixture.Factory, JinshanStaff);
        foreach (var url in new[]
        {
            $"/committee/calls/{o.ChangningCall}",
            $"/committee/applications/{o.ChangningFiling.Id}",
            $"/api/applications/{o.ChangningFiling.Id}",
            $"/files/applications/{o.ChangningFiling.Id}/materials/{o.ChangningFiling.Materials[0].Id}",
            $"/committee/awards/{o.ChangningAward}",
        })
        {
            Assert.True(HttpStatusCode.NotFound == (await jinshan.Http.GetAsync(url)).StatusCode, $"{JinshanStaff} should get 404 for {url}");
        }

        Assert.Equal(HttpStatusCode.OK, (await jinshan.Http.GetAsync($"/committee/awards/{o.JinshanAward}")).StatusCode);

        // The other way round, and the account that serves both sees both.
        using var changning = await PortalClient.SignedInAsync(fixture.Factory, ChangningStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await changning.Http.GetAsync($"/committee/awards/{o.JinshanAward}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await changning.Http.GetAsync($"/committee/awards/{o.ChangningAward}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await changning.Http.GetAsync($"/committee/applications/{o.ChangningFiling.Id}")).StatusCode);
        using var both = await PortalClient.SignedInAsync(fixture.Factory, Demo.Staff);
        Assert.Equal(HttpStatusCode.OK, (await both.Http.GetAsync($"/committee/awards/{o.JinshanAward}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await both.Http.GetAsync($"/committee/awards/{o.ChangningAward}")).StatusCode);
    }

    [Fact]
    public async Task Finance_of_one_authority_gets_not_found_for_another_authoritys_batch_and_its_files_and_lists_only_its_own()
    {
        var o = await ObjectsAsync();
        foreach (var (email, own, ownNumber, foreign, foreignNumber) in new[]
        {
            (JinshanFinance, o.JinshanBatch, o.JinshanBatchNumber, o.ChangningBatch, o.ChangningBatchNumber),
            (ChangningFinance, o.ChangningBatch, o.ChangningBatchNumber, o.JinshanBatch, o.JinshanBatchNumber),
        })
        {
            using var client = await PortalClient.SignedInAsync(fixture.Factory, email);
            foreach (var url in new[] { $"/finance/batches/{foreign}", $"/finance/batches/{foreign}/bank-file.csv", $"/finance/batches/{foreign}/allocation-list.csv" })
            {
                Assert.True(HttpStatusCode.NotFound == (await client.Http.GetAsync(url)).StatusCode, $"{email} should get 404 for {url}");
            }

            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/finance/batches/{own}")).StatusCode);
            var ownFile = await client.Http.GetAsync($"/finance/batches/{own}/allocation-list.csv");
            Assert.Equal(HttpStatusCode.OK, ownFile.StatusCode);

            var batches = await AsAsync(email, (IFinanceDesk desk, Actor actor) => desk.BatchesAsync(null, new PageRequest(PageSize: 100), actor, CancellationToken.None));
            Assert.Contains(batches.Items, b => b.BatchNumber == ownNumber);
            Assert.DoesNotContain(batches.Items, b => b.BatchNumber == foreignNumber);
        }

        // The year's allocation list (分配结果) of one authority names only its own recipients.
        using var jinshan = await PortalClient.SignedInAsync(fixture.Factory, JinshanFinance);
        var list = await (await jinshan.Http.GetAsync("/awards/allocation-list.csv")).Content.ReadAsStringAsync();
        Assert.Contains(JinshanRecipient, list, StringComparison.Ordinal);
        Assert.DoesNotContain(ChangningRecipient, list, StringComparison.Ordinal);
        var clawbacks = await AsAsync(ChangningFinance, (IFinanceDesk desk, Actor actor) => desk.ClawbacksAsync(new PageRequest(PageSize: 100), actor, CancellationToken.None));
        Assert.Empty(clawbacks.Items);
        clawbacks = await AsAsync(JinshanFinance, (IFinanceDesk desk, Actor actor) => desk.ClawbacksAsync(new PageRequest(PageSize: 100), actor, CancellationToken.None));
        Assert.NotEmpty(clawbacks.Items);
    }

    [Fact]
    public async Task Commands_on_another_authoritys_objects_are_refused_and_change_nothing()
    {
        var o = await ObjectsAsync();
        var before = await SnapshotAsync(o);

        var decided = await AsAsync(JinshanStaff, (ICommitteeReview review, Actor staff) =>
            review.DecideAsync(o.ChangningFiling.Id, ApplicationAction.Reject, "不符合条件", null, staff, CancellationToken.None));
        Assert.False(decided.Succeeded);
        var revoked = await AsAsync(JinshanStaff, (ICommitteeAwards awards, Actor staff) =>
            awards.RevokeAsync(o.ChangningAward, new Revocation { Ground = RevocationGround.CannotProceed, Note = "企业迁出本区" }, staff, CancellationToken.None));
        Assert.False(revoked.Succeeded);
        var cancelled = await AsAsync(JinshanFinance, (IFinanceDesk desk, Actor finance) =>
            desk.CancelAsync(o.ChangningBatch, "重复生成", finance, CancellationToken.None));
        Assert.False(cancelled.Succeeded);
        var approved = await AsAsync(ChangningFinance, (IFinanceDesk desk, Actor finance) => desk.ApproveAsync(o.JinshanBatch, finance, CancellationToken.None));
        Assert.False(approved.Succeeded);

        // Opening a call under another authority's policy: the policy is as unknown as one that does not exist.
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var choices = await AsAsync(JinshanStaff, (ICommitteeCalls calls, Actor staff) => calls.NewCallChoicesAsync(staff, CancellationToken.None));
        Assert.All(choices.Policies, p => Assert.Equal(JinshanPolicy.Id, p.Id));
        var clause = PolicyCatalog.Clauses.First(c => c.Policy.Id == ChangningPolicy.Id && c.Claim == Domain.Rules.ClaimMethod.Application);
        var opened = await AsAsync(JinshanStaff, (ICommitteeCalls calls, Actor staff) => calls.OpenAsync(new NewCallInput
        {
            PolicyId = ChangningPolicy.Id, Year = 2026, Title = "越权申报批次", ClauseIds = [clause.Id],
            OpensOn = new DateOnly(2026, 12, 10), ClosesOn = new DateOnly(2026, 12, 20), Budget = 1_000_000m,
            ExpertsPerApplication = 3, ExpertSpecialty = "人工智能", Rubric = choices.StandardRubric,
        }, staff, CancellationToken.None));
        Assert.Null(opened.CallId);
        Assert.Contains(opened.Result.Errors, e => e.Field == nameof(NewCallInput.PolicyId));

        // A batch built from another authority's policy finds nothing to pay.
        var built = await AsAsync(JinshanFinance, (IFinanceDesk desk, Actor finance) =>
            desk.BuildBatchAsync(new PayableFilter(PolicyId: ChangningPolicy.Id), null, 0, 0m, finance, CancellationToken.None));
        Assert.Null(built.BatchId);

        Assert.Equal(before, await SnapshotAsync(o));
    }

    [Fact]
    public async Task A_免申即享_list_is_imported_only_for_the_staffs_own_authoritys_clauses()
    {
        var jinshanClauses = await AsAsync(JinshanStaff, (ICommitteeEntitlements e, Actor staff) => e.ClausesAsync(staff, CancellationToken.None));
        Assert.NotEmpty(jinshanClauses);
        Assert.All(jinshanClauses, c => Assert.Equal(JinshanPolicy.Id, c.Policy.Id));
        var dalinghaowanClauses = await AsAsync("staff.dalinghaowan@demo.local", (ICommitteeEntitlements e, Actor staff) => e.ClausesAsync(staff, CancellationToken.None));
        Assert.DoesNotContain(dalinghaowanClauses, c => c.Policy.Id == JinshanPolicy.Id);

        // The example list of a Jinshan clause, uploaded by 长宁区科委's clerk: refused beside the clause, nothing stored.
        var bytes = Entitlements.EntitlementSteps.DemoList();
        var file = new EntitlementUploadFile("entitlement-key-laboratory-2026.csv", bytes.Length, _ => new MemoryStream(bytes));
        var before = await Demo.WithDbAsync(fixture.Factory, db => db.EntitlementImports.IgnoreQueryFilters().CountAsync());
        var refused = await AsAsync(ChangningStaff, (ICommitteeEntitlements e, Actor staff) => e.UploadAsync(
            new EntitlementUploadInput { ClauseId = Entitlements.EntitlementSteps.KeyLaboratory, Year = "2026" }, file, staff, CancellationToken.None));
        Assert.Null(refused.ImportId);
        Assert.Contains(refused.Result.Errors, e => e.Field == nameof(EntitlementUploadInput.ClauseId));
        Assert.Equal(before, await Demo.WithDbAsync(fixture.Factory, db => db.EntitlementImports.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task An_expert_narrowed_to_another_authority_loses_that_authoritys_assignment_at_the_next_request()
    {
        var (assignment, expertEmail) = await Demo.WithDbAsync(fixture.Factory, async db =>
        {
            var changningCalls = db.Calls.Where(c => c.PolicyId == ChangningPolicy.Id).Select(c => c.Id);
            var x = await db.ExpertAssignments.AsNoTracking()
                .Where(a => db.Applications.Any(p => p.Id == a.ApplicationId && changningCalls.Contains(p.CallId) && p.Status == ApplicationStatus.ExpertReview))
                .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { a.Id, e.UserId })
                .FirstAsync();
            return (x.Id, (await db.Users.SingleAsync(u => u.Id == x.UserId)).Email!);
        });
        using var before = await PortalClient.SignedInAsync(fixture.Factory, expertEmail);
        Assert.Equal(HttpStatusCode.OK, (await before.Http.GetAsync($"/expert/assignments/{assignment}")).StatusCode);

        var admin = await Demo.ActorAsync(fixture.Factory, "admin@demo.local");
        var userId = (await Demo.ActorAsync(fixture.Factory, expertEmail)).UserId!.Value;
        var changed = await fixture.Factory.Services.GetRequiredService<IAccountAdministration>().ChangeRoleAsync(
            new ChangeAccountRoleInput { UserId = userId, Role = PortalRoles.Expert, AuthorityIds = [AdministeringAuthorities.JinshanId] }, admin, CancellationToken.None);
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors.Select(e => e.Message)));

        // The old session ends at its next request; signed in again, the assignment is not found.
        Assert.Equal(HttpStatusCode.Redirect, (await before.Http.GetAsync($"/expert/assignments/{assignment}")).StatusCode);
        using var after = await PortalClient.SignedInAsync(fixture.Factory, expertEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await after.Http.GetAsync($"/expert/assignments/{assignment}")).StatusCode);
        var declared = await AsAsync(expertEmail, (IExpertReview review, Actor expert) => review.DeclareNoConflictAsync(assignment, expert, CancellationToken.None));
        Assert.False(declared.Succeeded);
    }

    [Fact]
    public async Task The_dashboard_and_its_export_count_only_the_readers_authorities_even_right_after_another_reader()
    {
        // The all-authority clerk reads first: figures shared between viewers must not reach a narrower one.
        var all = await AsAsync(Demo.Staff, (IDashboard d, Actor a) => d.LoadAsync(new DashboardFilter(), DashboardDimension.Policy, a, CancellationToken.None));
        Assert.Contains(all!.Money, r => r.Key == ChangningPolicy.Id);
        Assert.Contains(all.Money, r => r.Key == JinshanPolicy.Id);
        var jinshan = await AsAsync(JinshanStaff, (IDashboard d, Actor a) => d.LoadAsync(new DashboardFilter(), DashboardDimension.Policy, a, CancellationToken.None));
        Assert.Equal(JinshanPolicy.Id, Assert.Single(jinshan!.Money).Key);
        Assert.Equal(jinshan.Money[0].Approved, jinshan.Total.Approved);
        var options = await AsAsync(JinshanStaff, (IDashboard d, Actor a) => d.OptionsAsync(a, CancellationToken.None));
        Assert.Equal(JinshanPolicy.Id, Assert.Single(options.Policies).Id);
        Assert.Equal(3, (await AsAsync(Demo.Staff, (IDashboard d, Actor a) => d.OptionsAsync(a, CancellationToken.None))).Policies.Count);

        using var client = await PortalClient.SignedInAsync(fixture.Factory, JinshanStaff);
        var response = await client.Http.GetAsync("/dashboard/export/money.csv?by=Policy");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Contains(JinshanPolicy.Document.Title, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(ChangningPolicy.Document.Title, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_figures_shared_between_viewers_are_shared_only_between_viewers_of_the_same_authorities()
    {
        // The portal's tests read the dashboard afresh each time; here two readers share one cache, as in production.
        using var cache = new Microsoft.Extensions.Caching.Memory.MemoryCache(new Microsoft.Extensions.Caching.Memory.MemoryCacheOptions());
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:CacheSeconds"] = "60" }).Build();
        async Task<DashboardFigures?> ReadAsync(AuthorityScope authorities)
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            var visible = scope.ServiceProvider.GetRequiredService<VisibleAuthorities>();
            visible.Set(authorities);
            var reader = new SubsidyPortal.Infrastructure.Money.DashboardReader(
                scope.ServiceProvider.GetRequiredService<SubsidyPortal.Infrastructure.Money.DashboardQueries>(), fixture.Factory.Clock, cache, settings, visible);
            return await reader.LoadAsync(new DashboardFilter(), DashboardDimension.Policy, await Demo.ActorAsync(fixture.Factory, Demo.Staff), CancellationToken.None);
        }

        Assert.Equal(2, (await ReadAsync(AuthorityScope.Everything))!.Money.Count);
        Assert.Equal(JinshanPolicy.Id, Assert.Single((await ReadAsync(AuthorityScope.Only([AdministeringAuthorities.JinshanId])))!.Money).Key);
    }

    [Fact]
    public async Task Committee_staff_cannot_enrol_an_expert_who_serves_none_of_their_authorities()
    {
        var admin = await Demo.ActorAsync(fixture.Factory, "admin@demo.local");
        var created = await fixture.Factory.Services.GetRequiredService<IAccountAdministration>().CreateAsync(new CreateStaffAccountInput
        {
            Email = "changning.expert@example.cn", DisplayName = "长宁专家", Role = PortalRoles.Expert, Password = "Expert#2026x",
            AuthorityIds = [AdministeringAuthorities.ChangningId],
        }, admin, CancellationToken.None);
        Assert.True(created.Succeeded);
        var enrolment = new ExpertEnrolment { Email = "changning.expert@example.cn", Organisation = "同济大学", Specialties = "人工智能" };

        var refused = await AsAsync(JinshanStaff, (IExpertPool pool, Actor staff) => pool.EnrolAsync(enrolment, staff, CancellationToken.None));
        Assert.False(refused.Succeeded);
        Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Experts.IgnoreQueryFilters().AnyAsync(e => e.Name == "长宁专家")));
        var enrolled = await AsAsync(ChangningStaff, (IExpertPool pool, Actor staff) => pool.EnrolAsync(enrolment, staff, CancellationToken.None));
        Assert.True(enrolled.Succeeded, string.Join("; ", enrolled.Errors.Select(e => e.Message)));
        var seen = await AsAsync(JinshanStaff, (IExpertPool pool, Actor staff) => pool.ExpertsAsync(new PageRequest(PageSize: 100), true, staff, CancellationToken.None));
        Assert.DoesNotContain(seen.Items, e => e.Name == "长宁专家");
    }

    [Fact]
    public async Task A_committee_finance_or_expert_account_without_an_authority_is_refused_beside_the_field_and_not_created()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var admin = await Demo.ActorAsync(fixture.Factory, "admin@demo.local");
        var accounts = fixture.Factory.Services.GetRequiredService<IAccountAdministration>();
        foreach (var role in PortalRoles.AuthorityBound)
        {
            var email = $"unbound-{role.ToLowerInvariant()}@example.gov.cn";
            var result = await accounts.CreateAsync(new CreateStaffAccountInput
            {
                Email = email, DisplayName = "未绑定", Role = role, Password = "Unbound#2026",
            }, admin, CancellationToken.None);
            Assert.Contains("主管部门", Assert.Single(result.Errors, e => e.Field == nameof(CreateStaffAccountInput.AuthorityIds)).Message, StringComparison.Ordinal);
            var unknown = await accounts.CreateAsync(new CreateStaffAccountInput
            {
                Email = email, DisplayName = "未绑定", Role = role, Password = "Unbound#2026", AuthorityIds = ["pudong-stc"],
            }, admin, CancellationToken.None);
            Assert.Single(unknown.Errors, e => e.Field == nameof(CreateStaffAccountInput.AuthorityIds));
            Assert.False(await Demo.WithDbAsync(fixture.Factory, db => db.Users.AnyAsync(u => u.Email == email)));
        }
    }

    /// <summary>Calls a use case the way a page does: with the account as its Actor, carrying the authorities the web
    /// layer reads from its cookie (<c>PortalActors.ToActor</c>).</summary>
    private async Task<T> AsAsync<TService, T>(string email, Func<TService, Actor, Task<T>> use)
        where TService : notnull
    {
        var actor = await Demo.ActorAsync(fixture.Factory, email);
        var authorities = await Demo.WithDbAsync(fixture.Factory, db => db.Users.Where(u => u.Email == email).Select(u => u.AuthorityIds).SingleAsync());
        return await use(fixture.Factory.Services.GetRequiredService<TService>(), actor with { Authorities = AuthorityScope.Only(authorities) });
    }

    private Task<string> SnapshotAsync(Objects o) => Demo.WithDbAsync(fixture.Factory, async db =>
    {
        var filing = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == o.ChangningFiling.Id);
        var award = await db.Awards.AsNoTracking().IgnoreAutoIncludes().SingleAsync(a => a.Id == o.ChangningAward);
        var batches = await db.DisbursementBatches.AsNoTracking().IgnoreAutoIncludes().OrderBy(b => b.BatchNumber).Select(b => b.BatchNumber + ":" + b.Status).ToListAsync();
        var calls = await db.Calls.CountAsync();
        var events = await db.MoneyEvents.CountAsync();
        return $"{filing.Status}/{filing.HistoryCount}/{award.Status}/{string.Join(",", batches)}/{calls}/{events}";
    });
}
