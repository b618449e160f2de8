using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Awards.Rules;

// 项目变更 and 项目进展 rules (金科〔2025〕25 号 关于项目管理有关要求 二、三), one small class each; codes are in MoneyMessages.resx.

/// <summary>Filed only while the award is being carried out: a completed or revoked award has nothing left to approve.</summary>
public sealed class ChangeMayBeFiledOnlyOnActiveAward(Award award) : IBusinessRule
{
    public string Code => "change.award-not-active";

    public string Message => $"Award {award.AwardNumber} is {award.Status}; changes are filed while it is active.";

    public bool IsBroken() => award.Status != AwardStatus.Active;
}

/// <summary>Only the recipient files a change to its own project.</summary>
public sealed class ChangeMustBeFiledByTheRecipient(Award award, Applications.Actor actor) : IBusinessRule
{
    public string Code => "change.not-the-recipient";

    public string Message => "Only the enterprise that received the award may file a change or a report.";

    public bool IsBroken() => actor.Role != Identity.PortalRoles.Applicant || actor.EnterpriseId != award.EnterpriseId;
}

/// <summary>One open request per kind: a second one would leave the committee two answers to give to one question.</summary>
public sealed class OnePendingChangePerKind(IEnumerable<ChangeRequest> existing, ChangeKind kind) : IBusinessRule
{
    public string Code => "change.already-pending";

    public string Message => $"A {kind} change is already waiting for a decision.";

    public bool IsBroken() => existing.Any(r => r.Kind == kind && r.Status == ChangeRequestStatus.Pending);
}

public sealed class ChangeRequestMustBePending(ChangeRequest request) : IBusinessRule
{
    public string Code => "change.not-pending";

    public string Message => $"The change request is already {request.Status}.";

    public bool IsBroken() => request.Status != ChangeRequestStatus.Pending;
}

/// <summary>An approval lets the change go ahead, which makes no sense once the award is revoked; a refusal is always possible.</summary>
public sealed class ApprovalNeedsAnActiveAward(Award award, bool approve) : IBusinessRule
{
    public string Code => "change.approval-needs-active-award";

    public string Message => $"Award {award.AwardNumber} is {award.Status}; the change can only be refused.";

    public bool IsBroken() => approve && award.Status == AwardStatus.Revoked;
}

public sealed class PlannedInvestmentMustBePositive(decimal? planned) : IBusinessRule
{
    public string Code => "change.planned-investment-invalid";

    public string Message => $"The planned total investment must be positive, to the fen ({planned}).";

    public bool IsBroken() => planned is not > 0 || !Money.IsWholeFen(planned.Value);
}

public sealed class NewInvestmentMustBeValid(decimal? changed) : IBusinessRule
{
    public string Code => "change.new-investment-invalid";

    public string Message => $"The new total investment must be zero or more, to the fen ({changed}).";

    public bool IsBroken() => changed is not >= 0 || !Money.IsWholeFen(changed.Value);
}

public sealed class StructureChangeMustBeAPercent(decimal? percent) : IBusinessRule
{
    public string Code => "change.structure-percent-invalid";

    public string Message => $"The share of the structure moved is 0–100 with at most two decimals ({percent}).";

    public bool IsBroken() => percent is not (>= 0 and <= 100) || decimal.Round(percent.Value, 2) != percent.Value;
}

/// <summary>三（四）: below 10 % of the total and 50 % of the structure an investment change needs no written approval.</summary>
public sealed class InvestmentChangeMustBeMajor(decimal planned, decimal changed, decimal structurePercent) : IBusinessRule
{
    public string Code => "change.investment-not-major";

    public string Message =>
        $"The total moves {MajorInvestmentChange.TotalChangePercent(planned, changed):0.##} % and the structure {structurePercent:0.##} %: below "
        + $"{MajorInvestmentChange.TotalThresholdPercent} % and {MajorInvestmentChange.StructureThresholdPercent} %, no approval is needed.";

    public bool IsBroken() => !MajorInvestmentChange.IsMajor(planned, changed, structurePercent);
}

public sealed class ProgressReportMustBeIn(ProgressReport report, ProgressReportStatus status) : IBusinessRule
{
    public string Code => "report.wrong-state";

    public string Message => $"Report {report.Sequence} is {report.Status}, not {status}.";

    public bool IsBroken() => report.Status != status;
}

/// <summary>资金使用情况 is about the award's money: the enterprise cannot have spent more of it than it was paid.</summary>
public sealed class FundsUsedMustNotExceedPaid(decimal fundsUsed, decimal paid) : IBusinessRule
{
    public string Code => "report.funds-used-invalid";

    public string Message => $"Funds used ({fundsUsed}) must be zero or more, to the fen, and at most the {paid} paid so far.";

    public bool IsBroken() => fundsUsed < 0 || !Money.IsWholeFen(fundsUsed) || fundsUsed > paid;
}

public sealed class PercentCompleteMustBeAPercent(int percent) : IBusinessRule
{
    public string Code => "report.percent-invalid";

    public string Message => $"Percent complete is 0–100 ({percent}).";

    public bool IsBroken() => percent is < 0 or > 100;
}

/// <summary>A schedule the enterprise can keep: the first report no earlier than today, a sensible interval and number.</summary>
public sealed class ReportScheduleMustBeSensible(ReportSchedule schedule, DateOnly today) : IBusinessRule
{
    public string Code => "report.schedule-invalid";

    public string Message =>
        $"First due {schedule.FirstDueOn:yyyy-MM-dd} (not before {today:yyyy-MM-dd}), every 1–{ReportSchedule.MaxIntervalMonths} months, 1–{ReportSchedule.MaxCount} reports.";

    public bool IsBroken() =>
        schedule.FirstDueOn < today
        || schedule.IntervalMonths is < 1 or > ReportSchedule.MaxIntervalMonths
        || schedule.Count is < 1 or > ReportSchedule.MaxCount;
}

/// <summary>Reports are owed for a project still being carried out or paid; a revoked award owes none.</summary>
public sealed class ReportsNeedAnAwardNotRevoked(Award award) : IBusinessRule
{
    public string Code => "report.award-revoked";

    public string Message => $"Award {award.AwardNumber} is revoked.";

    public bool IsBroken() => award.Status == AwardStatus.Revoked;
}
