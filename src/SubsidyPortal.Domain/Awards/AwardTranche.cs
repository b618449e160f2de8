using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Domain.Awards;

/// <summary>分期拨付: one payment of an award, with its due date and the condition the text ties it to.</summary>
public sealed class AwardTranche
{
    public const int LabelMaxLength = 100;
    public const int ConditionMaxLength = 300;

    private AwardTranche()
    {
        Label = string.Empty;
        Condition = string.Empty;
    }

    internal AwardTranche(Guid awardId, PlannedTranche planned, TrancheStatus status)
    {
        Id = Guid.CreateVersion7();
        AwardId = awardId;
        Sequence = planned.Sequence;
        Label = planned.Label;
        Amount = planned.Amount;
        DueOn = planned.DueOn;
        Condition = planned.Condition;
        Status = status;
    }

    public Guid Id { get; private set; }

    public Guid AwardId { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>e.g. "第 2 年"; shown on batches and the bank file's 用途.</summary>
    public string Label { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>The earliest day it may be released.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>What must hold before it is released (e.g. 第 2 个租赁年度的租金支付证明).</summary>
    public string Condition { get; private set; }

    public TrancheStatus Status { get; private set; }

    /// <summary>The batch it is on (or was paid through).</summary>
    public Guid? BatchId { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public string? PaymentReference { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    internal void Release(DateTimeOffset now)
    {
        Status = TrancheStatus.Payable;
        ReleasedAt = now;
    }

    internal void PutOnBatch(Guid batchId)
    {
        Status = TrancheStatus.InBatch;
        BatchId = batchId;
    }

    internal void TakeOffBatch()
    {
        Status = TrancheStatus.Payable;
        BatchId = null;
    }

    internal void MarkPaid(string reference, DateOnly paidOn)
    {
        Status = TrancheStatus.Paid;
        PaymentReference = reference;
        PaidOn = paidOn;
    }

    internal void Stop() => Status = TrancheStatus.Stopped;

    public bool IsUnpaid => Status is TrancheStatus.Scheduled or TrancheStatus.Payable or TrancheStatus.InBatch;
}

/// <summary>A tranche as planned before the award exists.</summary>
public sealed record PlannedTranche(int Sequence, string Label, decimal Amount, DateOnly DueOn, string Condition);

/// <summary>
/// Turns an amount and the rule's tranches into a payment schedule: one payment when the rule has none; otherwise
/// the rule's tranches, each due a year after the one before. When the committee approved less than the rule's
/// figure the tranches are scaled to it, each rounded to the fen and the last one taking the remainder, so the
/// schedule always sums to the award exactly.
/// </summary>
public static class PaymentSchedule
{
    public static IReadOnlyList<PlannedTranche> For(decimal amount, IReadOnlyList<Domain.Rules.Tranche> ruleTranches, DateOnly awardedOn)
    {
        Guard.NonNegativeFen(amount, "award.amount-invalid");
        if (amount == 0)
        {
            throw new DomainException("award.amount-invalid", "An award of zero is not an award.");
        }

        if (ruleTranches.Count <= 1)
        {
            return [new PlannedTranche(1, "一次性拨付", amount, awardedOn, ruleTranches.Count == 1 ? Trim(ruleTranches[0].ConditionZh, AwardTranche.ConditionMaxLength) : "立项后拨付")];
        }

        var ruleTotal = ruleTranches.Sum(t => t.Value);
        var planned = new List<PlannedTranche>(ruleTranches.Count);
        var allocated = 0m;
        for (var i = 0; i < ruleTranches.Count; i++)
        {
            var t = ruleTranches[i];
            var share = i == ruleTranches.Count - 1
                ? amount - allocated
                : ruleTotal == 0 ? Money.RoundToFen(amount / ruleTranches.Count) : Money.RoundToFen(amount * t.Value / ruleTotal);
            allocated += share;
            planned.Add(new PlannedTranche(i + 1, Trim(t.LabelZh, AwardTranche.LabelMaxLength), share, awardedOn.AddYears(i), Trim(t.ConditionZh, AwardTranche.ConditionMaxLength)));
        }

        return planned;
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}
