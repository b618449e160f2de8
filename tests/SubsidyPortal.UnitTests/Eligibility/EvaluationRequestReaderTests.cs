using SubsidyPortal.Application.Eligibility;

namespace SubsidyPortal.UnitTests.Eligibility;

/// <summary>
/// The evaluation reader reads token by token instead of from a document; what a document gave for free is kept: the
/// members in any order, a name given twice meaning its last value, problems listed in the same order whatever the
/// order of the members.
/// </summary>
public sealed class EvaluationRequestReaderTests
{
    private const string HighTech = "changning-2024/6-high-tech-first";

    [Fact]
    public void Facts_given_before_the_clauses_are_judged_against_the_clauses_named_after_them()
    {
        var (request, errors, _) = EvaluationRequestReader.Read($$"""
            { "facts": { "inChangning": true, "revenueYear1": "100.00" }, "clauseIds": ["{{HighTech}}"], "referenceDate": "2025-06-01" }
            """);

        Assert.Null(request);
        Assert.Equal(new[] { "facts.revenueYear1" }, errors.Keys);
    }

    [Fact]
    public void A_member_given_twice_means_its_last_value()
    {
        var (request, errors, _) = EvaluationRequestReader.Read($$"""
            { "referenceDate": "yesterday", "clauseIds": ["nope"], "referenceDate": "2025-06-01", "clauseIds": ["{{HighTech}}"] }
            """);

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2025, 6, 1), request!.ReferenceDate);
        Assert.Equal(HighTech, Assert.Single(request.Clauses).Id);
    }

    [Fact]
    public void Problems_are_listed_in_the_same_order_whatever_the_order_of_the_members()
    {
        var (_, errors, _) = EvaluationRequestReader.Read("""
            { "priorAwards": [1], "facts": { "nope": 1 }, "clauseIds": ["nope"], "referenceDate": "2025-02-30" }
            """);

        Assert.Equal(new[] { "referenceDate", "clauseIds[0]", "facts.nope", "priorAwards[0]" }, errors.Keys);
    }

    [Fact]
    public void A_valid_request_is_read_with_its_facts_and_prior_awards()
    {
        var (request, errors, _) = EvaluationRequestReader.Read($$"""
            {
              "referenceDate": "2025-06-01",
              "clauseIds": ["{{HighTech}}"],
              "facts": { "inChangning": true, "matter": "M-1" },
              "priorAwards": [{ "clauseId": "{{HighTech}}", "amount": "200000.00", "awardedOn": "2024-03-01", "matterKey": "M-0" }]
            }
            """);

        Assert.Empty(errors);
        Assert.Equal(true, request!.Facts.Values["inChangning"]);
        Assert.Equal("M-1", request.Facts.Values["matter"]);
        var award = Assert.Single(request.PriorAwards);
        Assert.Equal((200_000m, new DateOnly(2024, 3, 1), "M-0"), (award.Amount, award.AwardedOn, award.MatterKey));
    }
}
