using FluentValidation.Results;
using SubsidyPortal.Domain.Common;

namespace SubsidyPortal.Application.Validation;

public static class ValidationResultExtensions
{
    public static CommandResult ToCommandResult(this ValidationResult result) =>
        new(result.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList());

    /// <summary>A refused domain change, shown against a field when we know which one.</summary>
    public static CommandResult ToCommandResult(this DomainException exception, string field = "") =>
        CommandResult.Fail(field, ValidationText.Has(exception.Code) ? ValidationText.Get(exception.Code) : exception.Message);
}
