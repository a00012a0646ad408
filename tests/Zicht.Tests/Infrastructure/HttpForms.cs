using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Zicht.Tests.Infrastructure;

/// <summary>Fills in and submits forms the way a browser does (antiforgery token included).</summary>
public static class HttpForms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>
    /// Opens <paramref name="url"/>, takes the form matching <paramref name="formSelector"/> (default: the
    /// first POST form in main), keeps its current values, overrides <paramref name="values"/> and posts it.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, IDictionary<string, string> values, string formSelector = "main form[method=post]")
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    // A browser submits the first option when none is marked selected.
                    var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(select.Name!, chosen?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        foreach (var (key, value) in values)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task SignInAsync(this HttpClient client, string userName, string password = TestData.Password)
    {
        var response = await client.SubmitAsync("/aanmelden", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
