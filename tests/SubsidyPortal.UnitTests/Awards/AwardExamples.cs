using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Awards;

/// <summary>The people, day and three-year rent award the award and claw-back tests share.</summary>
internal static class AwardExamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly Guid EnterpriseId = Guid.NewGuid();
    public static readonly Actor Staff = new(Guid.NewGuid(), "经办人", PortalRoles.CommitteeStaff);
    public static readonly Actor Applicant = new(Guid.NewGuid(), "王芳", PortalRoles.Applicant, EnterpriseId);
    public static readonly Actor Maker = new(Guid.NewGuid(), "制单", PortalRoles.FinanceStaff);
    public static readonly Actor Checker = new(Guid.NewGuid(), "复核", PortalRoles.FinanceStaff);

    public static Award ThreeYearAward(decimal amount = 900_000m) => Award.ForEntitlement(
        "ZZ-2026-000001", Guid.NewGuid(), "jinshan-2025", "jinshan-2025/1-1-rental-premises", 2026, EnterpriseId, null, "示范企业",
        "91310116MA1JCHAT8X", "租金补贴", amount,
        [new Tranche(1, "第 1 年", 300_000m, AmountKind.Fixed, "第 1 个租赁年度"), new Tranche(2, "第 2 年", 300_000m, AmountKind.Fixed, "第 2 个租赁年度"),
         new Tranche(3, "第 3 年", 300_000m, AmountKind.Fixed, "第 3 个租赁年度")],
        Staff, Now, Today);

    /// <summary>A batch paying one tranche: built by the maker, approved by the checker, paid.</summary>
    public static DisbursementBatch PaidBatch(Award award, AwardTranche tranche)
    {
        var batch = DisbursementBatch.Build("BF-2026-0001", "测试", [(award, tranche)], Maker, Now);
        batch.Approve(Checker, Now);
        batch.RecordPayment(batch.Lines[0].Id, award, "BANK-1", Today, Maker, Now, Today);
        return batch;
    }
}
