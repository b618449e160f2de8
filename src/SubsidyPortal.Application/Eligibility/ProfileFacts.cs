using System.Globalization;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Eligibility;

/// <summary>
/// The facts the portal already knows from an enterprise's profile, so the eligibility checker asks the
/// applicant only for the rest. Only facts the profile really settles are filled in; everything else is asked.
/// </summary>
public static class ProfileFacts
{
    public static Dictionary<string, object> From(Enterprise enterprise, DateOnly today)
    {
        var facts = new Dictionary<string, object>
        {
            // 第 13 条 (长宁): set up in Changning, or operating there (tax or settlement in Changning).
            ["inChangning"] = enterprise.RegisteredDistrict == District.Changning
                              || enterprise.TaxDistrict == District.Changning
                              || enterprise.SettlementDistrict == District.Changning,
            ["goodCredit"] = !enterprise.HasSeriousDishonestyWithinYears(today),
            // 金科〔2025〕25 号: registered, paying tax and settling sales in Jinshan; the credit review.
            ["registeredInJinshan"] = enterprise.RegisteredDistrict == District.Jinshan,
            ["taxPaidInJinshan"] = enterprise.TaxDistrict == District.Jinshan,
            ["settlementInJinshan"] = enterprise.SettlementDistrict == District.Jinshan,
            ["noSeriousDishonestyInThreeYears"] = !enterprise.HasSeriousDishonestyWithinYears(today),
        };

        if (enterprise.HighTechFirstCertifiedOn is { } first)
        {
            var renewed = enterprise.HighTechLatestCertifiedOn is { } latest && latest > first;
            facts["highTechFirstCertified"] = !renewed;
            facts["highTechRenewed"] = renewed;
        }

        // Settled only when the profile records it: an unticked box may just mean "not filled in yet".
        if (enterprise.IsTechSme)
        {
            facts["techSme"] = true;
        }

        if (enterprise.TechLittleGiant == TechLittleGiantStatus.DistrictCultivation)
        {
            facts["districtLittleGiantCultivation"] = true;
        }

        return facts;
    }

    /// <summary>Reads one answer typed into the checker's form; the error is in the user's language.</summary>
    public static bool TryParse(InputDefinition input, string? text, out object? value, out string? error)
    {
        value = null;
        error = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        switch (input.Type)
        {
            case InputType.Boolean when text is "true" or "false":
                value = text == "true";
                return true;
            // 80000, 80,000 and 8万 alike (the portal's one money reader); what it refuses is explained below.
            case InputType.Money when MoneyText.TryParseYuan(text, out var typed):
                value = typed;
                return true;
            case InputType.Money when decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan):
                if (!Money.IsWholeFen(yuan))
                {
                    error = Validation.ValidationText.Get("amount.too-many-decimals");
                    return false;
                }

                value = yuan;
                return true;
            case InputType.Money:
                error = Validation.ValidationText.Get(text.StartsWith('-') ? "amount.negative" : "eligibility.not-a-number");
                return false;
            case InputType.Count or InputType.Integer when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                value = count;
                return true;
            case InputType.Date when DateText.TryParse(text, out var date):
                value = date;
                return true;
            default:
                error = Validation.ValidationText.Get(input.Type switch
                {
                    InputType.Date => "eligibility.not-a-date",
                    // A yes/no answer that is neither (a tampered form) is told what it must be, not to type a number.
                    InputType.Boolean => "eligibility.not-yes-or-no",
                    _ => "eligibility.not-a-number",
                });
                return false;
        }
    }
}
