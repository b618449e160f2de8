using System.Collections;
using System.Globalization;
using System.Resources;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Enterprises;

namespace SubsidyPortal.UnitTests.Validation;

public sealed class ValidationMessagesTests
{
    [Fact]
    public void Every_message_has_both_a_Chinese_and_an_English_text()
    {
        var manager = new ResourceManager("SubsidyPortal.Application.Resources.ValidationMessages", typeof(ValidationText).Assembly);
        var chinese = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var english = Keys(manager.GetResourceSet(new CultureInfo("en"), true, false)!);
        Assert.NotEmpty(chinese);
        Assert.Equal(chinese, english);
    }

    [Fact]
    public void Every_credit_code_error_has_a_message()
    {
        foreach (var error in Enum.GetValues<UnifiedSocialCreditCodeError>())
        {
            Assert.True(ValidationText.Has($"uscc.{error}"), $"uscc.{error} has no message");
        }
    }

    private static List<string> Keys(ResourceSet set) =>
        set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
}
