namespace SubsidyPortal.Application.Validation;

/// <summary>One message for one field, already in the user's language. Field is the input property's name.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The outcome of a command: success, or the errors to show beside the fields (nothing was saved).</summary>
public sealed record CommandResult(IReadOnlyList<FieldError> Errors)
{
    public static readonly CommandResult Success = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static CommandResult Fail(string field, string message) => new([new FieldError(field, message)]);
}
