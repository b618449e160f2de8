using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Rules;

using static SubsidyPortal.UnitTests.Awards.AwardExamples;

namespace SubsidyPortal.UnitTests.Awards;

/// <summary>分期缴回 and 核销 on a claw-back of 300,000 yuan (one year of a three-year rent award paid, then revoked).</summary>
public sealed class ClawbackPlanAndWriteOffTests
{
    private static Clawback OpenClawback()
    {
        var award = ThreeYearAward();
        award.ConfirmBankAccount("示范企业", "工商银行", "6222021001123456789", Applicant, Now);
        PaidBatch(award, award.Tranches[0]);
        return Clawback.Open(award, award.Revoke(RevocationGround.CannotProceed, "无法实施", Staff, Now), Staff, Now);
    }

    [Fact]
    public void Even_instalments_round_down_to_the_fen_and_the_last_takes_the_rest()
    {
        var terms = InstalmentTerm.Even(100_000m, 3, new DateOnly(2027, 1, 31), 1);

        Assert.Equal([33_333.33m, 33_333.33m, 33_333.34m], terms.Select(t => t.Amount));
        Assert.Equal(100_000m, terms.Sum(t => t.Amount));
        // A month after 31 January is the last day of February.
        Assert.Equal([new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31)], terms.Select(t => t.DueOn));
    }

    [Fact]
    public void A_plan_must_add_up_to_the_outstanding_amount_to_the_fen()
    {
        var clawback = OpenClawback();
        var first = Today.AddMonths(1);

        Assert.Equal("clawback.plan-total", Assert.Throws<DomainException>(() => clawback.AgreeInstalmentPlan(
            [new InstalmentTerm(first, 150_000m), new InstalmentTerm(first.AddMonths(1), 149_999.99m)], null, Maker, Now, Today)).Code);
        Assert.Equal("clawback.plan-total", Assert.Throws<DomainException>(() => clawback.AgreeInstalmentPlan(
            [new InstalmentTerm(first, 150_000.005m), new InstalmentTerm(first.AddMonths(1), 149_999.995m)], null, Maker, Now, Today)).Code);
        Assert.Equal(0, clawback.PlanNumber);
        Assert.Empty(clawback.Instalments);
    }

    [Fact]
    public void Instalments_fall_due_in_order_and_not_before_today()
    {
        var clawback = OpenClawback();

        Assert.Equal("clawback.plan-dates", Assert.Throws<DomainException>(() => clawback.AgreeInstalmentPlan(
            [new InstalmentTerm(Today.AddDays(-1), 150_000m), new InstalmentTerm(Today.AddMonths(1), 150_000m)], null, Maker, Now, Today)).Code);
        Assert.Equal("clawback.plan-dates", Assert.Throws<DomainException>(() => clawback.AgreeInstalmentPlan(
            [new InstalmentTerm(Today.AddMonths(1), 150_000m), new InstalmentTerm(Today.AddMonths(1), 150_000m)], null, Maker, Now, Today)).Code);
        clawback.AgreeInstalmentPlan([new InstalmentTerm(Today, 150_000m), new InstalmentTerm(Today.AddMonths(1), 150_000m)], null, Maker, Now, Today);
        Assert.Equal(1, clawback.PlanNumber);
    }

    [Fact]
    public void Recoveries_fill_the_earliest_instalment_first_and_a_missed_one_shows_overdue()
    {
        var clawback = OpenClawback();
        clawback.RecordRecovery(60_000m, Today, "JH-0", Maker, Now, Today);
        clawback.AgreeInstalmentPlan(InstalmentTerm.Even(clawback.Outstanding, 3, new DateOnly(2026, 12, 31), 1), "企业分期申请 2026-001", Maker, Now, Today);

        // 240,000 in three: 80,000 each. The recovery before the plan does not count towards it.
        Assert.All(clawback.Standing(Today), i => Assert.Equal(InstalmentState.Due, i.State));
        clawback.RecordRecovery(100_000m, Today, "JH-1", Maker, Now, Today);

        var later = new DateOnly(2027, 2, 1);
        var standing = clawback.Standing(later);
        Assert.Equal([InstalmentState.Repaid, InstalmentState.Overdue, InstalmentState.Due], standing.Select(i => i.State));
        Assert.Equal(20_000m, standing[1].Repaid);
        Assert.Equal(60_000m, standing[1].Remaining);
        Assert.Contains(clawback.NewHistory, e => e.Action == "PlanAgreed" && e.Amount == 240_000m && e.Note!.Contains("2026-12-31 80,000.00 元", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_plan_supersedes_the_last_and_keeps_its_rows()
    {
        var clawback = OpenClawback();
        clawback.AgreeInstalmentPlan(InstalmentTerm.Even(clawback.Outstanding, 2, Today.AddMonths(1), 1), null, Maker, Now, Today);
        clawback.AgreeInstalmentPlan(InstalmentTerm.Even(clawback.Outstanding, 6, Today.AddMonths(1), 2), null, Checker, Now, Today);

        Assert.Equal(2, clawback.PlanNumber);
        Assert.Equal(8, clawback.Instalments.Count);
        Assert.Equal(6, clawback.PlanInForce.Count);
        Assert.Equal(300_000m, clawback.PlanInForce.Sum(i => i.Amount));
    }

    [Fact]
    public void A_write_off_takes_two_finance_users_and_closes_the_claw_back()
    {
        var clawback = OpenClawback();
        clawback.RecordRecovery(100_000m, Today, "JH-1", Maker, Now, Today);
        clawback.ProposeWriteOff("企业已注销，经法院裁定无可执行财产（（2026）沪0116执123号）", Maker, Now);

        Assert.Equal("clawback.write-off-same-user", Assert.Throws<DomainException>(() => clawback.ApproveWriteOff(Maker, Now)).Code);
        Assert.Equal("clawback.write-off-pending", Assert.Throws<DomainException>(() => clawback.ProposeWriteOff("再次", Checker, Now)).Code);
        Assert.Equal(ClawbackStatus.Open, clawback.Status);

        clawback.ApproveWriteOff(Checker, Now);

        Assert.Equal(ClawbackStatus.WrittenOff, clawback.Status);
        Assert.Equal(200_000m, clawback.AmountWrittenOff);
        Assert.Equal(0m, clawback.Outstanding);
        Assert.Null(clawback.PendingWriteOff);
        var lines = clawback.NewHistory.Select(e => (e.Action, e.Amount, e.ActorName)).ToList();
        Assert.Equal(("WriteOffProposed", 200_000m, "制单"), lines[^2]);
        Assert.Equal(("WrittenOff", 200_000m, "复核"), lines[^1]);
        Assert.Equal("clawback.closed", Assert.Throws<DomainException>(() => clawback.AgreeInstalmentPlan(
            [new InstalmentTerm(Today, 1m)], null, Maker, Now, Today)).Code);
    }

    [Fact]
    public void Money_recovered_after_the_request_makes_the_request_stale()
    {
        var clawback = OpenClawback();
        clawback.ProposeWriteOff("无力偿还", Maker, Now);
        clawback.RecordRecovery(1m, Today, "JH-1", Maker, Now, Today);

        Assert.Equal("clawback.write-off-stale", Assert.Throws<DomainException>(() => clawback.ApproveWriteOff(Checker, Now)).Code);
        clawback.RejectWriteOff("已收到部分缴回，重新核实", Checker, Now);
        Assert.Null(clawback.PendingWriteOff);
        Assert.Equal("WriteOffRejected", clawback.NewHistory[^1].Action);
        Assert.Equal(299_999m, clawback.Outstanding);
    }

    [Fact]
    public void Only_finance_staff_plan_or_write_off_and_a_reason_is_required()
    {
        var clawback = OpenClawback();

        Assert.Throws<DomainException>(() => clawback.ProposeWriteOff("理由", Staff, Now));
        Assert.Throws<DomainException>(() => clawback.AgreeInstalmentPlan([new InstalmentTerm(Today, 300_000m)], null, Staff, Now, Today));
        Assert.Equal("clawback.write-off-reason-required", Assert.Throws<DomainException>(() => clawback.ProposeWriteOff("  ", Maker, Now)).Code);
        Assert.Equal("clawback.no-write-off", Assert.Throws<DomainException>(() => clawback.ApproveWriteOff(Checker, Now)).Code);
    }
}
