using FluentValidation;
using SubsidyPortal.Application.Validation;

namespace SubsidyPortal.Web.Components.Work.Enterprise.Awards;

/// <summary>
/// The errors of one award form, by field (the input's property name): from its validator as a field is left, from
/// the command when it is refused. Once the form has been sent, the ErrorList sums up what is still wrong: the fields'
/// current errors and those without a field (the award changed meanwhile, it is not found).
/// </summary>
public sealed class FieldErrors<T>(IValidator<T> validator, string idPrefix)
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);
    private readonly List<FieldError> _general = [];
    private bool _sent;

    /// <summary>What the ErrorList shows: nothing before the first submit, then whatever is still wrong.</summary>
    public CommandResult? Result =>
        !_sent || (_byField.Count == 0 && _general.Count == 0)
            ? null
            : new CommandResult([.. _general, .. _byField.Select(e => new FieldError(e.Key, e.Value))]);

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
        _sent = true;
        _byField.Clear();
        _general.Clear();
        foreach (var error in result.Errors)
        {
            if (string.IsNullOrEmpty(error.Field))
            {
                _general.Add(error);
            }
            else
            {
                _byField.TryAdd(error.Field, error.Message);
            }
        }
    }
}
