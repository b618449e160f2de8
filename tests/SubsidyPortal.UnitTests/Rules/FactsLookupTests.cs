using System.Text;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Rules;

/// <summary>Facts are read by slot for speed; these pin that the fast path and the by-name path agree.</summary>
public class FactsLookupTests
{
    // Built at run time, so it is not the interned literal a clause would use.
    private static string Copy(string s) => new StringBuilder(s).ToString();

    [Fact]
    public void A_key_built_at_run_time_finds_the_same_value_as_the_literal()
    {
        var facts = new Facts(new Dictionary<string, object> { [Copy("annualRevenue")] = 12.34m });

        Assert.Equal(12.34m, facts.Money("annualRevenue"));
        Assert.Equal(12.34m, facts.Money(Copy("annualRevenue")));
        Assert.Equal(12.34m, facts.Money(FactKey.Of("annualRevenue")));
    }

    [Fact]
    public void A_key_given_a_slot_after_the_facts_were_built_is_still_found()
    {
        var name = Copy($"late-key-{Guid.NewGuid():N}");
        var facts = new Facts(new Dictionary<string, object> { [name] = true });

        var key = FactKey.Of(name);

        Assert.True(facts.Flag(key));
        Assert.True(facts.Has(name));
    }

    [Fact]
    public void A_missing_key_is_unknown_never_zero_or_false()
    {
        var facts = new Facts(new Dictionary<string, object> { ["annualRevenue"] = 1m });

        Assert.Null(facts.Money("rdSpend"));
        Assert.Null(facts.Flag(FactKey.Of("registeredInJinshan")));
        Assert.Null(facts.Count(Copy($"never-named-{Guid.NewGuid():N}")));
    }

    [Fact]
    public void Keys_that_arrive_in_a_request_do_not_get_a_slot()
    {
        var before = FactKey.Count;
        for (var i = 0; i < 50; i++)
        {
            _ = new Facts(new Dictionary<string, object> { [Copy($"made-up-{Guid.NewGuid():N}")] = 1m });
        }

        Assert.True(FactKey.Count - before < 50, "made-up keys from requests must not grow the slot table");
    }

    [Fact]
    public void Counts_given_as_other_integer_types_are_read_as_counts()
    {
        var facts = new Facts(new Dictionary<string, object> { ["staff"] = 7 });

        Assert.Equal(7L, facts.Count("staff"));
    }
}
