using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Policies.Jinshan;

/// <summary>What a funded project reports when it changes (关于项目管理有关要求 三、项目变更).</summary>
public sealed record ProjectChange(
    bool LegalEntityChanged,
    bool LocationOrPeriodChanged,
    bool MainContentOrNatureChanged,
    decimal TotalInvestmentChangeShare,
    decimal InvestmentStructureChangeShare);

/// <summary>What the committee knows about a funded project when it considers revoking it (四、项目撤销).</summary>
public sealed record ProjectStanding(
    bool ContentChangedWithoutApproval,
    decimal AuditedInvestmentDeviationShare,
    bool CannotContinue,
    int YearsOverdueAfterExtension,
    bool OtherLegalGround);

/// <summary>
/// 关于项目管理有关要求: the rules that follow an award rather than decide it. The credit rule (一、信用管理) is the shared
/// condition <see cref="JinshanPolicy.Credit"/>. Shares are fractions (10 % is 0.10) of absolute changes.
/// </summary>
public static class JinshanProjectManagement
{
    public const string Article = "关于项目管理有关要求";

    public const decimal MajorTotalInvestmentChange = 0.10m;
    public const decimal MajorStructureChange = 0.50m;
    public const decimal RevocationInvestmentDeviation = 0.30m;
    public const int RevocationYearsAfterExtension = 2;

    private static readonly Citation ChangeCitation = new(JinshanPolicy.Id, Article + " 三、项目变更", "项目总投资变动在 10%及以上，项目投资结构变动在50%及以上；");

    private static readonly Citation RevocationCitation = new(JinshanPolicy.Id, Article + " 四、项目撤销", "经审计后项目实际完成投资额或固定资产投资额变动超过 30%及以上；");

    public static IReadOnlyList<Parameter> Parameters { get; } =
    [
        new("majorTotalInvestmentChange", MajorTotalInvestmentChange, "比例", ChangeCitation, JinshanPolicy.Document.Period),
        new("majorStructureChange", MajorStructureChange, "比例", ChangeCitation, JinshanPolicy.Document.Period),
        new("revocationInvestmentDeviation", RevocationInvestmentDeviation, "比例", RevocationCitation, JinshanPolicy.Document.Period),
        new("revocationYearsAfterExtension", RevocationYearsAfterExtension, "年", new(JinshanPolicy.Id, Article + " 四、项目撤销", "项目在延期 2 年后仍不能按时完成；"), JinshanPolicy.Document.Period),
    ];

    /// <summary>
    /// 重大变更: needs a report to the town (park) and the district department and their written consent before it
    /// is carried out. Returns the reason codes that make the change major (empty: not a major change).
    /// </summary>
    public static IReadOnlyList<string> MajorChangeReasons(ProjectChange change)
    {
        var reasons = new List<string>();
        if (change.LegalEntityChanged)
        {
            reasons.Add("jinshan-change-legal-entity");
        }

        if (change.LocationOrPeriodChanged)
        {
            reasons.Add("jinshan-change-location-or-period");
        }

        if (change.MainContentOrNatureChanged)
        {
            reasons.Add("jinshan-change-content-or-nature");
        }

        if (Math.Abs(change.TotalInvestmentChangeShare) >= MajorTotalInvestmentChange)
        {
            reasons.Add("jinshan-change-total-investment");
        }

        if (Math.Abs(change.InvestmentStructureChangeShare) >= MajorStructureChange)
        {
            reasons.Add("jinshan-change-investment-structure");
        }

        return reasons;
    }

    /// <summary>
    /// 撤销: grounds on which the district department may revoke a project (no further payment; money paid may be
    /// clawed back 视情). "变动超过 30%及以上" is read as 30 % or more.
    /// </summary>
    public static IReadOnlyList<string> RevocationGrounds(ProjectStanding standing)
    {
        var grounds = new List<string>();
        if (standing.ContentChangedWithoutApproval)
        {
            grounds.Add("jinshan-revoke-unapproved-change");
        }

        if (Math.Abs(standing.AuditedInvestmentDeviationShare) >= RevocationInvestmentDeviation)
        {
            grounds.Add("jinshan-revoke-investment-deviation");
        }

        if (standing.CannotContinue)
        {
            grounds.Add("jinshan-revoke-cannot-continue");
        }

        if (standing.YearsOverdueAfterExtension >= RevocationYearsAfterExtension)
        {
            grounds.Add("jinshan-revoke-overdue-after-extension");
        }

        if (standing.OtherLegalGround)
        {
            grounds.Add("jinshan-revoke-other-legal-ground");
        }

        return grounds;
    }
}
