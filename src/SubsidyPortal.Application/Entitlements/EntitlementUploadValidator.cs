using System.Globalization;
using FluentValidation;
using SubsidyPortal.Application.Validation;
using SubsidyPortal.Domain.Entitlements;

namespace SubsidyPortal.Application.Entitlements;

/// <summary>
/// The upload form's fields as they are left, in the messages the upload itself refuses with: a 免申即享 clause chosen,
/// a plausible year (<see cref="EntitlementYearMustBePlausible"/>), a reference date that reads (empty means today).
/// The file is judged by the upload, which reads it whole.
/// </summary>
public sealed class EntitlementUploadValidator : AbstractValidator<EntitlementUploadInput>
{
    public EntitlementUploadValidator(IReadOnlyCollection<string> clauseIds)
    {
        RuleFor(x => x.ClauseId).Must(id => id is not null && clauseIds.Contains(id))
            .WithMessage(_ => ValidationText.Get("entitlement.clause-not-automatic"));
        RuleFor(x => x.Year).Must(text => int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                                          && !new EntitlementYearMustBePlausible(year).IsBroken())
            .WithMessage(_ => ValidationText.Get("entitlement.year-invalid"));
        RuleFor(x => x.ReferenceDate).Must(text => string.IsNullOrWhiteSpace(text)
                                                   || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithMessage(_ => ValidationText.Get("entitlement.reference-date-invalid"));
    }
}
