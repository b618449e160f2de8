using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Application.Abstractions;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Eligibility;

/// <summary>The checker reads the enterprise's profile and asks only for what the profile does not settle.</summary>
public sealed class EligibilityCheckerTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task It_asks_only_for_missing_facts_and_then_shows_the_clause_with_its_ceiling()
    {
        // 2025-06-01 lies inside the Changning policy (2024-04-03 – 2026-12-31), whatever today's date is.
        await using var factory = fixture.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IClock>(new FixedClock(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(8))))));
        using var applicant = await PortalClient.SignedInAsync(factory, "applicant@demo.local");
        var client = applicant.Http;

        var page = await client.GetStringAsync("/enterprise/eligibility");
        // The demo enterprise is registered in Changning with no serious dishonesty: the profile settles those.
        Assert.Contains("name=\"Answers[operatingNormally]\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Answers[goodCredit]\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Answers[inChangning]\"", page, StringComparison.Ordinal);

        var answered = await applicant.SubmitAsync("/enterprise/eligibility", "answers", new Dictionary<string, string>
        {
            ["Answers[operatingNormally]"] = "true",
            ["Answers[highTechMovedIn]"] = "false",
        });
        var result = await answered.Content.ReadAsStringAsync();
        Assert.True(answered.StatusCode == HttpStatusCode.OK, result);
        // Re-certified in 2022 (the seeded profile): the renewal clause applies, up to 100,000 yuan.
        Assert.Contains("再次认定的高新技术企业一次性支持", result, StringComparison.Ordinal);
        Assert.Contains("最高 100,000.00 元", result, StringComparison.Ordinal);
        // The answers stay on the page to be changed.
        Assert.Contains("name=\"Answers[operatingNormally]\" value=\"true\" checked", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_answer_is_explained_in_Chinese_beside_its_question_and_kept()
    {
        using var applicant = await PortalClient.SignedInAsync(fixture.Factory, "applicant2@demo.local");
        var response = await applicant.SubmitAsync("/enterprise/eligibility", "answers", new Dictionary<string, string>
        {
            ["Answers[projectRdInput]"] = "12.345",
        });
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("两位小数", page.QuerySelector("#f-projectRdInput-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12.345", page.QuerySelector("#f-projectRdInput")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#f-projectRdInput']"));
    }
}
