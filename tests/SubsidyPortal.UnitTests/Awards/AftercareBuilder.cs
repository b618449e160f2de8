using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.UnitTests.Awards;

/// <summary>Awards made through the real domain for the after-the-award tests.</summary>
internal static class AftercareBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly Guid EnterpriseId = Guid.Parse("0196f000-0000-7000-8000-0000000000a1");

    public static Actor Recipient { get; } = new(Guid.NewGuid(), "王芳", PortalRoles.Applicant, EnterpriseId);
    public static Actor OtherEnterprise { get; } = new(Guid.NewGuid(), "李雷", PortalRoles.Applicant, Guid.NewGuid());
    public static Actor Staff { get; } = new(Guid.NewGuid(), "经办人", PortalRoles.CommitteeStaff);
    public static Actor Finance { get; } = new(Guid.NewGuid(), "制单", PortalRoles.FinanceStaff);
    public static Actor Finance2 { get; } = new(Guid.NewGuid(), "复核", PortalRoles.FinanceStaff);
    public static Actor Town { get; } = new(Guid.NewGuid(), "新泾镇", PortalRoles.TownOrPark, TownOrParkId: Guid.NewGuid());

    /// <summary>Three yearly tranches of 100 000 each (the first payable at once), account confirmed.</summary>
    public static Award Award(decimal each = 100_000m)
    {
        Tranche[] tranches =
        [
            new(1, "第 1 年", each, AmountKind.Fixed, "立项后"),
            new(2, "第 2 年", each, AmountKind.Fixed, "第 2 年租金证明"),
            new(3, "第 3 年", each, AmountKind.Fixed, "第 3 年租金证明"),
        ];
        var award = Domain.Awards.Award.ForEntitlement(
            "ZZ-2026-000001", Guid.NewGuid(), "changning-2024", "changning-2024/6-high-tech-first", 2026, EnterpriseId, null,
            "上海示范科技有限公司", "91310105MA1FL0000X", "示范项目", each * 3, tranches, Staff, Now, Today);
        award.ConfirmBankAccount("上海示范科技有限公司", "工商银行", "6222021001123456789", Recipient, Now);
        return award;
    }

    /// <summary>Pays the first tranche through a real batch: built by one finance user, approved by another.</summary>
    public static void PayFirstTranche(Award award)
    {
        var tranche = award.Tranches.Single(t => t.Sequence == 1);
        var batch = DisbursementBatch.Build("BF-2026-0001", "测试", [(award, tranche)], Finance, Now);
        batch.Approve(Finance2, Now);
        batch.RecordPayment(batch.Lines[0].Id, award, "HX0001", Today, Finance, Now, Today);
    }
}
