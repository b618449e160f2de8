using SubsidyPortal.Domain.Calls;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.UnitTests.Calls;

/// <summary>专家评审截止: optional, and when given it falls after the call closes.</summary>
public sealed class ReviewDeadlineTests
{
    private static readonly DateOnly Opens = new(2026, 11, 24);
    private static readonly DateOnly Closes = new(2026, 12, 24);

    private static Call Open(DateOnly? reviewDueOn)
    {
        var clause = PolicyCatalog.Find("dalinghaowan-2024/10-computing-power")!;
        return Call.Open(clause.Policy, 2026, "大零号湾算力支持专项", [clause], Opens, Closes, 1_000_000m, 3, "人工智能",
            "[]", null, DateTimeOffset.UnixEpoch, reviewDueOn);
    }

    [Fact]
    public void A_call_may_have_no_review_deadline() => Assert.Null(Open(null).ReviewDueOn);

    [Fact]
    public void A_review_deadline_after_the_close_is_kept() => Assert.Equal(Closes.AddDays(1), Open(Closes.AddDays(1)).ReviewDueOn);

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_review_deadline_on_or_before_the_close_is_refused(int daysAfterClose)
    {
        var refused = Assert.Throws<DomainException>(() => Open(Closes.AddDays(daysAfterClose)));
        Assert.Equal("call.review-due-before-closing", refused.Code);
    }
}
