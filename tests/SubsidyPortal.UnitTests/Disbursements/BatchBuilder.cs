using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Disbursements;

/// <summary>Awards with confirmed accounts and batches built from them, through the real domain methods.</summary>
internal static class BatchBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static Actor Staff { get; } = new(Guid.NewGuid(), "经办人", PortalRoles.CommitteeStaff);

    public static Actor Maker { get; } = new(Guid.NewGuid(), "制单人", PortalRoles.FinanceStaff);

    public static Actor Checker { get; } = new(Guid.NewGuid(), "复核人", PortalRoles.FinanceStaff);

    public static Award Award(decimal amount, IReadOnlyList<Tranche>? tranches = null, bool confirm = true, string policyId = "changning-2024")
    {
        var enterpriseId = Guid.NewGuid();
        var award = Domain.Awards.Award.ForEntitlement(
            $"ZZ-2026-{Random.Shared.Next(1, 999_999):000000}", Guid.NewGuid(), policyId, policyId == "changning-2024" ? "changning-2024/6-high-tech-first" : $"{policyId}/test-clause", 2026,
            enterpriseId, null, "上海示范科技有限公司", "91310105MA1FL1XK2", "高新技术企业首次认定", amount, tranches ?? [], Staff, Now, Today);
        if (confirm)
        {
            award.ConfirmBankAccount("上海示范科技有限公司", "中国工商银行", "6222021001123456789", new Actor(Guid.NewGuid(), "王芳", PortalRoles.Applicant, enterpriseId), Now);
        }

        return award;
    }

    public static DisbursementBatch Batch(params Award[] awards) =>
        DisbursementBatch.Build("BF-2026-0001", "测试", [.. awards.Select(a => (a, a.Tranches[0]))], Maker, Now);

    public static DisbursementBatch Approved(params Award[] awards)
    {
        var batch = Batch(awards);
        batch.Approve(Checker, Now);
        return batch;
    }
}
