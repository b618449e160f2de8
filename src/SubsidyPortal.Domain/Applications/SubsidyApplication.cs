using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Domain.Applications;

/// <summary>
/// 申报: an enterprise's application for one clause in one call. Its state changes only through
/// <see cref="Apply"/>, which looks the change up in <see cref="ApplicationTransitions"/>, checks the role and the
/// guards, records an audit line and raises <see cref="ApplicationStatusChanged"/>.
/// </summary>
public sealed class SubsidyApplication : AggregateRoot
{
    public const int ProjectNameMaxLength = 200;

    private readonly List<ApplicationMaterial> _materials = [];
    private readonly List<ApplicationEvent> _history = [];
    private List<string> _requiredMaterials = [];
    private Dictionary<string, string> _answers = [];

    private SubsidyApplication()
    {
        ReferenceNumber = string.Empty;
        ClauseId = string.Empty;
        ProjectName = string.Empty;
    }

    public string ReferenceNumber { get; private set; }

    public Guid CallId { get; private set; }

    public string ClauseId { get; private set; }

    public Guid EnterpriseId { get; private set; }

    /// <summary>The enterprise's town/park when the application started: whose confirmation it needs.</summary>
    public Guid? TownOrParkId { get; private set; }

    /// <summary>项目名称, shown on the public notice and the allocation list.</summary>
    public string ProjectName { get; private set; }

    public ApplicationStatus Status { get; private set; }

    /// <summary>The applicant's answers to the clause's inputs, as typed (parsed when evaluated).</summary>
    public IReadOnlyDictionary<string, string> Answers => _answers;

    /// <summary>The clause's materials checklist when the application started (a later clause edit does not move it).</summary>
    public IReadOnlyList<string> RequiredMaterials => _requiredMaterials;

    public IReadOnlyList<ApplicationMaterial> Materials => _materials;

    /// <summary>Audit lines added since load (the full trail is read from the database).</summary>
    public IReadOnlyList<ApplicationEvent> NewHistory => _history;

    /// <summary>How many audit lines exist: the next one's sequence is this plus one.</summary>
    public int HistoryCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the application came into its present state: the time of its last audit line. Lists worked
    /// oldest first sort on it (an edit that is not a state change moves <see cref="UpdatedAt"/>, not this).</summary>
    public DateTimeOffset StatusChangedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>守信承诺, given for this filing (cleared when it is returned, so a corrected filing is pledged again).</summary>
    public DateTimeOffset? IntegrityPledgedAt { get; private set; }

    // ---- the snapshot the decision relies on ----

    /// <summary>The facts the rule was evaluated with (JSON), fixed at submission.</summary>
    public string? FactsSnapshot { get; private set; }

    /// <summary>The full evaluation (conditions, amount trace, parameters) as JSON, fixed at submission.</summary>
    public string? EvaluationSnapshot { get; private set; }

    public string? RuleSetVersion { get; private set; }

    public EvaluationOutcome? EvaluatedOutcome { get; private set; }

    /// <summary>The rule's figure: the fixed amount, or the ceiling the committee decides under.</summary>
    public decimal? EvaluatedAmount { get; private set; }

    public AmountKind? EvaluatedAmountKind { get; private set; }

    // ---- review ----

    public DateTimeOffset? TownConfirmedAt { get; private set; }

    public string? CorrectionReason { get; private set; }

    public DateOnly? CorrectionDeadline { get; private set; }

    /// <summary>Why it was rejected, declined or revoked: shown to the applicant.</summary>
    public string? DecisionReason { get; private set; }

    /// <summary>The experts' aggregated score (0–100).</summary>
    public decimal? AggregatedScore { get; private set; }

    /// <summary>The amount the committee approves (拟立项金额), never above <see cref="EvaluatedAmount"/>.</summary>
    public decimal? ApprovedAmount { get; private set; }

    public Guid? NoticeId { get; private set; }

    public DateOnly? NoticeLastDay { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public static SubsidyApplication Start(
        string referenceNumber, Guid callId, string clauseId, IReadOnlyList<string> requiredMaterials, Guid enterpriseId, Guid? townOrParkId,
        string projectName, Actor actor, DateTimeOffset now)
    {
        var application = new SubsidyApplication
        {
            ReferenceNumber = Guard.Required(referenceNumber, "application.reference-required", 40),
            CallId = callId,
            ClauseId = clauseId,
            _requiredMaterials = [.. requiredMaterials],
            EnterpriseId = enterpriseId,
            TownOrParkId = townOrParkId,
            ProjectName = Guard.Required(projectName, "application.project-name-required", ProjectNameMaxLength),
            Status = ApplicationStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        BusinessRules.Check(new Rules.ActorMustBeTheApplicant(application, actor));
        application.Record("Created", null, actor, now, null);
        return application;
    }

    private bool Editable => Status is ApplicationStatus.Draft or ApplicationStatus.ReturnedForCorrection;

    public void Rename(string projectName, DateTimeOffset now)
    {
        EnsureEditable();
        ProjectName = Guard.Required(projectName, "application.project-name-required", ProjectNameMaxLength);
        UpdatedAt = now;
    }

    /// <summary>Saves a draft's answers; any change clears the evaluation and the pledge, which must be redone.</summary>
    public void SaveAnswers(IReadOnlyDictionary<string, string> answers, DateTimeOffset now)
    {
        EnsureEditable();
        _answers = new Dictionary<string, string>(answers, StringComparer.Ordinal);
        ClearEvaluation();
        UpdatedAt = now;
    }

    /// <summary>Fixes the facts and the rule's answer the decision will rely on.</summary>
    public void RecordEvaluation(string factsJson, string evaluationJson, string ruleSetVersion, EvaluationOutcome outcome, AmountResult? amount, DateTimeOffset now)
    {
        EnsureEditable();
        FactsSnapshot = factsJson;
        EvaluationSnapshot = evaluationJson;
        RuleSetVersion = ruleSetVersion;
        EvaluatedOutcome = outcome;
        EvaluatedAmount = amount?.Value;
        EvaluatedAmountKind = amount?.Kind;
        UpdatedAt = now;
    }

    public void AttachMaterial(ApplicationMaterial material, DateTimeOffset now)
    {
        EnsureEditable();
        if (material.ApplicationId != Id || material.ItemIndex < 0 || material.ItemIndex >= _requiredMaterials.Count)
        {
            throw new DomainException("application.material-item-unknown", $"Checklist item {material.ItemIndex} does not exist.");
        }

        _materials.Add(material);
        IntegrityPledgedAt = null;
        UpdatedAt = now;
    }

    public ApplicationMaterial RemoveMaterial(Guid materialId, DateTimeOffset now)
    {
        EnsureEditable();
        var material = _materials.SingleOrDefault(m => m.Id == materialId)
            ?? throw new DomainException("application.material-not-found", $"Material {materialId} is not on this application.");
        _materials.Remove(material);
        IntegrityPledgedAt = null;
        UpdatedAt = now;
        return material;
    }

    /// <summary>Checklist items that still have no file.</summary>
    public IReadOnlyList<string> MissingMaterials() =>
        _requiredMaterials.Where((_, i) => !_materials.Exists(m => m.ItemIndex == i)).ToList();

    public void GiveIntegrityPledge(DateTimeOffset now)
    {
        EnsureEditable();
        IntegrityPledgedAt = now;
    }

    /// <summary>Records the experts' aggregate while the application is in expert review.</summary>
    public void RecordAggregatedScore(decimal? score, DateTimeOffset now)
    {
        EnsureIn(ApplicationStatus.ExpertReview);
        AggregatedScore = score;
        UpdatedAt = now;
    }

    /// <summary>Sets the amount the committee proposes; checked against the rule's figure here and again when proposed.</summary>
    public void SetApprovedAmount(decimal amount, DateTimeOffset now)
    {
        EnsureIn(ApplicationStatus.ExpertReview);
        BusinessRules.Check(new Rules.ApprovedAmountMustBeWithinTheRule(amount, EvaluatedAmount));
        ApprovedAmount = amount;
        UpdatedAt = now;
    }

    /// <summary>The one way to change state: refused unless the table has the row, the role fits and every guard holds.</summary>
    public void Apply(ApplicationAction action, Actor actor, TransitionContext context)
    {
        var transition = ApplicationTransitions.Find(action, Status)
            ?? throw new DomainException("application.transition-not-allowed", $"{action} is not possible from {Status}.");
        if (!transition.Roles.Contains(actor.Role))
        {
            throw new DomainException("application.role-not-allowed", $"Role {actor.Role} may not {action}.");
        }

        foreach (var guard in transition.Guards)
        {
            BusinessRules.Check(guard(this, actor, context));
        }

        var from = Status;
        var reason = context.Reason?.Trim();
        switch (action)
        {
            case ApplicationAction.Submit:
                SubmittedAt = context.Now;
                break;
            case ApplicationAction.ConfirmByTown:
                TownConfirmedAt = context.Now;
                break;
            case ApplicationAction.ReturnForCorrection:
                CorrectionReason = reason;
                CorrectionDeadline = context.Deadline;
                IntegrityPledgedAt = null;
                break;
            case ApplicationAction.Resubmit:
                SubmittedAt = context.Now;
                break;
            case ApplicationAction.DeclineByTown or ApplicationAction.Reject or ApplicationAction.UpholdObjection or ApplicationAction.Revoke:
                DecisionReason = reason;
                break;
            case ApplicationAction.WithdrawProposal:
                NoticeId = null;
                break;
            case ApplicationAction.PublishNotice:
                NoticeId = context.NoticeId ?? throw new DomainException("application.notice-missing", "A notice id is required.");
                NoticeLastDay = context.NoticeLastDay ?? throw new DomainException("application.notice-missing", "The notice's last day is required.");
                break;
            case ApplicationAction.Approve:
                ApprovedAt = context.Now;
                break;
        }

        Status = transition.To;
        UpdatedAt = context.Now;
        Record(action.ToString(), from, actor, context.Now, reason);
        Raise(new ApplicationStatusChanged(Id, action, from, Status, context.Now));
    }

    /// <summary>Expert-draw actions written on the trail (the state does not change).</summary>
    public const string DrawCommittedAction = "ExpertDrawCommitted";
    public const string DrawRevealedAction = "ExpertDrawRevealed";
    public const string DrawAbandonedAction = "ExpertDrawAbandoned";

    /// <summary>
    /// Writes a line about an expert draw on the trail (抽取承诺, 公开种子), which is hash-chained, without changing the
    /// state; the row version still moves, so two racing draws cannot both commit.
    /// </summary>
    public void RecordExpertDraw(string action, Actor actor, DateTimeOffset at, string note)
    {
        if (action is not (DrawCommittedAction or DrawRevealedAction or DrawAbandonedAction))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not an expert-draw action.");
        }

        EnsureIn(ApplicationStatus.ExpertReview);
        HistoryCount++;
        UpdatedAt = at;
        _history.Add(new ApplicationEvent(Id, HistoryCount, action, Status, Status, actor, at, note));
    }

    private void Record(string action, ApplicationStatus? from, Actor actor, DateTimeOffset at, string? reason)
    {
        StatusChangedAt = at;
        HistoryCount++;
        _history.Add(new ApplicationEvent(Id, HistoryCount, action, from, Status, actor, at, reason));
    }

    private void ClearEvaluation()
    {
        FactsSnapshot = null;
        EvaluationSnapshot = null;
        RuleSetVersion = null;
        EvaluatedOutcome = null;
        EvaluatedAmount = null;
        EvaluatedAmountKind = null;
        IntegrityPledgedAt = null;
    }

    private void EnsureEditable()
    {
        if (!Editable)
        {
            throw new DomainException("application.not-editable", $"An application in {Status} cannot be edited.");
        }
    }

    private void EnsureIn(ApplicationStatus status)
    {
        if (Status != status)
        {
            throw new DomainException("application.wrong-stage", $"Only possible in {status}; the application is {Status}.");
        }
    }
}
