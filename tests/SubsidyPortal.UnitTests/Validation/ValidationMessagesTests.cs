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

/// <summary>Every refusal the workflow can show a person has a message in both languages.</summary>
public sealed class WorkflowMessagesTests
{
    [Fact]
    public void Every_workflow_message_has_both_a_Chinese_and_an_English_text()
    {
        var manager = new ResourceManager("SubsidyPortal.Application.Resources.WorkflowMessages", typeof(ValidationText).Assembly);
        var chinese = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        Assert.NotEmpty(chinese);
        Assert.Equal(chinese, Keys(manager.GetResourceSet(new CultureInfo("en"), true, false)!));
    }

    [Fact]
    public void Every_money_message_has_both_a_Chinese_and_an_English_text()
    {
        var manager = new ResourceManager("SubsidyPortal.Application.Resources.MoneyMessages", typeof(ValidationText).Assembly);
        var chinese = Keys(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        Assert.NotEmpty(chinese);
        Assert.Equal(chinese, Keys(manager.GetResourceSet(new CultureInfo("en"), true, false)!));
    }

    [Fact]
    public void Every_guard_of_the_transition_table_has_a_message()
    {
        var rules = typeof(SubsidyPortal.Domain.Common.IBusinessRule).Assembly.GetTypes()
            .Where(t => typeof(SubsidyPortal.Domain.Common.IBusinessRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false });
        foreach (var type in rules)
        {
            // Codes are constants, so an instance without constructor arguments can tell its code.
            var rule = (SubsidyPortal.Domain.Common.IBusinessRule)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
            Assert.True(ValidationText.Has(rule.Code), $"{type.Name}: {rule.Code} has no message");
        }
    }

    [Theory]
    [InlineData("application.transition-not-allowed")]
    [InlineData("application.role-not-allowed")]
    [InlineData("application.changed-concurrently")]
    [InlineData("review.score-out-of-range")]
    [InlineData("review.comment-required")]
    [InlineData("review.not-enough-experts")]
    [InlineData("objection.window-closed")]
    [InlineData("call.outside-policy-period")]
    [InlineData("batch.maker-cannot-approve")]
    [InlineData("award.tranche-already-paid")]
    [InlineData("money.changed-concurrently")]
    public void Refusals_read_in_chinese_by_default_and_english_on_request(string code)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", ValidationText.Get(code));
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", ValidationText.Get(code));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static List<string> Keys(ResourceSet set) =>
        set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
}
