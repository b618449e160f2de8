using FluentValidation;
using SubsidyPortal.Application.Validation;

namespace SubsidyPortal.Web.Components.Work.Enterprise.Awards;

/// <summary>
/// The errors of one award form, by field (the input's property name): from its validator as a field is left, from
/// the command when it is refused. Errors without a field, and the summary of all, go to the form's ErrorList.
/// </summary>
public sealed class FieldErrors<T>(IValidator<T> validator, string idPrefix)
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    /// <summary>What the last submit returned (or the validator found), for the ErrorList; null once corrected.</summary>
    public CommandResult? Result { get; private set; }

    public string? this[string field] => _byField.GetValueOrDefault(field);

    public bool Has(string field) => _byField.ContainsKey(field);

    /// <summary>The element id of a field's input, for labels and the ErrorList's links.</summary>
    public string IdOf(string field) => $"{idPrefix}-{field}";

    /// <summary>Checks one field as it is left; its earlier error (also one from the server) is replaced.</summary>
    public void CheckField(T model, string field)
    {
        _byField.Remove(field);
        var result = validator.Validate(model, options => options.IncludeProperties(field));
        if (result.Errors.FirstOrDefault(e => e.PropertyName == field) is { } error)
        {
            _byField[field] = error.ErrorMessage;
        }

        if (Result is not null && _byField.Count == 0 && Result.Errors.All(e => !string.IsNullOrEmpty(e.Field)))
        {
            Result = null;
        }
    }

    /// <summary>Checks the whole form before it is sent; false (with the errors shown) when something must be fixed.</summary>
    public bool CheckAll(T model)
    {
        var result = validator.Validate(model);
        Show(result.ToCommandResult());
        return result.IsValid;
    }

    /// <summary>Shows what a command or the validator returned: each error beside its field, all of them in the list.</summary>
    public void Show(CommandResult result)
    {
        _byField.Clear();
        foreach (var error in result.Errors.Where(e => !string.IsNullOrEmpty(e.Field)))
        {
            _byField.TryAdd(error.Field, error.Message);
        }

        Result = result.Succeeded ? null : result;
    }

    public void Clear()
    {
        _byField.Clear();
        Result = null;
    }
}
