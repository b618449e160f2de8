namespace SubsidyPortal.Domain.Awards;

/// <summary>
/// 金科〔2025〕25 号 关于项目管理有关要求 三、项目变更:
/// "项目发生以下重大变更的，项目单位应及时向所在镇（园区）和区级主管部门汇报相关情况，经研究和书面同意后，履行相关手续再予以实施。"
/// </summary>
public enum ChangeKind
{
    /// <summary>（一）项目法人或主体发生变更.</summary>
    LegalEntity,

    /// <summary>（二）项目实施地点、实施期限发生变更.</summary>
    PlaceOrPeriod,

    /// <summary>（三）项目主要内容、性质发生变更.</summary>
    Content,

    /// <summary>（四）项目总投资变动在 10%及以上，项目投资结构变动在 50%及以上.</summary>
    Investment,
}

/// <summary>A change request waits for the committee's written decision (书面同意) before the change may be made.</summary>
public enum ChangeRequestStatus
{
    Pending,
    Approved,
    Refused,
}

/// <summary>项目进展和资金使用情况报告: due, then submitted by the enterprise, then reviewed by staff.</summary>
public enum ProgressReportStatus
{
    Due,
    Submitted,
    Reviewed,

    /// <summary>Replaced by a new schedule before it was submitted; kept, not deleted, so the trail stays whole.</summary>
    Superseded,
}
