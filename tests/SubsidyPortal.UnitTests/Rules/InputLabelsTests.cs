using System.Text.RegularExpressions;
using SubsidyPortal.Domain.Policies;

namespace SubsidyPortal.UnitTests.Rules;

/// <summary>Every question a clause asks has a Chinese label and an English one written in English (the catalog, the
/// API and the English UI show it).</summary>
public sealed partial class InputLabelsTests
{
    [GeneratedRegex(@"[\u3400-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF]")]
    private static partial Regex Chinese();

    [Fact]
    public void Every_input_has_an_English_label_in_English_and_a_Chinese_one()
    {
        var inputs = PolicyCatalog.Clauses.SelectMany(c => c.Inputs.Select(i => (Clause: c.Id, Input: i))).ToList();
        Assert.NotEmpty(inputs);
        var notEnglish = inputs.Where(x => string.IsNullOrWhiteSpace(x.Input.LabelEn) || Chinese().IsMatch(x.Input.LabelEn))
            .Select(x => $"{x.Clause} {x.Input.Key}: {x.Input.LabelEn}").Distinct().ToList();
        Assert.True(notEnglish.Count == 0, "Labels not in English:\n" + string.Join("\n", notEnglish));
        Assert.DoesNotContain(inputs, x => !Chinese().IsMatch(x.Input.LabelZh));
    }
}
