using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Eligibility;

/// <summary>The public policy API and the command line give the same answers; bad requests get 400 per field.</summary>
public sealed class EligibilityApiTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string HighTechFirst = "changning-2024/6-high-tech-first";

    private const string ValidRequest = """
        {
          "referenceDate": "2025-06-01",
          "clauseIds": ["changning-2024/6-high-tech-first"],
          "facts": { "inChangning": true, "operatingNormally": true, "goodCredit": true, "highTechFirstCertifiedOn": "2024-12-04", "highTechLatestCertifiedOn": "2024-12-04", "changningArrival": "set-up" }
        }
        """;

    [Fact]
    public async Task Policies_and_clauses_are_public_and_list_every_encoded_clause()
    {
        using var client = PortalClient.For(fixture.Factory);
        var policies = await GetJsonAsync(client, "/api/policies");
        Assert.Contains(policies.EnumerateArray(), p => p.GetProperty("id").GetString() == "changning-2024");

        var clauses = await GetJsonAsync(client, "/api/clauses");
        Assert.Equal(PolicyCatalog.Clauses.Count, clauses.GetArrayLength());
        foreach (var clause in clauses.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(clause.GetProperty("quote").GetString()));
            Assert.NotEqual(0, clause.GetProperty("inputs").GetArrayLength());
            Assert.NotEqual(0, clause.GetProperty("conditions").GetArrayLength());
            Assert.False(string.IsNullOrEmpty(clause.GetProperty("period").GetProperty("start").GetString()));
            // No text has been amended: each clause is its first version, from its first day, and lists only that one.
            var version = clause.GetProperty("version");
            var start = clause.GetProperty("period").GetProperty("start").GetString();
            Assert.Equal((1, $"v1@{start}", start), (version.GetProperty("number").GetInt32(), version.GetProperty("code").GetString(), version.GetProperty("effectiveFrom").GetString()));
            Assert.Equal([$"v1@{start}"], clause.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("code").GetString()));
        }
    }

    [Fact]
    public async Task The_fact_vocabulary_lists_every_fact_once_with_whose_it_is_and_where_it_comes_from()
    {
        using var client = PortalClient.For(fixture.Factory);
        var facts = await GetJsonAsync(client, "/api/facts");
        var keys = facts.EnumerateArray().Select(f => f.GetProperty("key").GetString()).ToList();
        Assert.Equal(FactVocabulary.All.Count, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());

        var inChangning = facts.EnumerateArray().Single(f => f.GetProperty("key").GetString() == "inChangning");
        Assert.Equal(("Boolean", "Enterprise", "Profile"), (inChangning.GetProperty("type").GetString(), inChangning.GetProperty("entity").GetString(), inChangning.GetProperty("source").GetString()));
        Assert.Equal(23, inChangning.GetProperty("clauseIds").GetArrayLength());

        // One clause's facts: exactly the inputs it declares.
        var ofOne = await GetJsonAsync(client, "/api/facts?clause=jinshan-2025/4-2-international-market");
        Assert.Equal(
            PolicyCatalog.Find("jinshan-2025/4-2-international-market")!.Inputs.Select(i => i.Key).Order(StringComparer.Ordinal),
            ofOne.EnumerateArray().Select(f => f.GetProperty("key").GetString()!));
        Assert.Equal(0, (await GetJsonAsync(client, "/api/facts?clause=no-such")).GetArrayLength());
    }

    [Fact]
    public async Task A_choice_is_given_by_its_option_code_and_anything_else_is_refused_with_the_options()
    {
        using var client = PortalClient.For(fixture.Factory);
        const string Facts = """
            "registeredInJinshan": true, "independentLegalPerson": true, "biomedBusiness": true, "settlementInJinshan": true,
            "soundFinancialManagement": true, "noSeriousDishonestyInThreeYears": true, "drugConvertedInJinshan": true,
            "clinicalTrialApprovedOn": "2025-05-20", "projectRdInput": "3000000.00"
            """;
        var response = await PostAsync(client, $$"""
            { "referenceDate": "2025-09-01", "clauseIds": ["jinshan-2025/2-4-class1-phase1", "jinshan-2025/2-4-class1-phase2-3"],
              "facts": { {{Facts}}, "drugRegistrationClass": "class-1", "clinicalTrialStage": "phase-2" } }
            """);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("NotEligible", "Eligible"), (results[0].GetProperty("outcome").GetString(), results[1].GetProperty("outcome").GetString()));
        Assert.Equal("300000.00", results[1].GetProperty("ceiling").GetString());

        var refused = await PostAsync(client, $$"""
            { "referenceDate": "2025-09-01", "clauseIds": ["jinshan-2025/2-4-class1-phase1"],
              "facts": { {{Facts}}, "drugRegistrationClass": "一类", "clinicalTrialStage": "phase-1" } }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("facts.drugRegistrationClass", problem, StringComparison.Ordinal);
        Assert.Contains("class-1, class-2, class-3, class-4", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amount_says_it_is_one_years_figure_and_what_the_years_come_to()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await PostAsync(client, """
            { "referenceDate": "2025-09-01", "clauseIds": ["jinshan-2025/1-1-rental-premises"],
              "facts": { "registeredInJinshan": true, "taxPaidInJinshan": true, "independentLegalPerson": true, "soundFinancialManagement": true,
                         "settlementInJinshan": true, "biomedBusiness": true, "noSeriousDishonestyInThreeYears": true,
                         "jinshanLocation": "shanyang", "settledInJinshanOn": "2025-06-01", "annualRent": "1000000.00", "rentSubsidyYear": 1 } }
            """);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal("Eligible", result.GetProperty("outcome").GetString());
        Assert.Equal(("300000.00", "PerYear", "900000.00"), (result.GetProperty("amount").GetString(), result.GetProperty("amountBasis").GetString(), result.GetProperty("totalOfTranches").GetString()));
        Assert.Equal(3, result.GetProperty("tranches").GetArrayLength());
    }

    [Fact]
    public async Task A_prior_award_under_an_unknown_clause_is_named_in_a_warning_and_known_ones_are_not()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await PostAsync(client, """
            { "referenceDate": "2025-06-01", "clauseIds": ["changning-2024/6-high-tech-first"],
              "facts": { "inChangning": true, "operatingNormally": true, "goodCredit": true, "highTechFirstCertifiedOn": "2024-12-04", "highTechLatestCertifiedOn": "2024-12-04", "changningArrival": "set-up" },
              "priorAwards": [
                { "clauseId": "changning-2024/6-high-tech-renewl", "amount": "50000.00", "awardedOn": "2025-01-10" },
                { "clauseId": "external/zhangjiang-high-tech", "amount": "50000.00", "awardedOn": "2025-01-10" },
                { "clauseId": "changning-2024/1-core-technology", "amount": "50000.00", "awardedOn": "2025-01-10" } ] }
            """);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warnings = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0].GetProperty("warnings");
        var warning = Assert.Single(warnings.EnumerateArray()).GetString()!;
        Assert.StartsWith("priorAwards[0].clauseId", warning, StringComparison.Ordinal);
        Assert.Contains("changning-2024/6-high-tech-renewl", warning, StringComparison.Ordinal);

        var clean = await PostAsync(client, ValidRequest);
        Assert.Equal(0, JsonDocument.Parse(await clean.Content.ReadAsStringAsync()).RootElement[0].GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task One_clause_is_found_by_its_id_and_an_unknown_id_is_404()
    {
        using var client = PortalClient.For(fixture.Factory);
        var clause = await GetJsonAsync(client, $"/api/clauses/{HighTechFirst}");
        Assert.Equal("第 6 条", clause.GetProperty("article").GetString());
        Assert.Equal("inChangning", clause.GetProperty("inputs")[0].GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/api/clauses/no-such/clause")).StatusCode);
    }

    [Fact]
    public async Task Evaluation_returns_the_outcome_and_the_ceiling_as_a_decimal_string()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await PostAsync(client, ValidRequest);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal("Eligible", result.GetProperty("outcome").GetString());
        Assert.Equal("Ceiling", result.GetProperty("amountKind").GetString());
        Assert.Equal("200000.00", result.GetProperty("ceiling").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("amount").ValueKind);
        Assert.Equal("changning-2024 第 6 条", result.GetProperty("citation").GetString());
    }

    [Fact]
    public async Task A_date_outside_the_policy_gives_no_rule_in_force_and_no_amount()
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await PostAsync(client, ValidRequest.Replace("2025-06-01", "2027-01-01", StringComparison.Ordinal));
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
        Assert.Equal("NoRuleInForce", result.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("ceiling").ValueKind);
    }

    [Theory]
    [InlineData("{ not json", "body")]
    [InlineData("""{ "clauseIds": ["changning-2024/6-high-tech-first"] }""", "referenceDate")]
    [InlineData("""{ "referenceDate": "2025-06-01", "clauseIds": ["nope/1"] }""", "clauseIds[0]")]
    [InlineData("""{ "referenceDate": "2025-06-01", "clauseIds": ["changning-2024/6-high-tech-first"], "facts": { "goodCredit": "yes" } }""", "facts.goodCredit")]
    [InlineData("""{ "referenceDate": "2025-06-01", "clauseIds": ["changning-2024/6-high-tech-first"], "facts": { "revenue": 1 } }""", "facts.revenue")]
    [InlineData("""{ "referenceDate": "2025-06-01", "priorAwards": [{ "clauseId": "changning-2024/6-high-tech-first", "amount": "-5", "awardedOn": "2025-01-01" }] }""", "priorAwards[0]")]
    [InlineData("""{ "referenceDate": "2025-06-01", "priorAwards": [{ "clauseId": "changning-2024/6-high-tech-first", "amount": "100.001", "awardedOn": "2025-01-01" }] }""", "priorAwards[0]")]
    public async Task Bad_requests_get_400_with_the_field_named(string body, string field)
    {
        using var client = PortalClient.For(fixture.Factory);
        var response = await PostAsync(client, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for {field}: {problem}");
        Assert.Matches("[\u4e00-\u9fff]", messages[0].GetString()!);
    }

    [Fact]
    public async Task The_API_is_described_by_an_OpenAPI_document()
    {
        using var client = PortalClient.For(fixture.Factory);
        var document = await GetJsonAsync(client, "/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/eligibility/evaluate", out _));
        Assert.True(paths.TryGetProperty("/api/clauses", out _));
        Assert.True(paths.TryGetProperty("/api/facts", out _));

        // The request and the answer are typed, not an untyped JSON element.
        var schemas = document.GetProperty("components").GetProperty("schemas");
        string[] Properties(string schema) => [.. schemas.GetProperty(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name)];
        var body = paths.GetProperty("/api/eligibility/evaluate").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.EndsWith("EvaluationRequestBody", body.GetProperty("$ref").GetString(), StringComparison.Ordinal);
        Assert.Equal(["referenceDate", "clauseIds", "facts", "priorAwards"], Properties("EvaluationRequestBody"));
        Assert.Contains("awardedOn", Properties("PriorAwardBody"));
        Assert.Contains("amountBasis", Properties("EvaluationView"));
        Assert.Contains("warnings", Properties("EvaluationView"));
        Assert.Contains("derivedFrom", Properties("FactView"));
    }

    [Fact]
    public async Task The_command_line_evaluates_a_JSON_file_exactly_as_the_API_does()
    {
        var file = Path.Combine(Path.GetTempPath(), $"facts-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, ValidRequest);
        try
        {
            var (exit, stdout, _) = await RunCliAsync("evaluate", file);
            Assert.Equal(0, exit);
            using var client = PortalClient.For(fixture.Factory);
            var api = await (await PostAsync(client, ValidRequest)).Content.ReadAsStringAsync();
            Assert.Equal(JsonDocument.Parse(api).RootElement.ToString(), JsonDocument.Parse(stdout).RootElement.ToString());

            await File.WriteAllTextAsync(file, """{ "referenceDate": "2025-13-01" }""");
            var (badExit, _, stderr) = await RunCliAsync("evaluate", file);
            Assert.Equal(2, badExit);
            Assert.Contains("referenceDate", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<JsonElement> GetJsonAsync(PortalClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Task<HttpResponseMessage> PostAsync(PortalClient client, string body) =>
        client.Http.PostAsync("/api/eligibility/evaluate", new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task<(int Exit, string Stdout, string Stderr)> RunCliAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(SubsidyPortal.Web.Program).Assembly.Location);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
