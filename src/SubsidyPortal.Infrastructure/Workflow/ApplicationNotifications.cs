using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Notifications;

namespace SubsidyPortal.Infrastructure.Workflow;

/// <summary>站内消息 to the applicant's enterprise for every change of its application, in both languages.</summary>
internal static class ApplicationNotifications
{
    public static Notification For(SubsidyApplication application, ApplicationStatusChanged changed)
    {
        var (zh, en) = changed.Action switch
        {
            ApplicationAction.Submit => ("已提交，等待镇（园区）确认", "was submitted and awaits confirmation by the town/park"),
            ApplicationAction.Withdraw => ("已撤回", "was withdrawn"),
            ApplicationAction.ConfirmByTown => ("已经镇（园区）确认，进入区科委初审", "was confirmed by the town/park and is in preliminary review"),
            ApplicationAction.DeclineByTown => ("未通过镇（园区）确认：" + application.DecisionReason, "was not confirmed by the town/park: " + application.DecisionReason),
            ApplicationAction.ReturnForCorrection => ($"被退回补正，请于 {application.CorrectionDeadline:yyyy-MM-dd} 前修改后重新提交：{application.CorrectionReason}",
                $"was returned for correction; resubmit by {application.CorrectionDeadline:yyyy-MM-dd}: {application.CorrectionReason}"),
            ApplicationAction.Resubmit => ("补正后已重新提交", "was resubmitted after correction"),
            ApplicationAction.PassPreliminaryReview => ("通过初审，进入专家评审", "passed preliminary review and is in expert review"),
            ApplicationAction.Reject => ("不予支持：" + application.DecisionReason, "was rejected: " + application.DecisionReason),
            ApplicationAction.Propose => ("已列入拟立项名单", "was proposed for approval"),
            ApplicationAction.WithdrawProposal => ("已移出拟立项名单，回到专家评审", "was taken off the proposed list and is back in expert review"),
            ApplicationAction.PublishNotice => ($"已进入公示，公示期至 {application.NoticeLastDay:yyyy-MM-dd}", $"is on public notice until {application.NoticeLastDay:yyyy-MM-dd}"),
            ApplicationAction.UpholdObjection => ("公示期间异议经调查核实成立，不予立项：" + application.DecisionReason, "an objection was upheld; not approved: " + application.DecisionReason),
            ApplicationAction.Approve => ("公示期满无异议，已立项", "was approved after the public notice"),
            ApplicationAction.Revoke => ("已撤销：" + application.DecisionReason, "was revoked: " + application.DecisionReason),
            _ => ("状态已更新", "changed"),
        };
        var kind = changed.Action switch
        {
            ApplicationAction.ReturnForCorrection => NotificationKind.ReturnedForCorrection,
            ApplicationAction.PublishNotice or ApplicationAction.UpholdObjection => NotificationKind.PublicNotice,
            ApplicationAction.Approve => NotificationKind.Award,
            _ => NotificationKind.StatusChanged,
        };
        return Notification.ForEnterprise(
            application.EnterpriseId,
            kind,
            $"申报 {application.ReferenceNumber}「{application.ProjectName}」{zh}",
            $"Application {application.ReferenceNumber} ({application.ProjectName}) {en}",
            $"/enterprise/applications/{application.Id}",
            changed.OccurredAt);
    }
}
