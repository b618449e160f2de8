using System.Globalization;
using SubsidyPortal.Application.Formatting;
using SubsidyPortal.Domain.Common;
using SubsidyPortal.Domain.Enterprises;
using SubsidyPortal.Domain.Policies;
using SubsidyPortal.Domain.Policies.Changning;
using SubsidyPortal.Domain.Policies.Dalinghaowan;
using SubsidyPortal.Domain.Policies.Jinshan;
using SubsidyPortal.Domain.Reference;
using SubsidyPortal.Domain.Rules;

namespace SubsidyPortal.Application.Eligibility;

/// <summary>
/// The facts the portal already knows from an enterprise's profile, so the eligibility checker asks the
/// applicant only for the rest. Only facts the profile really settles are filled in; everything else is asked.
/// </summary>
public static class ProfileFacts
{
    /// <param name="townOrParkName">The name of the enterprise's town/park (reference data), when it has one.</param>
    public static Dictionary<string, object> From(Enterprise enterprise, DateOnly today, string? townOrParkName)
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

        // 金科〔2025〕25 号 引导重点产业集聚壮大 专题一: which of the text's four biomedical areas, if any, the enterprise
        // is in. Not settled for a Jinshan enterprise whose profile names no town yet.
        if (enterprise.RegisteredDistrict != District.Jinshan)
        {
            facts[JinshanPolicy.Location.Key] = JinshanPolicy.OutsideJinshan;
        }
        else if (townOrParkName is not null)
        {
            facts[JinshanPolicy.Location.Key] = JinshanPolicy.BiomedAreaTowns.GetValueOrDefault(townOrParkName, JinshanPolicy.ElsewhereInJinshan);
        }

        // 长宁 第 6 条 "新迁入长宁区": how an enterprise registered in Changning came there, and when, once it has said.
        if (enterprise.RegisteredDistrict == District.Changning && enterprise.Arrival is { } arrival)
        {
            facts[Article06HighTechFirstCertification.Arrival.Key] =
                arrival == DistrictArrival.MovedIn ? Article06HighTechFirstCertification.MovedIn : Article06HighTechFirstCertification.SetUpHere;
            if (enterprise.MovedInOn is { } movedIn)
            {
                facts[Article06HighTechFirstCertification.MovedInOn.Key] = movedIn;
            }
        }

        // 沪府办规〔2024〕7 号: an enterprise whose profile puts it in the 大零号湾 park is in the area; any other is asked
        // (its project may still be carried out there).
        if (townOrParkName == DalinghaowanPolicy.AreaParkName)
        {
            facts[DalinghaowanPolicy.LocatedKey] = true;
        }

        // 大零号湾（九）"团队": an innovation team not yet incorporated. An enterprise here registered with its 统一社会信用代码.
        facts[Measure09RdVoucherTeam.StartupTeamKey] = false;

        // 金科〔2025〕25 号 支持对象 "从事药品、医疗器械、生物技术……": a biomedical or medical-device enterprise by its
        // profile does; any other industry is asked (a materials maker may also make pharma equipment).
        if (enterprise.Industry is Industry.Biomedicine or Industry.MedicalDevices)
        {
            facts[JinshanPolicy.BiomedBusinessInput.Key] = true;
        }

        AddYearlyFigures(facts, enterprise, today.Year - 1);
        AddHighestEarlierRevenue(facts, enterprise, today.Year - 1);

        if (enterprise.HighTechFirstCertifiedOn is { } first)
        {
            // The certificate dates; each clause derives 首次认定 / 重新认定 from them against its own period.
            facts[EnterpriseCertificates.FirstCertifiedOn.Key] = first;
            facts[EnterpriseCertificates.LatestCertifiedOn.Key] = enterprise.HighTechLatestCertifiedOn ?? first;
        }

        // Settled only when the profile records it: an unticked box may just mean "not filled in yet".
        if (enterprise.IsTechSme)
        {
            facts[EnterpriseCertificates.TechSme.Key] = true;
        }

        if (enterprise.TechLittleGiant == TechLittleGiantStatus.DistrictCultivation)
        {
            facts["districtLittleGiantCultivation"] = true;
        }

        return facts;
    }

    /// <summary>
    /// 上年度 / 近两年 / 近三年 figures from the profile's yearly figures (<see cref="EnterpriseYearFacts"/>), each only when
    /// the profile holds every year it sums: a missing year is asked, never counted as zero.
    /// </summary>
    private static void AddYearlyFigures(Dictionary<string, object> facts, Enterprise enterprise, int lastYear)
    {
        var byYear = enterprise.AnnualFigures.ToDictionary(f => f.Year);
        if (byYear.TryGetValue(lastYear, out var last))
        {
            facts[EnterpriseYearFacts.LastYearRevenue.Key] = last.OperatingRevenue;
            facts[EnterpriseYearFacts.LastYearRdSpend.Key] = last.ResearchExpenditure;
            facts[EnterpriseYearFacts.TotalStaff.Key] = (long)last.EmployeeCount;
            facts[EnterpriseYearFacts.RdStaff.Key] = (long)last.ResearchStaffCount;
            AddIfReported(facts, EnterpriseYearFacts.LastYearNetProfit, last.NetProfit);
            AddIfReported(facts, EnterpriseYearFacts.TotalAssets, last.TotalAssets);
            AddIfReported(facts, EnterpriseYearFacts.TotalLiabilities, last.TotalLiabilities);
        }

        if (byYear.TryGetValue(lastYear - 1, out var earlier) && last is not null)
        {
            facts[EnterpriseYearFacts.RevenueEarlierOfTwoYears.Key] = earlier.OperatingRevenue;
            facts[EnterpriseYearFacts.RevenueLaterOfTwoYears.Key] = last.OperatingRevenue;
            facts[EnterpriseYearFacts.RdSpendEarlierOfTwoYears.Key] = earlier.ResearchExpenditure;
            facts[EnterpriseYearFacts.RdSpendLaterOfTwoYears.Key] = last.ResearchExpenditure;
            if (byYear.TryGetValue(lastYear - 2, out var first))
            {
                facts[EnterpriseYearFacts.RevenueThreeYearsAgo.Key] = first.OperatingRevenue;
                AddIfReported(facts, EnterpriseYearFacts.NetProfitThreeYearsAgo, first.NetProfit);
                facts[EnterpriseYearFacts.RevenueThreeYears.Key] = first.OperatingRevenue + earlier.OperatingRevenue + last.OperatingRevenue;
                facts[EnterpriseYearFacts.RdSpendThreeYears.Key] = first.ResearchExpenditure + earlier.ResearchExpenditure + last.ResearchExpenditure;
            }
        }
    }

    /// <summary>
    /// 首次突破 (金山 生物医药做强做优): the highest revenue of the years before last year, settled only when the profile
    /// holds every one of them from the year of establishment — a missing year could have been the highest.
    /// </summary>
    private static void AddHighestEarlierRevenue(Dictionary<string, object> facts, Enterprise enterprise, int lastYear)
    {
        if (enterprise.EstablishedOn is not { } established || established.Year > lastYear)
        {
            return;
        }

        var earlier = enterprise.AnnualFigures.Where(f => f.Year >= established.Year && f.Year < lastYear).ToList();
        if (earlier.Count == lastYear - established.Year)
        {
            facts[EnterpriseYearFacts.HighestRevenueBeforeLastYear.Key] = earlier.Count == 0 ? 0m : earlier.Max(f => f.OperatingRevenue);
        }
    }

    // The optional figures (净利润, 资产总额, 负债总额): a year that does not report one leaves it to be asked.
    private static void AddIfReported(Dictionary<string, object> facts, FactDefinition fact, decimal? yuan)
    {
        if (yuan is { } value)
        {
            facts[fact.Key] = value;
        }
    }

    /// <summary>
    /// Reads one answer typed into the checker's form (or a filing's, or a list's cell); the error is in the user's
    /// language. Numbers and dates are held to the bounds the evaluation API reads (<see cref="EvaluationRequestReader"/>),
    /// so an answer taken here is one every clause can compute with: a birth date of 9999-12-31 is refused when it is
    /// typed, not stored to make each later evaluation of the application fail.
    /// </summary>
    public static bool TryParse(FactDefinition input, string? text, out object? value, out string? error)
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
                return Bounded(typed, out value, out error);
            case InputType.Money when decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan):
                if (!Money.IsWholeFen(yuan))
                {
                    error = Validation.ValidationText.Get("amount.too-many-decimals");
                    return false;
                }

                return Bounded(yuan, out value, out error);
            case InputType.Money:
                error = Validation.ValidationText.Get(text.StartsWith('-') ? "amount.negative" : "eligibility.not-a-number");
                return false;
            case InputType.Count or InputType.Integer when text.All(char.IsAsciiDigit):
                // Digits only, so beyond long or beyond the bound is "too large", not "not a number".
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > EvaluationRequestReader.MaxWholeNumber)
                {
                    error = Validation.ValidationText.Get("eligibility.number-too-large");
                    return false;
                }

                value = count;
                return true;
            // The option's code, or its words as shown (a list cell says "亭林镇", a form posts the code).
            case InputType.Choice when input.Options.FirstOrDefault(o => o.Code == text || o.LabelZh == text || string.Equals(o.LabelEn, text, StringComparison.OrdinalIgnoreCase)) is { } option:
                value = option.Code;
                return true;
            case InputType.Date when DateText.TryParse(text, out var date):
                if (date < EvaluationRequestReader.MinDate || date > EvaluationRequestReader.MaxDate)
                {
                    error = Validation.ValidationText.Get("eligibility.date-out-of-range");
                    return false;
                }

                value = date;
                return true;
            default:
                error = Validation.ValidationText.Get(input.Type switch
                {
                    InputType.Date => "eligibility.not-a-date",
                    // A yes/no answer that is neither (a tampered form) is told what it must be, not to type a number.
                    InputType.Boolean => "eligibility.not-yes-or-no",
                    InputType.Choice => "eligibility.not-an-option",
                    _ => "eligibility.not-a-number",
                });
                return false;
        }
    }

    private static bool Bounded(decimal yuan, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (yuan >= EvaluationRequestReader.MaxYuan)
        {
            error = Validation.ValidationText.Get("amount.too-large");
            return false;
        }

        value = yuan;
        return true;
    }
}
