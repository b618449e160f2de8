using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SubsidyPortal.Testing;

/// <summary>
/// A browser-like HTTP client: keeps cookies, does not follow redirects (tests look at them), and submits the
/// portal's forms the way a browser does: with the antiforgery token and form name read from the page.
/// </summary>
public sealed class PortalClient : IDisposable
{
    public const string DemoPassword = "Demo#2026";

    private static readonly HtmlParser Parser = new();

    private PortalClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    /// <summary>A client of the test server; <paramref name="baseAddress"/> sets the Host header every request carries.</summary>
    public static PortalClient For(WebApplicationFactory<SubsidyPortal.Web.Program> factory, Uri? baseAddress = null) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = baseAddress ?? new WebApplicationFactoryClientOptions().BaseAddress,
        }));

    /// <summary>A client of a portal served by Kestrel (<see cref="PortalFactory.UseRealServer"/>): real HTTP over
    /// loopback, with the server's limits, as a browser meets them.</summary>
    public static PortalClient Over(Uri baseAddress) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) });

    public static async Task<PortalClient> SignedInAsync(WebApplicationFactory<SubsidyPortal.Web.Program> factory, string email, string password = DemoPassword)
    {
        var client = For(factory);
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        SubmitAsync("/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Loads <paramref name="url"/>, then posts the form named <paramref name="formName"/> with the given fields
    /// on top of the form's current values (as a browser would send them).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formName, IDictionary<string, string> fields)
    {
        var form = await LoadFormAsync(url, formName);
        return await PostAsync(form, fields);
    }

    /// <summary>The named form as the page renders it now: where it posts and the values a browser would send,
    /// antiforgery token and form name included. Post it later with <see cref="PostAsync"/>, as from an old tab.</summary>
    public async Task<LoadedForm> LoadFormAsync(string url, string formName)
    {
        var page = await GetPageAsync(url);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
                   ?? throw new InvalidOperationException($"No form '{formName}' on {url}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box when box.IsChecked:
                    values.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type != "submit":
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return new LoadedForm(action, values);
    }

    /// <summary>A form of a page already received (e.g. the resend form of a 429 or 503 page), by a CSS selector.</summary>
    public static LoadedForm FormIn(IHtmlDocument page, string selector)
    {
        var form = (IHtmlFormElement)(page.QuerySelector(selector) ?? throw new InvalidOperationException($"No form {selector} on the page"));
        var values = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        return new LoadedForm(form.GetAttribute("action")!, values);
    }

    /// <summary>Posts a loaded form, the given fields replacing its own.</summary>
    public Task<HttpResponseMessage> PostAsync(LoadedForm form, IDictionary<string, string> fields)
    {
        var values = form.Values.ToList();
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        return Http.PostAsync(form.Action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts the named multipart form (e.g. an upload) with its antiforgery token, the given fields and one file.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string url, string formName, IDictionary<string, string> fields, string fileField, string fileName, byte[] content)
    {
        var page = await GetPageAsync(url);
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null)
                   ?? throw new InvalidOperationException($"No form '{formName}' on {url}");
        using var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!fields.ContainsKey(input.Name!))
            {
                body.Add(new StringContent(input.Value), input.Name!);
            }
        }

        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, fileField, fileName);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await Http.PostAsync(action, body);
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A form as a page rendered it: its action and the name/value pairs a browser would post.</summary>
public sealed record LoadedForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    /// <summary>The same form without the named fields (e.g. without its antiforgery token).</summary>
    public LoadedForm Without(params string[] names) => this with { Values = Values.Where(v => !names.Contains(v.Key)).ToList() };
}
