namespace SubsidyPortal.Web.Infrastructure;

/// <summary>
/// What a page's form post carried, to offer back when the post was not handled (over a rate limit, or the database
/// away): every field but passwords and the old antiforgery token, so the user sends it again without retyping.
/// Nothing when it carried files (a browser cannot be handed a file back) or when there is no named form handler
/// (`_handler`) to post it to.
/// </summary>
public static class ResendableForm
{
    public static IReadOnlyList<KeyValuePair<string, string>>? Keep(IFormCollection? form)
    {
        if (form is null || form.Files.Count > 0)
        {
            return null;
        }

        var kept = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in form)
        {
            if (name == "__RequestVerificationToken" || name.Contains("Password", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            kept.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v ?? string.Empty)));
        }

        return kept;
    }

    /// <summary>Whether a kept form can be posted again: it names its handler and goes back to a page other than home.</summary>
    public static bool CanResend(IReadOnlyList<KeyValuePair<string, string>>? kept, string back) =>
        kept is not null && kept.Any(k => k.Key == "_handler") && back != "/";
}
