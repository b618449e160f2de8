using AngleSharp.Html.Dom;
using SubsidyPortal.Testing;

namespace SubsidyPortal.IntegrationTests.Money;

/// <summary>Posts a form found on a page already in hand (e.g. a confirm step that only appears after a first post).</summary>
internal static class AftercareForms
{
    public static async Task<HttpResponseMessage> PostFromAsync(PortalClient client, IHtmlDocument page, string url, string formName, IDictionary<string, string>? fields = null)
    {
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
                   ?? throw new InvalidOperationException($"No form '{formName}' on the page");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type == "hidden")
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        return await client.Http.PostAsync(url, new FormUrlEncodedContent(values));
    }
}
