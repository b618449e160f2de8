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

    private static readonly ResourceManager Workflow = new("SubsidyPortal.Web.Resources.WorkflowResource", typeof(SharedResource).Assembly);

    [Fact]
    public void Workflow_texts_exist_in_both_languages_with_a_name_for_every_state_action_and_declaration()
    {
        var chinese = Keys(Workflow, CultureInfo.InvariantCulture);
        Assert.Equal(chinese, Keys(Workflow, new CultureInfo("en")));
        var needed = Enum.GetNames<SubsidyPortal.Domain.Applications.ApplicationStatus>().Select(n => $"Status.{n}")
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Applications.ApplicationAction>().SelectMany(n => new[] { $"Action.{n}", $"Do.{n}" }))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Experts.ConflictDeclaration>().Select(n => $"Declaration.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Notices.ObjectionStatus>().Select(n => $"ObjectionStatus.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Rules.EvaluationOutcome>().Select(n => $"Outcome.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Reviews.CutOffReason>().Select(n => $"CutOff.{n}"))
            .Append("Action.Created");
        Assert.All(needed, key => Assert.Contains(key, chinese));
    }

    private static readonly ResourceManager Money = new("SubsidyPortal.Web.Resources.MoneyResource", typeof(SharedResource).Assembly);

    [Fact]
    public void Money_texts_exist_in_both_languages_with_a_name_for_every_state_ground_and_audit_action()
    {
        var chinese = Keys(Money, CultureInfo.InvariantCulture);
        Assert.Equal(chinese, Keys(Money, new CultureInfo("en")));
        var needed = Enum.GetNames<SubsidyPortal.Domain.Awards.AwardStatus>().Select(n => $"AwardStatus.{n}")
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Awards.AwardSource>().Select(n => $"AwardSource.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Awards.TrancheStatus>().Select(n => $"TrancheStatus.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Awards.RevocationGround>().Select(n => $"RevocationGround.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Awards.ClawbackStatus>().Select(n => $"ClawbackStatus.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Disbursements.BatchStatus>().Select(n => $"BatchStatus.{n}"))
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Disbursements.LineStatus>().Select(n => $"LineStatus.{n}"));
        Assert.All(needed, key => Assert.Contains(key, chinese));
    }

    /// <summary>
    /// The revocation grounds and change kinds staff and enterprises choose from are 金科〔2025〕25 号 关于项目管理有关要求
    /// 三 and 四 word for word, numbering included, so a reader can match each choice to its sentence.
    /// </summary>
    [Fact]
    public void Revocation_grounds_and_change_kinds_read_as_the_jinshan_text_itself()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SubsidyPortal.sln")))
        {
            dir = dir.Parent;
        }

        var text = File.ReadAllText(Path.Combine(dir!.FullName, "..", "shared", "policies", "jinshan-2025-implementation-rules.txt"))
            .Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        var chinese = CultureInfo.GetCultureInfo("zh-CN");
        var labels = Enum.GetNames<SubsidyPortal.Domain.Awards.RevocationGround>().Select(n => Money.GetString($"RevocationGround.{n}", chinese)!)
            .Concat(Enum.GetNames<SubsidyPortal.Domain.Awards.ChangeKind>().Select(n => Money.GetString($"Aftercare.ChangeKind.{n}", chinese)!))
            .ToList();
        Assert.Equal(9, labels.Count);
        Assert.All(labels, label => Assert.Contains(label, text, StringComparison.Ordinal));
    }

    private static List<string> Keys(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, true, false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();

    private static List<string> Keys(CultureInfo culture) =>
        Manager.GetResourceSet(culture, true, false)!.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
}
