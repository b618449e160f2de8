using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Api;

/// <summary>
/// Issue 12: no path of the API answers 5xx to client input. Every endpoint under /api gets hostile requests (empty
/// and wrong-shaped bodies, wrong types, huge strings and numbers, deep nesting, odd methods and content types, odd
/// paths and queries), and every answer must be 2xx or 4xx, with nothing logged as an error.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class HostileApiInputTests(ApiServerFixture fixture)
{
    /// <summary>The endpoints this test knows; a new one fails the first test until it is given hostile input here.</summary>
    private static readonly string[] Known =
    [
        "/api/policies",
        "/api/clauses",
        "/api/facts",
        "/api/clauses/{**id}",
        "/api/eligibility/evaluate",
        "/api/applications/{applicationId:guid}",
    ];

    private static readonly string Huge = new('字', 20_000);

    public static readonly string[] Bodies =
    [
        "", "null", "[]", "[{}]", "[null]", "\"text\"", "42", "-0", "true", "{}", "{}{}", "\u0000", "\uFEFF{}",
        """{ "referenceDate": null }""",
        """{ "referenceDate": [] }""",
        """{ "referenceDate": { "year": 2025 } }""",
        """{ "referenceDate": 20250601 }""",
        """{ "referenceDate": "2025-02-30" }""",
        """{ "referenceDate": "0001-01-01" }""",
        """{ "referenceDate": "9999-12-31" }""",
        """{ "referenceDate": "2025-06-01", "referenceDate": "nonsense" }""",
        """{ "referenceDate": "2025-06-01", "unknown": 1, "__proto__": { "admin": true }, "$type": "System.Object" }""",
        """{ "referenceDate": "2025-06-01", "clauseIds": null }""",
        """{ "referenceDate": "2025-06-01", "clauseIds": {} }""",
        """{ "referenceDate": "2025-06-01", "clauseIds": "changning-2024/6-high-tech-first" }""",
        """{ "referenceDate": "2025-06-01", "clauseIds": [null, 1, 1e400, true, [], {}, ""] }""",
        """{ "referenceDate": "2025-06-01", "clauseIds": ["../../etc/passwd", "changning-2024/6-high-tech-first\u0000", "%00"] }""",
        $$"""{ "referenceDate": "2025-06-01", "clauseIds": ["{{Huge}}"] }""",
        """{ "referenceDate": "2025-06-01", "clauseIds": ["\uD800", "\uDFFF\uD800"] }""",
        """{ "referenceDate": "2025-06-01", "clauseIds": [], "facts": { "inChangning": true } }""",
        """{ "referenceDate": "2025-06-01", "facts": [] }""",
        """{ "referenceDate": "2025-06-01", "facts": "revenue" }""",
        """{ "referenceDate": "2025-06-01", "facts": { "matter": 12 } }""",
        $$"""{ "referenceDate": "2025-06-01", "facts": { "matter": "{{Huge}}" } }""",
        $$"""{ "referenceDate": "2025-06-01", "facts": { "{{Huge}}": 1 } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "revenueYear1": "NaN", "revenueYear2": "Infinity", "rdSpendYear1": "-Infinity", "rdSpendYear2": "1e400" } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "revenueYear1": 1e400, "revenueYear2": -1e400, "rdSpendYear1": 1e-400, "rdSpendYear2": -0.0 } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "revenueYear1": "79228162514264337593543950335", "revenueYear2": "79228162514264337593543950335" } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "revenueYear1": "-79228162514264337593543950335", "revenueYear2": "0.0000000000000000000000000001" } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "revenueYear1": "1,000", "revenueYear2": " 5", "rdSpendYear1": "5 ", "rdSpendYear2": "+-5" } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "revenueYear1": {}, "revenueYear2": [], "rdSpendYear1": null, "rdSpendYear2": true } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "professionalStaff": 9223372036854775807, "mentors": -9223372036854775808, "incubatedEnterprises": 1.5 } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "selectionYear": -1000000000, "birthDate": "1900-01-01", "rentSubsidyYear": 1e400 } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "birthDate": "9999-12-31", "selectionYear": 9999 } }""",
        """{ "referenceDate": "2025-06-01", "facts": { "goodCredit": "true", "inChangning": 1, "operatingNormally": null } }""",
        """{ "referenceDate": "2025-06-01", "priorAwards": {} }""",
        """{ "referenceDate": "2025-06-01", "priorAwards": [null, [], 1, "x", {}] }""",
        """{ "referenceDate": "2025-06-01", "priorAwards": [{ "clauseId": 1, "amount": "1", "awardedOn": "2025-01-01", "exclusivityGroup": 5, "matterKey": [] }] }""",
        """{ "referenceDate": "2025-06-01", "priorAwards": [{ "clauseId": "x", "amount": "1e400", "awardedOn": "9999-12-31" }] }""",
        """{ "referenceDate": "2025-06-01", "priorAwards": [{ "clauseId": "changning-2024/6-high-tech-first", "amount": 999999999999.99, "awardedOn": "2199-12-31", "exclusivityGroup": "" }] }""",
        new string('[', 100_000),
        string.Concat(Enumerable.Repeat("""{ "facts": """, 5_000)),
        "{\"referenceDate\": \"2025-06-01\"" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $", \"k{i}\": {i}")) + "}",
    ];

    [Fact]
    public void Every_endpoint_under_api_is_one_this_test_knows()
    {
        var routes = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(Known.Order(StringComparer.Ordinal), routes);
    }

    [Fact]
    public async Task Hostile_evaluation_bodies_get_2xx_or_4xx_and_every_refusal_is_a_problem_document()
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();
        var failures = new List<string>();
        foreach (var body in Bodies)
        {
            var response = await Api.PostAsync(client, body);
            var status = (int)response.StatusCode;
            if (status >= 500 || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
            {
                failures.Add($"{status} {response.Content.Headers.ContentType?.MediaType} for {Shorten(body)}");
            }
        }

        Assert.Empty(failures);
        Assert.Empty(errors());
    }

    [Fact]
    public async Task Evaluation_with_other_content_types_and_methods_gets_no_5xx()
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();
        var requests = new List<Func<HttpRequestMessage>>
        {
            () => new(HttpMethod.Post, Api.Evaluate) { Content = new StringContent(Api.ValidRequest, Encoding.UTF8, "text/plain") },
            () => new(HttpMethod.Post, Api.Evaluate) { Content = new FormUrlEncodedContent([new("referenceDate", "2025-06-01")]) },
            () => new(HttpMethod.Post, Api.Evaluate) { Content = new MultipartFormDataContent { { new StringContent(Api.ValidRequest), "file", "a.json" } } },
            () => new(HttpMethod.Post, Api.Evaluate) { Content = new ByteArrayContent(new byte[5000]) },
            () => new(HttpMethod.Post, Api.Evaluate),
            () => new(HttpMethod.Post, $"{Api.Evaluate}?culture=xx-INVALID&ui-culture={Huge[..200]}") { Content = Api.Json(Api.ValidRequest) },
            () => new(HttpMethod.Get, Api.Evaluate),
            () => new(HttpMethod.Put, Api.Evaluate) { Content = Api.Json(Api.ValidRequest) },
            () => new(HttpMethod.Delete, Api.Evaluate),
            () => new(HttpMethod.Patch, Api.Evaluate) { Content = Api.Json("{}") },
            () => new(HttpMethod.Options, Api.Evaluate),
            () => new(HttpMethod.Head, Api.Evaluate),
        };

        var failures = await SendAllAsync(client, requests);

        Assert.Empty(failures);
        Assert.Empty(errors());
    }

    [Fact]
    public async Task Catalog_endpoints_get_no_5xx_for_odd_paths_queries_methods_and_bodies()
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();
        var paths = new[]
        {
            "/api/policies", "/api/policies?x=%00&x=%FF&culture=en", "/api/policies/", "/api/policies/1",
            "/api/clauses", "/api/clauses?policy=", "/api/clauses?policy=%00", "/api/clauses?policy=%FF%FE",
            $"/api/clauses?policy={Uri.EscapeDataString(Huge[..1_000])}", "/api/clauses?policy=changning-2024&policy=jinshan-2025",
            "/api/clauses/", "/api/clauses/%00", "/api/clauses/%FF", "/api/clauses/..%2F..%2Fappsettings.json",
            "/api/clauses/changning-2024/6-high-tech-first/", "/api/clauses/changning-2024%2F6-high-tech-first",
            $"/api/clauses/{Uri.EscapeDataString(Huge[..1_000])}", $"/api/clauses/{new string('a', 7_000)}",
            "/api/clauses/%E5%AD%97?culture=en", "/api/nothing-here", "/api/", "/api",
            "/api/facts", "/api/facts?clause=", "/api/facts?clause=%00", $"/api/facts?clause={Uri.EscapeDataString(Huge[..1_000])}", "/api/facts/x",
        };
        var requests = new List<Func<HttpRequestMessage>>();
        foreach (var path in paths)
        {
            requests.Add(() => new(HttpMethod.Get, path));
            requests.Add(() => new(HttpMethod.Get, path) { Content = Api.Json(Api.ValidRequest) });
            requests.Add(() => new(HttpMethod.Post, path) { Content = Api.Json("{") });
            requests.Add(() => new(HttpMethod.Delete, path));
        }

        var failures = await SendAllAsync(client, requests);

        Assert.Empty(failures);
        Assert.Empty(errors());
    }

    [Fact]
    public async Task The_application_endpoint_gets_no_5xx_signed_in_or_not()
    {
        var errors = fixture.ErrorsFromNow();
        using var anonymous = fixture.Client();
        using var applicant = fixture.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await applicant.SignInAsync("applicant@demo.local", PortalClient.DemoPassword)).StatusCode);
        var paths = new[]
        {
            $"/api/applications/{Guid.NewGuid()}", $"/api/applications/{Guid.Empty}", "/api/applications/not-a-guid",
            "/api/applications/", "/api/applications", $"/api/applications/{Guid.NewGuid()}/extra", "/api/applications/%00",
            $"/api/applications/{{{Guid.NewGuid()}}}", $"/api/applications/{Guid.NewGuid():N}?culture=en",
        };
        var failures = new List<string>();
        foreach (var client in new[] { anonymous, applicant })
        {
            var requests = new List<Func<HttpRequestMessage>>();
            foreach (var path in paths)
            {
                requests.Add(() => new(HttpMethod.Get, path));
                requests.Add(() => new(HttpMethod.Put, path) { Content = Api.Json("{}") });
                requests.Add(() => new(HttpMethod.Delete, path));
            }

            failures.AddRange(await SendAllAsync(client, requests));
        }

        Assert.Empty(failures);
        Assert.Empty(errors());
    }

    private static async Task<List<string>> SendAllAsync(PortalClient client, IEnumerable<Func<HttpRequestMessage>> requests)
    {
        var failures = new List<string>();
        foreach (var make in requests)
        {
            using var request = make();
            var response = await client.Http.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} for {request.Method} {Shorten(request.RequestUri!.OriginalString)}");
            }
        }

        return failures;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
