using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Reviews;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Committee;

/// <summary>
/// Why an amount cannot be an application's approved amount (拟支持金额), in the reader's language and naming the
/// clause's figure it may not pass. The rule itself is <see cref="ApprovedAmountRule"/>'s.
/// </summary>
public static class ApprovedAmountText
{
    /// <summary>The refusal, or null when the rule allows the amount.</summary>
    public static string? Refusal(decimal amount, decimal? ruleAmount, AmountKind? ruleKind)
    {
        if (ruleAmount is not { } rule)
        {
            return ValidationText.Get("application.amount-invalid");
        }

        try
        {
            ApprovedAmountRule.Check(amount, rule, ruleKind ?? AmountKind.Ceiling);
            return null;
        }
        catch (DomainException e)
        {
            return e.Code switch
            {
                ReviewErrorCodes.AmountAboveCeiling => ValidationText.Get("application.amount-above-ceiling", MoneyText.Yuan(rule)),
                ReviewErrorCodes.AmountAboveFixed => ValidationText.Get("application.amount-above-fixed", MoneyText.Yuan(rule)),
                _ => ValidationText.Get("application.amount-invalid"),
            };
        }
    }
}
