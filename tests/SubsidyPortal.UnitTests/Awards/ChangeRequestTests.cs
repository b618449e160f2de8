using System.Globalization;
using SubsidyPortal.Domain.Awards;
using SubsidyPortal.Domain.Common;
using static SubsidyPortal.UnitTests.Awards.AftercareBuilder;

namespace SubsidyPortal.UnitTests.Awards;

/// <summary>项目变更 (金科〔2025〕25 号 关于项目管理有关要求 三): what needs written approval, who files and who decides.</summary>
public sealed class ChangeRequestTests
{
    private static ChangeRequest Investment(Award award, decimal planned, decimal changed, decimal structure, IReadOnlyCollection<ChangeRequest>? existing = null) =>
        award.FileChange(ChangeKind.Investment, "追加设备投资", planned, changed, structure, existing ?? [], Recipient, Now);

    [Fact]
    public void A_total_investment_change_of_9_99_percent_is_not_major_and_is_refused_as_needing_no_approval()
    {
        var e = Assert.Throws<DomainException>(() => Investment(Award(), 1_000_000m, 1_099_900m, 0m));
        Assert.Equal("change.investment-not-major", e.Code);
    }

    [Fact]
    public void A_total_investment_change_of_exactly_10_percent_is_major()
    {
        var request = Investment(Award(), 1_000_000m, 1_100_000m, 0m);
        Assert.Equal(10m, request.TotalChangePercent);
        Assert.Equal(ChangeRequestStatus.Pending, request.Status);
    }

    [Fact]
    public void A_fall_in_total_investment_counts_as_much_as_a_rise()
    {
        Assert.Equal(10m, Investment(Award(), 1_000_000m, 900_000m, 0m).TotalChangePercent);
    }

    [Fact]
    public void Just_under_10_percent_is_not_rounded_up_to_10()
    {
        Assert.False(MajorInvestmentChange.IsMajor(1_000_000m, 1_099_999.99m, 0m));
    }

    [Fact]
    public void A_structure_change_of_49_99_percent_is_not_major()
    {
        var e = Assert.Throws<DomainException>(() => Investment(Award(), 1_000_000m, 1_000_000m, 49.99m));
        Assert.Equal("change.investment-not-major", e.Code);
    }

    [Fact]
    public void A_structure_change_of_50_percent_is_major_even_with_the_total_unchanged()
    {
        var request = Investment(Award(), 1_000_000m, 1_000_000m, 50m);
        Assert.Equal(0m, request.TotalChangePercent);
        Assert.Equal(50m, request.StructureChangePercent);
    }

    [Theory]
    [InlineData(null, "1000000", "10", "change.planned-investment-invalid")]
    [InlineData("0", "1000000", "10", "change.planned-investment-invalid")]
    [InlineData("1000000", "-1", "10", "change.new-investment-invalid")]
    [InlineData("1000000", "2000000", "100.5", "change.structure-percent-invalid")]
    [InlineData("1000000", "2000000", "10.123", "change.structure-percent-invalid")]
    public void Investment_figures_must_make_sense(string? planned, string changed, string structure, string code)
    {
        var e = Assert.Throws<DomainException>(() => Award().FileChange(
            ChangeKind.Investment, "调整", planned is null ? null : decimal.Parse(planned, CultureInfo.InvariantCulture),
            decimal.Parse(changed, CultureInfo.InvariantCulture), decimal.Parse(structure, CultureInfo.InvariantCulture), [], Recipient, Now));
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void Other_kinds_need_no_figures_and_keep_none()
    {
        var request = Award().FileChange(ChangeKind.PlaceOrPeriod, "实施地点迁至金山", 5m, 6m, 7m, [], Recipient, Now);
        Assert.Null(request.PlannedTotalInvestment);
        Assert.Null(request.TotalChangePercent);
    }

    [Fact]
    public void Only_the_recipient_enterprise_files_a_change()
    {
        Assert.Equal("change.not-the-recipient", Assert.Throws<DomainException>(() =>
            Award().FileChange(ChangeKind.Content, "内容调整", null, null, null, [], OtherEnterprise, Now)).Code);
        Assert.Equal("change.not-the-recipient", Assert.Throws<DomainException>(() =>
            Award().FileChange(ChangeKind.Content, "内容调整", null, null, null, [], Staff, Now)).Code);
    }

    [Fact]
    public void A_change_is_filed_only_while_the_award_is_active()
    {
        var award = Award();
        award.Revoke(RevocationGround.CannotProceed, "无法实施", Staff, Now);
        Assert.Equal("change.award-not-active", Assert.Throws<DomainException>(() =>
            award.FileChange(ChangeKind.Content, "内容调整", null, null, null, [], Recipient, Now)).Code);
    }

    [Fact]
    public void One_pending_request_per_kind_at_a_time_but_another_kind_may_be_filed()
    {
        var award = Award();
        var first = award.FileChange(ChangeKind.Content, "内容调整", null, null, null, [], Recipient, Now);
        Assert.Equal("change.already-pending", Assert.Throws<DomainException>(() =>
            award.FileChange(ChangeKind.Content, "再次调整", null, null, null, [first], Recipient, Now)).Code);
        award.FileChange(ChangeKind.LegalEntity, "主体变更", null, null, null, [first], Recipient, Now);

        award.DecideChange(first, approve: false, "理由不充分", Staff, Now);
        award.FileChange(ChangeKind.Content, "补充理由后再申请", null, null, null, [first], Recipient, Now);
    }

    [Fact]
    public void A_decision_needs_written_text()
    {
        var award = Award();
        var request = award.FileChange(ChangeKind.Content, "内容调整", null, null, null, [], Recipient, Now);
        Assert.Equal("change.decision-required", Assert.Throws<DomainException>(() => award.DecideChange(request, true, "  ", Staff, Now)).Code);
        Assert.Equal(ChangeRequestStatus.Pending, request.Status);
    }

    [Fact]
    public void Only_committee_staff_decide_never_the_enterprise()
    {
        var award = Award();
        var request = award.FileChange(ChangeKind.Content, "内容调整", null, null, null, [], Recipient, Now);
        Assert.Equal("money.role-not-allowed", Assert.Throws<DomainException>(() => award.DecideChange(request, true, "同意", Recipient, Now)).Code);
        Assert.Equal("money.role-not-allowed", Assert.Throws<DomainException>(() => award.DecideChange(request, true, "同意", Town, Now)).Code);
    }

    [Fact]
    public void Staff_approve_in_writing_and_the_award_trail_records_filing_and_decision()
    {
        var award = Award();
        var request = award.FileChange(ChangeKind.Content, "内容调整", null, null, null, [], Recipient, Now);
        award.DecideChange(request, approve: true, "经研究，同意变更", Staff, Now);

        Assert.Equal(ChangeRequestStatus.Approved, request.Status);
        Assert.Equal("经研究，同意变更", request.Decision);
        Assert.Equal(Staff.Name, request.DecidedByName);
        Assert.Equal(["ChangeRequested", "ChangeApproved"], award.NewHistory.Select(e => e.Action).TakeLast(2));
        Assert.Equal("change.not-pending", Assert.Throws<DomainException>(() => award.DecideChange(request, false, "改判", Staff, Now)).Code);
    }

    [Fact]
    public void A_revoked_awards_pending_change_can_be_refused_but_not_approved()
    {
        var award = Award();
        var request = award.FileChange(ChangeKind.Content, "内容调整", null, null, null, [], Recipient, Now);
        award.Revoke(RevocationGround.UnapprovedChange, "擅自变更", Staff, Now);
        Assert.Equal("change.approval-needs-active-award", Assert.Throws<DomainException>(() => award.DecideChange(request, true, "同意", Staff, Now)).Code);
        award.DecideChange(request, false, "项目已撤销", Staff, Now);
        Assert.Equal(ChangeRequestStatus.Refused, request.Status);
    }
}
