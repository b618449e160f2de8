namespace SubsidyPortal.Domain.Awards;

/// <summary>Where an award comes from: an approved application (立项), or 免申即享 data the committee holds.</summary>
public enum AwardSource
{
    Application,
    AutomaticEntitlement,
}

public enum AwardStatus
{
    /// <summary>Being paid out on its schedule.</summary>
    Active,

    /// <summary>Every tranche paid.</summary>
    Completed,

    /// <summary>项目撤销: unpaid tranches stopped; what was paid is clawed back.</summary>
    Revoked,
}

/// <summary>分期拨付: where one payment of an award stands.</summary>
public enum TrancheStatus
{
    /// <summary>A later tranche waiting for its date and condition (e.g. the next rental year's receipts).</summary>
    Scheduled,

    /// <summary>Released: finance may put it in a disbursement batch.</summary>
    Payable,

    /// <summary>On a disbursement batch not yet paid.</summary>
    InBatch,

    Paid,

    /// <summary>Stopped by revocation; never paid.</summary>
    Stopped,
}

/// <summary>
/// 金科〔2025〕25 号 关于项目管理有关要求 四、项目撤销: "有下列情形之一的，区主管部门可以直接做出撤销专项资金支持项目的决定，
/// 被撤销的项目将不再拨付专项资金，并视情收回已拨付的专项资金。"
/// </summary>
public enum RevocationGround
{
    /// <summary>（一）项目单位未经批准擅自变更建设内容.</summary>
    UnapprovedChange,

    /// <summary>（二）经审计后项目实际完成投资额或固定资产投资额变动超过 30%及以上.</summary>
    AuditedInvestmentVariance,

    /// <summary>（三）项目实施条件发生重大变化，致使项目无法继续实施.</summary>
    CannotProceed,

    /// <summary>（四）项目在延期 2 年后仍不能按时完成.</summary>
    UnfinishedAfterExtension,

    /// <summary>（五）其他依照法律、法规、规章或规范性文件规定应当予以撤销项目的情形.</summary>
    OtherLegalGrounds,
}
