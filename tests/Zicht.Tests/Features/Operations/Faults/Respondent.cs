using System.Net;

namespace Zicht.Tests.Features.Operations.Faults;

/// <summary>
/// A parent answering a feedback questionnaire behind a one-time link, as a phone does: open the form,
/// answer the 14 items, submit. What the respondent saw decides what counts as acknowledged.
/// </summary>
public sealed class Respondent : IDisposable
{
    public enum Outcome { Stored, LinkAlreadyUsed, Failed }

    private readonly HttpClient _client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<Outcome> AnswerAsync(string nodeUrl, string token)
    {
        try
        {
            var form = await _client.GetAsync($"{nodeUrl}/v/{token}");
            if (form.StatusCode == HttpStatusCode.NotFound)
            {
                return Outcome.LinkAlreadyUsed; // used and unknown links get the same kind page
            }
            if (form.StatusCode != HttpStatusCode.OK)
            {
                return Outcome.Failed;
            }
            var antiforgery = HttpForms.Parse(await form.Content.ReadAsStringAsync())
                .QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var fields = Enumerable.Range(1, 14).Select(k => new KeyValuePair<string, string>($"a.p{k:00}", ((k % 5) + 1).ToString()))
                .Append(new("consent", "false")).Append(new("action", "submit")).Append(new("__RequestVerificationToken", antiforgery));
            var sent = await _client.PostAsync($"{nodeUrl}/v/{token}", new FormUrlEncodedContent(fields));
            return sent.StatusCode switch
            {
                HttpStatusCode.Redirect when sent.Headers.Location?.ToString().EndsWith("/v/bedankt", StringComparison.Ordinal) == true => Outcome.Stored,
                HttpStatusCode.NotFound => Outcome.LinkAlreadyUsed,
                _ => Outcome.Failed,
            };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return Outcome.Failed; // the connection broke: the respondent saw no answer
        }
    }

    public void Dispose() => _client.Dispose();
}
