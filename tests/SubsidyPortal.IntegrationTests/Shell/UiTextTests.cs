using System.Collections;
using System.Globalization;
using System.Resources;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Web;

namespace SubsidyPortal.IntegrationTests.Shell;

/// <summary>Every UI text exists in Chinese and English, including a name for every enum value shown.</summary>
public sealed class UiTextTests
{
    private static readonly ResourceManager Manager = new("SubsidyPortal.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    [Fact]
    public void Chinese_and_English_have_the_same_keys()
    {
        Assert.NotEmpty(Keys(CultureInfo.InvariantCulture));
        Assert.Equal(Keys(CultureInfo.InvariantCulture), Keys(new CultureInfo("en")));
    }

    [Fact]
    public void Every_displayed_enum_value_and_role_has_a_name()
    {
        var keys = Keys(CultureInfo.InvariantCulture).ToHashSet();
        var needed = Enum.GetNames<District>().Select(n => $"District.{n}")
            .Concat(Enum.GetNames<Industry>().Select(n => $"Industry.{n}"))
            .Concat(Enum.GetNames<TechLittleGiantStatus>().Select(n => $"TechLittleGiant.{n}"))
            .Concat(Enum.GetNames<CreditRecordSeverity>().Select(n => $"CreditSeverity.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Rules.ClaimMethod>().Select(n => $"Claim.{n}"))
            .Concat(PortalRoles.All.Select(r => $"Role.{r}"));
        Assert.All(needed, key => Assert.Contains(key, keys));
    }

    private static List<string> Keys(CultureInfo culture) =>
        Manager.GetResourceSet(culture, true, false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
}
