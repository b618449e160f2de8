using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reviews;

namespace SubsidyPortal.UnitTests.Reviews;

/// <summary>Experts, organisations and credit codes shared by the draw tests.</summary>
internal static class ExpertPool
{
    public const string Biomedicine = "生物医药";
    public const string Ai = "人工智能";

    public const string ApplicantName = "上海长宁示范智能科技有限公司";

    public static readonly UnifiedSocialCreditCode ApplicantUscc = Uscc("91310105MA1FL0001");
    public static readonly UnifiedSocialCreditCode OtherUscc = Uscc("91310105MA1FL0002");

    public static readonly ApplicantOrganisation Applicant = new(ApplicantName, ApplicantUscc);

    private static int _sequence;

    /// <summary>A valid credit code: the 17 characters given plus their GB 32100-2015 check character.</summary>
    public static UnifiedSocialCreditCode Uscc(string first17) =>
        UnifiedSocialCreditCode.Parse(first17 + UnifiedSocialCreditCode.CheckCharacterFor(first17));

    /// <summary>Ids that sort in creation order, so tests can say which expert is which.</summary>
    public static Guid NextId() => new($"00000000-0000-0000-0000-{Interlocked.Increment(ref _sequence):D12}");

    public static ExpertCandidate Expert(
        string name,
        string organisation = "复旦大学",
        UnifiedSocialCreditCode? uscc = null,
        bool active = true,
        string specialty = Biomedicine,
        Guid? id = null) =>
        new(id ?? NextId(), name, [specialty], organisation, uscc, active);

    /// <summary>Independent, active biomedicine experts from different universities.</summary>
    public static List<ExpertCandidate> Independent(int count) =>
        Enumerable.Range(1, count).Select(i => Expert($"独立专家{i}", $"第{i}研究院")).ToList();
}
