using SubsidyPortal.Domain.Applications;
using SubsidyPortal.Domain.Awards.Rules;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Awards;

/// <summary>
/// 项目变更: a major change the recipient asks the committee to approve in writing before making it.
/// Filed and decided only through <see cref="Award"/> (FileChange / DecideChange), which writes the audit line.
/// </summary>
/// <remarks>
/// 金科〔2025〕25 号 关于项目管理有关要求 三: "项目发生以下重大变更的，项目单位应及时向所在镇（园区）和区级主管部门汇报相关情况，
/// 经研究和书面同意后，履行相关手续再予以实施。（一）项目法人或主体发生变更；（二）项目实施地点、实施期限发生变更；
/// （三）项目主要内容、性质发生变更；（四）项目总投资变动在 10%及以上，项目投资结构变动在 50%及以上；"
/// </remarks>
public sealed class ChangeRequest
{
    public const int DescriptionMaxLength = 1000;
    public const int DecisionMaxLength = 1000;

    private ChangeRequest()
    {
        Description = string.Empty;
        FiledByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AwardId { get; private set; }

    public ChangeKind Kind { get; private set; }

    public ChangeRequestStatus Status { get; private set; }

    /// <summary>What changes and why, in the enterprise's words.</summary>
    public string Description { get; private set; }

    /// <summary>Investment only: the project's total investment as planned when the award was made (yuan).</summary>
    public decimal? PlannedTotalInvestment { get; private set; }

    /// <summary>Investment only: the new total investment (yuan).</summary>
    public decimal? NewTotalInvestment { get; private set; }

    /// <summary>Investment only: the share of the investment structure moved between items, in percent (0–100).</summary>
    public decimal? StructureChangePercent { get; private set; }

    public Guid? FiledByUserId { get; private set; }

    public string FiledByName { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>书面同意 or the written reasons for refusing.</summary>
    public string? Decision { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Investment only: how far the total moves, in percent of the planned total, unrounded.</summary>
    public decimal? TotalChangePercent =>
        PlannedTotalInvestment is { } planned && NewTotalInvestment is { } changed ? MajorInvestmentChange.TotalChangePercent(planned, changed) : null;

    internal static ChangeRequest File(
        Award award, ChangeKind kind, string description, decimal? plannedTotal, decimal? newTotal, decimal? structurePercent, Actor actor, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("change.kind-invalid", $"{kind} is not a kind of change.");
        }

        var request = new ChangeRequest
        {
            Id = Guid.CreateVersion7(),
            AwardId = award.Id,
            Kind = kind,
            Status = ChangeRequestStatus.Pending,
            Description = Guard.Required(description, "change.description-required", DescriptionMaxLength),
            FiledByUserId = actor.UserId,
            FiledByName = actor.Name,
            FiledAt = now,
        };
        if (kind == ChangeKind.Investment)
        {
            BusinessRules.Check(new PlannedInvestmentMustBePositive(plannedTotal));
            BusinessRules.Check(new NewInvestmentMustBeValid(newTotal));
            BusinessRules.Check(new StructureChangeMustBeAPercent(structurePercent));
            BusinessRules.Check(new InvestmentChangeMustBeMajor(plannedTotal!.Value, newTotal!.Value, structurePercent!.Value));
            request.PlannedTotalInvestment = plannedTotal;
            request.NewTotalInvestment = newTotal;
            request.StructureChangePercent = structurePercent;
        }

        return request;
    }

    internal void Decide(bool approve, string decision, Actor actor, DateTimeOffset now)
    {
        BusinessRules.Check(new ChangeRequestMustBePending(this));
        Decision = Guard.Required(decision, "change.decision-required", DecisionMaxLength);
        Status = approve ? ChangeRequestStatus.Approved : ChangeRequestStatus.Refused;
        DecidedByUserId = actor.UserId;
        DecidedByName = actor.Name;
        DecidedAt = now;
    }
}

/// <summary>
/// 三（四）"项目总投资变动在 10%及以上，项目投资结构变动在 50%及以上": an investment change is major — and needs written
/// approval — when the total moves by 10 % or more, or the structure by 50 % or more. We read the comma as "or": either
/// change alone can alter the project the award was made for. Below both thresholds the enterprise needs no approval, so
/// the portal refuses to file it (with a message saying so) rather than keep requests nobody has to decide.
/// </summary>
public static class MajorInvestmentChange
{
    // The figures and their citation live with the clause parameters (JinshanProjectManagement); here they are percent.
    public const decimal TotalThresholdPercent = Policies.Jinshan.JinshanProjectManagement.MajorTotalInvestmentChange * 100m;
    public const decimal StructureThresholdPercent = Policies.Jinshan.JinshanProjectManagement.MajorStructureChange * 100m;

    /// <summary>|new − planned| ÷ planned × 100, unrounded: 9.999 % is not 10 %.</summary>
    public static decimal TotalChangePercent(decimal planned, decimal changed) =>
        planned <= 0 ? 0 : Math.Abs(changed - planned) * 100m / planned;

    /// <summary>Asks the encoded 三（四） itself (<see cref="Policies.Jinshan.JinshanProjectManagement.MajorChangeReasons"/>), with shares as fractions.</summary>
    public static bool IsMajor(decimal planned, decimal changed, decimal structurePercent) =>
        Policies.Jinshan.JinshanProjectManagement.MajorChangeReasons(new Policies.Jinshan.ProjectChange(
            false, false, false, planned <= 0 ? 0 : Math.Abs(changed - planned) / planned, structurePercent / 100m)).Count > 0;
}
