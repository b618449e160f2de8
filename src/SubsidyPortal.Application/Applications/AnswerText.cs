using System.Globalization;
using SubsidyPortal.Application.Eligibility;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Applications;

/// <summary>
/// Reads an answer as the enterprise types it into a question and gives the text the portal stores: money as people
/// write it (80,000 or 8万) through <see cref="MoneyText"/>, everything else through the rules' own reader
/// (<see cref="ProfileFacts.TryParse"/>), so the form and the rule never disagree on what an answer means.
/// </summary>
public static class AnswerText
{
    public static bool TryRead(FactDefinition input, string text, out string stored, out string error)
    {
        stored = string.Empty;
        error = string.Empty;
        var candidate = text.Trim();
        if (input.Type == InputType.Money)
        {
            if (!MoneyText.TryParseYuan(candidate, out var yuan))
            {
                error = Validation.ValidationText.Get(candidate.StartsWith('-') ? "amount.negative" : "amount.unreadable");
                return false;
            }

            candidate = yuan.ToString("0.00", CultureInfo.InvariantCulture);
        }

        if (ProfileFacts.TryParse(input, candidate, out _, out var refused))
        {
            stored = candidate;
            return true;
        }

        error = refused ?? Validation.ValidationText.Get("eligibility.not-a-number");
        return false;
    }
}
