using System.Collections;
using System.Globalization;
using System.Resources;
using SubsidyPortal.Web;

namespace SubsidyPortal.IntegrationTests.Api;

/// <summary>The API's problem titles and details exist in Chinese and English, and differ.</summary>
public sealed class ApiProblemTextTests
{
    private static readonly ResourceManager Texts = new("SubsidyPortal.Web.Resources.ApiResource", typeof(ApiResource).Assembly);

    [Fact]
    public void Every_API_problem_text_exists_in_Chinese_and_English()
    {
        var chinese = Read(CultureInfo.InvariantCulture);
        var english = Read(new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.All(chinese, text => Assert.Matches("[\u4e00-\u9fff]", text.Value));
        Assert.All(english, text => Assert.DoesNotMatch("[\u4e00-\u9fff]", text.Value));
    }

    private static Dictionary<string, string> Read(CultureInfo culture) =>
        Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
