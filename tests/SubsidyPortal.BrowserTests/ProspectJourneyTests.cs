using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SubsidyPortal.Application.Prospects;
using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Rules;
using SubsidyPortal.Infrastructure.Prospects;

namespace SubsidyPortal.BrowserTests;

/// <summary>
/// 政策找企业 in Chromium, after the prospecting job has run: the enterprise sees on its home what it probably qualifies
/// for and what is left to confirm; committee staff find the clauses with enterprises still to reach, open one's list
/// and turn it into a 免申即享 import. Every page at 1366 and 390 px.
/// </summary>
public sealed class ProspectJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task MatchEveryoneAsync()
    {
        var job = fixture.Factory.Services.GetRequiredService<ProspectingJob>();
        await job.QueueAllAsync(CancellationToken.None);
        await job.DrainAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_enterprise_home_lists_its_likely_clauses_with_what_is_left_to_confirm()
    {
        await MatchEveryoneAsync();
        var page = await fixture.SignInAsync("applicant@demo.local");
        await BrowserFixture.GoToAsync(page, "/enterprise");

        var matches = page.GetByTestId("prospects");
        await Assertions.Expect(matches).ToContainTextAsync("可能符合的政策");
        var littleGiant = matches.Locator("[data-clause='changning-2024/3-district-little-giant']");
        await Assertions.Expect(littleGiant).ToContainTextAsync("最高 500,000.00 元");
        await Assertions.Expect(littleGiant.GetByTestId("missing")).ToContainTextAsync("经营状态正常");
        // Its draft under that clause is offered, not a second filing.
        await Assertions.Expect(littleGiant.GetByTestId("continue-draft")).ToHaveAttributeAsync("href", new Regex("^/enterprise/applications/[0-9a-f-]{36}$"));
        await Assertions.Expect(littleGiant.GetByTestId("open-call")).ToHaveCountAsync(0);
        await Assertions.Expect(matches.Locator("[data-clause^='dalinghaowan-']")).ToHaveCountAsync(0);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await matches.GetByTestId("prospects-check").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/enterprise/eligibility$"));
    }

    [Fact]
    public async Task Committee_staff_turn_a_clause_s_unapplied_enterprises_into_a_免申即享_import()
    {
        await MatchEveryoneAsync();
        var staff = new Actor(null, "区科委经办人", PortalRoles.CommitteeStaff);
        var clause = (await fixture.Factory.Services.GetRequiredService<IClauseProspects>().ClausesAsync(staff, CancellationToken.None))
            .First(c => c.NotApplied > 0 && c.Clause.Claim == ClaimMethod.AutomaticEntitlement);

        var page = await fixture.SignInAsync("staff@demo.local");
        await BrowserFixture.GoToAsync(page, "/committee/prospects");
        var row = page.Locator($"[data-clause='{clause.Clause.Id}']");
        await Assertions.Expect(row).ToContainTextAsync(clause.Clause.TitleZh);
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await row.GetByTestId("clause-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/committee/prospects/{Regex.Escape(clause.Clause.Id)}$"));
        await PageChecks.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("total")).ToContainTextAsync(string.Format(CultureInfo.InvariantCulture, "共 {0} 条", clause.NotApplied));
        await Assertions.Expect(page.GetByTestId("enterprise-link")).ToHaveCountAsync(Math.Min(clause.NotApplied, 20));
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await page.GetByTestId("import-list").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/committee/entitlements/[0-9a-f-]{36}$"), new() { Timeout = 30_000 });
        var import = await fixture.DbAsync(db => db.EntitlementImports.AsNoTracking().OrderByDescending(i => i.CreatedAt).FirstAsync());
        Assert.Equal(clause.Clause.Id, import.ClauseId);
        Assert.Equal(clause.NotApplied, import.TotalRows);
        Assert.StartsWith("政策找企业", import.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_amendments_page_says_plainly_that_none_is_waiting_and_a_clause_shows_its_version()
    {
        var page = await fixture.SignInAsync("staff@demo.local");
        await page.Locator(".portal-nav").GetByRole(AriaRole.Link, new() { Name = "条款修订" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/committee/rule-versions$"));
        await PageChecks.WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("no-amendments")).ToContainTextAsync("所有条款按现行版本执行");
        await PageChecks.AssertGoodAtBothWidthsAsync(page);

        await page.GotoAsync("/policies/clauses/changning-2024/6-high-tech-renewal");
        await Assertions.Expect(page.GetByTestId("clause-version")).ToHaveTextAsync("第 1 版，2024-04-03 起施行");
    }
}
