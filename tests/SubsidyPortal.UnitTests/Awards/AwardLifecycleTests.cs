using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Disbursements;
using SubsidyPortal.Domain.Identity;
using SubsidyPortal.Domain.Rules;

using static SubsidyPortal.UnitTests.Awards.AwardExamples;

namespace SubsidyPortal.UnitTests.Awards;

/// <summary>An award from making to paying to revoking, through the aggregates alone.</summary>
public sealed class AwardLifecycleTests
{
    [Fact]
    public void A_three_year_award_releases_the_first_year_now_and_schedules_the_others_a_year_apart()
    {
        var award = ThreeYearAward();

        Assert.Equal([TrancheStatus.Payable, TrancheStatus.Scheduled, TrancheStatus.Scheduled], award.Tranches.Select(t => t.Status));
        Assert.Equal([Today, Today.AddYears(1), Today.AddYears(2)], award.Tranches.Select(t => t.DueOn));
        Assert.Equal(award.Amount, award.Tranches.Sum(t => t.Amount));
        Assert.Equal("Awarded", Assert.Single(award.NewHistory).Action);
    }

    [Fact]
    public void An_award_below_the_rules_figure_is_spread_over_its_tranches_to_the_fen()
    {
        var award = ThreeYearAward(100_000m);

        Assert.Equal([33_333.33m, 33_333.33m, 33_333.34m], award.Tranches.Select(t => t.Amount));
    }

    [Fact]
    public void Nothing_is_batched_before_the_enterprise_confirms_its_account()
    {
        var award = ThreeYearAward();

        var refused = Assert.Throws<DomainException>(() => DisbursementBatch.Build("BF-1", "", [(award, award.Tranches[0])], Maker, Now));
        Assert.Equal("award.bank-account-unconfirmed", refused.Code);
    }

    [Fact]
    public void Only_the_recipient_confirms_the_account_and_the_number_must_be_digits()
    {
        var award = ThreeYearAward();

        Assert.Equal("award.not-the-recipient", Assert.Throws<DomainException>(() =>
            award.ConfirmBankAccount("示范企业", "工商银行", "6222021001123456789", new Actor(null, "他人", PortalRoles.Applicant, Guid.NewGuid()), Now)).Code);
        Assert.Equal("award.bank-account-number-invalid", Assert.Throws<DomainException>(() =>
            award.ConfirmBankAccount("示范企业", "工商银行", "6222-ABC", Applicant, Now)).Code);

        award.ConfirmBankAccount("示范企业", "工商银行", "6222 0210 0112 3456 789", Applicant, Now);
        Assert.Equal("6222021001123456789", award.BankAccountNumber);
    }

    [Fact]
    public void A_later_tranche_is_released_by_staff_only_once_it_is_due()
    {
        var award = ThreeYearAward();
        var second = award.Tranches[1];

        Assert.Equal("award.tranche-not-due", Assert.Throws<DomainException>(() => award.ReleaseTranche(second.Id, "租金凭证已核", Staff, Now, Today)).Code);
        Assert.Equal("money.role-not-allowed", Assert.Throws<DomainException>(() => award.ReleaseTranche(second.Id, "租金凭证已核", Maker, Now, Today.AddYears(1))).Code);

        award.ReleaseTranche(second.Id, "第 2 年租金凭证已核", Staff, Now, Today.AddYears(1));
        Assert.Equal(TrancheStatus.Payable, second.Status);
    }

    [Fact]
    public void Paying_a_line_marks_its_tranche_paid_once_and_a_second_payment_is_refused()
    {
        var award = ThreeYearAward();
        award.ConfirmBankAccount("示范企业", "工商银行", "6222021001123456789", Applicant, Now);
        var batch = PaidBatch(award, award.Tranches[0]);

        Assert.Equal(TrancheStatus.Paid, award.Tranches[0].Status);
        Assert.Equal("BANK-1", award.Tranches[0].PaymentReference);
        Assert.Equal(BatchStatus.Completed, batch.Status);
        var again = Assert.Throws<DomainException>(() => batch.RecordPayment(batch.Lines[0].Id, award, "BANK-2", Today, Maker, Now, Today));
        // The line's state is checked before the batch's: a repeat hears "already paid", not "not approved".
        Assert.Equal("batch.line-already-paid", again.Code);
        Assert.Equal(300_000m, award.PaidAmount);
    }

    [Fact]
    public void Revocation_stops_the_unpaid_tranches_and_returns_what_was_paid_for_the_claw_back()
    {
        var award = ThreeYearAward();
        award.ConfirmBankAccount("示范企业", "工商银行", "6222021001123456789", Applicant, Now);
        PaidBatch(award, award.Tranches[0]);

        var paid = award.Revoke(RevocationGround.AuditedInvestmentVariance, "审计后固定资产投资额减少 35%", Staff, Now);

        Assert.Equal(300_000m, paid);
        Assert.Equal([TrancheStatus.Paid, TrancheStatus.Stopped, TrancheStatus.Stopped], award.Tranches.Select(t => t.Status));
        var clawback = Clawback.Open(award, paid, Staff, Now);
        Assert.Equal(300_000m, clawback.Outstanding);
        Assert.Equal("award.already-revoked", Assert.Throws<DomainException>(() => award.Revoke(RevocationGround.CannotProceed, "再次", Staff, Now)).Code);
    }

    [Fact]
    public void A_claw_back_closes_when_every_fen_is_recovered_and_refuses_more()
    {
        var award = ThreeYearAward();
        award.ConfirmBankAccount("示范企业", "工商银行", "6222021001123456789", Applicant, Now);
        PaidBatch(award, award.Tranches[0]);
        var clawback = Clawback.Open(award, award.Revoke(RevocationGround.CannotProceed, "无法实施", Staff, Now), Staff, Now);

        clawback.RecordRecovery(100_000m, Today, "JH-1", Maker, Now, Today);
        Assert.Equal("clawback.amount-invalid", Assert.Throws<DomainException>(() => clawback.RecordRecovery(200_000.01m, Today, "JH-2", Maker, Now, Today)).Code);
        clawback.RecordRecovery(200_000m, Today, "JH-2", Maker, Now, Today);

        Assert.Equal(ClawbackStatus.Recovered, clawback.Status);
        Assert.Equal(0m, clawback.Outstanding);
        Assert.Equal(["Opened", "Recovered", "Recovered", "Closed"], clawback.NewHistory.Select(e => e.Action));
    }
}
