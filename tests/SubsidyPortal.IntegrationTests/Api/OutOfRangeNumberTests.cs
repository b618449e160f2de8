using System.Net;

namespace SubsidyPortal.IntegrationTests.Api;

/// <summary>
/// Issue 12: a number outside what its field can hold (beyond decimal, beyond a count's type, or large enough that a
/// clause's arithmetic would overflow on it) is answered 400 naming the field, never 500.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class OutOfRangeNumberTests(ApiServerFixture fixture)
{
    private const string DistrictIncubator = "jinshan-2025/7-3-district-incubator";
    private const string TalentAward = "jinshan-2025/5-6-talent-award";

    [Fact]
    public async Task Decimal_max_in_both_revenue_fields_is_answered_400_naming_each_field()
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();

        // Measured before: 500, an overflow when the clause adds the two years' revenue.
        var response = await Api.PostAsync(client, Api.Request(Api.EngineeringCentre,
            """ "revenueYear1": "79228162514264337593543950335", "revenueYear2": 79228162514264337593543950335 """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Api.ProblemAsync(response);
        Assert.Equal("请求有误", problem.GetProperty("title").GetString());
        foreach (var field in new[] { "facts.revenueYear1", "facts.revenueYear2" })
        {
            Assert.Contains("金额超出范围：须小于 1,000,000,000,000 元", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(errors());
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("\"792281625142643375935439503360000\"")]
    [InlineData("1000000000000")]
    [InlineData("\"1000000000000.00\"")]
    public async Task An_amount_beyond_the_bound_is_named_as_out_of_range(string value)
    {
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, Api.Request(Api.EngineeringCentre, $""" "rdSpendYear1": {value} """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await Api.ProblemAsync(response)).GetProperty("errors").GetProperty("facts.rdSpendYear1")[0].GetString();
        Assert.Contains("超出范围", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amounts_just_under_the_bound_are_evaluated()
    {
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, Api.Request(Api.EngineeringCentre,
            """ "revenueYear1": "999999999999.99", "revenueYear2": 999999999999.99, "rdSpendYear1": "999999999999.99", "rdSpendYear2": "0" """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("1e20")]
    [InlineData("1e400")]
    [InlineData("1000000001")]
    public async Task A_count_beyond_its_type_or_bound_is_named_as_out_of_range(string value)
    {
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, Api.Request(DistrictIncubator, $""" "professionalStaff": {value} """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await Api.ProblemAsync(response)).GetProperty("errors").GetProperty("facts.professionalStaff")[0].GetString();
        Assert.Contains("超出范围：须为 0 到 1,000,000,000 之间的整数", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_at_the_bound_are_evaluated()
    {
        using var client = fixture.Client();

        // The clause multiplies staff by ten in a long: at the bound that stays far inside it.
        var response = await Api.PostAsync(client, Api.Request(DistrictIncubator,
            """ "professionalStaff": 1000000000, "mentors": 1000000000, "incubatedEnterprises": 1000000000 """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_prior_awards_amount_beyond_the_bound_is_named_by_its_own_field()
    {
        using var client = fixture.Client();

        var response = await Api.PostAsync(client, """
            { "referenceDate": "2025-06-01",
              "priorAwards": [{ "clauseId": "changning-2024/6-high-tech-first", "amount": 1e30, "awardedOn": "2025-01-01" }] }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Api.ProblemAsync(response)).GetProperty("errors");
        Assert.Contains("超出范围", errors.GetProperty("priorAwards[0].amount")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_at_the_end_of_the_calendar_is_named_not_added_to()
    {
        var errors = fixture.ErrorsFromNow();
        using var client = fixture.Client();

        // The clause adds the age limit to the birth date: 9999-12-31 plus 60 years is no date at all.
        var response = await Api.PostAsync(client, Api.Request(TalentAward, """ "birthDate": "9999-12-31", "selectionYear": 2025 """));
        var reference = await Api.PostAsync(client, """{ "referenceDate": "9999-12-31" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1900-01-01 到 2199-12-31", (await Api.ProblemAsync(response)).GetProperty("errors").GetProperty("facts.birthDate")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, reference.StatusCode);
        Assert.True((await Api.ProblemAsync(reference)).GetProperty("errors").TryGetProperty("referenceDate", out _));
        Assert.Empty(errors());
    }
}
