using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;
using SubsidyPortal.Application.Validation;

namespace SubsidyPortal.Web.Components.Shared;

/// <summary>
/// The state of one static-SSR form: its EditContext (Bootstrap classes on invalid fields) and the errors the
/// server returned, placed beside their fields and listed in the error summary. The model keeps what the user typed.
/// </summary>
public sealed partial class PortalForm
{
    private readonly ValidationMessageStore _messages;

    public PortalForm(object model)
    {
        Context = new EditContext(model);
        Context.SetFieldCssClassProvider(new BootstrapFieldCss());
        _messages = new ValidationMessageStore(Context);
    }

    public EditContext Context { get; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public bool HasErrors => Errors.Count > 0;

    public void Show(CommandResult result)
    {
        _messages.Clear();
        Errors = result.Errors;
        foreach (var error in result.Errors)
        {
            _messages.Add(Resolve(Context.Model, error.Field), error.Message);
        }

        Context.NotifyValidationStateChanged();
    }

    /// <summary>The element id for a field path such as <c>AnnualFigures[0].OperatingRevenue</c>.</summary>
    public static string IdFor(string path) => "f-" + NonWord().Replace(path, "-").Trim('-');

    /// <summary>Walks a FluentValidation property path (<c>A.B[2].C</c>) to the object and member it names.</summary>
    public static FieldIdentifier Resolve(object model, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return new FieldIdentifier(model, string.Empty);
        }

        var owner = model;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            owner = Step(owner, segments[i]) ?? owner;
        }

        var last = segments[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        return new FieldIdentifier(owner, bracket < 0 ? last : last[..bracket]);
    }

    private static object? Step(object owner, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? segment : segment[..bracket];
        var value = owner.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(owner);
        if (bracket >= 0 && value is IList list && int.TryParse(segment[(bracket + 1)..^1], out var index) && index < list.Count)
        {
            return list[index];
        }

        return value;
    }

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NonWord();

    private sealed class BootstrapFieldCss : FieldCssClassProvider
    {
        public override string GetFieldCssClass(EditContext editContext, in FieldIdentifier fieldIdentifier) =>
            editContext.GetValidationMessages(fieldIdentifier).Any() ? "is-invalid" : string.Empty;
    }
}
