using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Disbursements;
using static SubsidyPortal.UnitTests.Disbursements.BatchBuilder;

namespace SubsidyPortal.UnitTests.Disbursements;

/// <summary>The batch rules: maker-checker, paid once, stopped lines never paid, drafts give their tranches back.</summary>
public sealed class DisbursementBatchTests
{
    private static string CodeOf(Action act) => Assert.Throws<DomainException>(act).Code;

    [Fact]
    public void A_batch_cannot_be_approved_by_its_maker()
    {
        var batch = Batch(Award(1_000m));

        Assert.Equal("batch.maker-cannot-approve", CodeOf(() => batch.Approve(Maker, Now)));
        Assert.Equal(BatchStatus.Draft, batch.Status);
        batch.Approve(Checker, Now);
        Assert.Equal(BatchStatus.Approved, batch.Status);
        Assert.Equal(Checker.UserId, batch.CheckerUserId);
    }

    [Fact]
    public void A_tranche_goes_on_one_batch_and_only_with_a_confirmed_account()
    {
        var award = Award(1_000m);
        Batch(award);

        Assert.Equal("award.tranche-not-payable", CodeOf(() => Batch(award)));
        Assert.Equal("award.bank-account-unconfirmed", CodeOf(() => Batch(Award(1_000m, confirm: false))));
        Assert.Equal("batch.empty", CodeOf(() => DisbursementBatch.Build("BF-2026-0002", "", [], Maker, Now)));
    }

    [Fact]
    public void A_batch_pays_one_administering_authoritys_money()
    {
        var changning = Award(1_000m);
        var jinshan = Award(2_000m, policyId: "jinshan-2025");

        Assert.Equal("batch.several-authorities", CodeOf(() => Batch(changning, jinshan)));
        Assert.True(changning.IsPayable(changning.Tranches[0]) && jinshan.IsPayable(jinshan.Tranches[0]));
        Assert.Equal("changning-stc", Batch(changning).AuthorityId);
        Assert.Equal("jinshan-stc", Batch(jinshan).AuthorityId);
    }

    [Fact]
    public void A_line_is_paid_once_and_a_repeat_hears_already_paid_even_when_the_batch_completed()
    {
        var award = Award(2_500m);
        var batch = Approved(award);
        var line = batch.Lines[0];

        var payment = batch.RecordPayment(line.Id, award, "YH-1", Today, Checker, Now, Today);

        Assert.Equal(line.TrancheId, payment.TrancheId);
        Assert.Equal(2_500m, payment.Amount);
        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.Equal(AwardStatus.Completed, award.Status);
        Assert.Equal("batch.line-already-paid", CodeOf(() => batch.RecordPayment(line.Id, award, "YH-2", Today, Checker, Now, Today)));
        Assert.Equal("YH-1", award.Tranches[0].PaymentReference);
    }

    [Fact]
    public void A_draft_is_not_paid_and_a_payment_date_is_neither_before_approval_nor_in_the_future()
    {
        var award = Award(900m);
        var draft = Batch(award);
        Assert.Equal("batch.not-approved", CodeOf(() => draft.RecordPayment(draft.Lines[0].Id, award, "YH", Today, Checker, Now, Today)));

        draft.Approve(Checker, Now);
        Assert.Equal("batch.payment-date-invalid", CodeOf(() => draft.RecordPayment(draft.Lines[0].Id, award, "YH", Today.AddDays(1), Checker, Now, Today)));
        Assert.Equal("batch.payment-date-invalid", CodeOf(() => draft.RecordPayment(draft.Lines[0].Id, award, "YH", Today.AddDays(-1), Checker, Now, Today)));
        Assert.Equal("batch.payment-reference-required", CodeOf(() => draft.RecordPayment(draft.Lines[0].Id, award, " ", Today, Checker, Now, Today)));
        Assert.Equal(LineStatus.Pending, draft.Lines[0].Status);
    }

    [Fact]
    public void A_revoked_awards_line_stops_and_the_batch_completes_with_the_rest()
    {
        var revoked = Award(1_000m);
        var paid = Award(2_000m);
        var batch = Approved(revoked, paid);

        revoked.Revoke(RevocationGround.CannotProceed, "无法实施", Staff, Now);
        batch.StopLinesOf(revoked.Id, Staff, Now);

        Assert.Equal("batch.line-stopped", CodeOf(() => batch.RecordPayment(batch.Lines[0].Id, revoked, "YH", Today, Checker, Now, Today)));
        Assert.Equal(2_000m, batch.Total);
        batch.RecordPayment(batch.Lines[1].Id, paid, "YH-2", Today, Checker, Now, Today);
        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.Equal(2_000m, batch.PaidTotal);
    }

    [Fact]
    public void Cancelling_a_draft_gives_its_tranches_back_and_an_approved_batch_is_not_cancelled()
    {
        var award = Award(700m);
        var draft = Batch(award);

        Assert.Equal("batch.reason-required", CodeOf(() => draft.Cancel(new Dictionary<Guid, Award> { [award.Id] = award }, "", Maker, Now)));
        draft.Cancel(new Dictionary<Guid, Award> { [award.Id] = award }, "重做", Maker, Now);

        Assert.Equal(BatchStatus.Cancelled, draft.Status);
        Assert.Equal(TrancheStatus.Payable, award.Tranches[0].Status);
        var approved = Approved(award);
        Assert.Equal("batch.not-draft", CodeOf(() => approved.Cancel(new Dictionary<Guid, Award> { [award.Id] = award }, "晚了", Maker, Now)));
        Assert.Equal("batch.not-draft", CodeOf(() => approved.Approve(Checker, Now)));
    }

    [Fact]
    public void Only_an_approved_or_completed_batch_is_exported_and_each_export_is_recorded()
    {
        var award = Award(300m);
        var batch = Batch(award);
        Assert.Equal("batch.not-approved", CodeOf(() => batch.RecordExport("bank-file.xlsx", Checker, Now)));

        batch.Approve(Checker, Now);
        batch.RecordExport("bank-file.xlsx", Checker, Now);
        batch.RecordExport("allocation-list.csv", Checker, Now.AddMinutes(5));

        Assert.Equal(Now, batch.FirstExportedAt);
        Assert.Equal(["Built", "Approved", "Exported", "Exported"], batch.NewHistory.Select(e => e.Action));
    }
}
