namespace SubsidyPortal.Domain.Applications;

/// <summary>Where an application stands (glossary: Application lifecycle). Changes only through <see cref="ApplicationTransitions"/>.</summary>
public enum ApplicationStatus
{
    /// <summary>草稿: being filled in by the applicant; nobody else sees it.</summary>
    Draft,

    /// <summary>申报 / 提交: filed; waiting for its town/park to confirm (初审 part one).</summary>
    Submitted,

    /// <summary>退回补正: sent back by the committee with reasons and a deadline.</summary>
    ReturnedForCorrection,

    /// <summary>初审: confirmed by the town/park; the committee checks completeness and the automatic findings.</summary>
    PreliminaryReview,

    /// <summary>专家评审 (征求相关部门意见).</summary>
    ExpertReview,

    /// <summary>拟立项 / 择优: on the committee's proposed list, with an approved amount.</summary>
    ProposedForApproval,

    /// <summary>公示: on the public list during the notice window; objections may be lodged.</summary>
    PublicNotice,

    /// <summary>立项.</summary>
    Approved,

    /// <summary>不予支持.</summary>
    Rejected,

    /// <summary>撤回: withdrawn by the applicant before review started.</summary>
    Withdrawn,

    /// <summary>项目撤销.</summary>
    Revoked,
}

/// <summary>What someone does to an application; each is one row (or a few, per source state) of the transition table.</summary>
public enum ApplicationAction
{
    Submit,
    Withdraw,
    ConfirmByTown,
    DeclineByTown,
    ReturnForCorrection,
    Resubmit,
    PassPreliminaryReview,
    Reject,
    Propose,
    WithdrawProposal,
    PublishNotice,
    UpholdObjection,
    Approve,
    Revoke,
}
