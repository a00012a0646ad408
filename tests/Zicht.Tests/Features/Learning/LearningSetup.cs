using System.Net;
using Zicht.Features.Learning;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Learning;

/// <summary>Plans structures and records sessions over HTTP, as staff do.</summary>
public static class LearningSetup
{
    public static async Task<Guid> PlanAsync(HttpClient client, string name, LearningKind kind = LearningKind.LearningCase, Guid? team = null)
    {
        var response = await client.SubmitAsync("/leren/structuren/nieuw", new Dictionary<string, string>
        {
            ["Form.Kind"] = kind.ToString(),
            ["Form.Name"] = name,
            ["Form.Purpose"] = "Samen een dossier uitdiepen met de ondersteuning van een trainer.",
            ["Form.Composition"] = "Vier consulenten en een regionaal staflid",
            ["Form.Rhythm"] = "Om de 14 dagen, 1,5 uur, gedurende 6 maanden",
            ["Form.TeamId"] = team?.ToString() ?? "",
            ["Form.StartsOn"] = "2026-01-05",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static async Task AddMemberAsync(HttpClient facilitator, Guid structure, StaffUser member)
    {
        var response = await facilitator.SubmitAsync($"/leren/structuren/{structure}", new Dictionary<string, string> { ["NewMemberId"] = member.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Records a session with these attendees (staff id → role); returns the response (a redirect to the session when saved).</summary>
    public static async Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid structure, IDictionary<Guid, SessionRole> attendees, string note, Guid? caseId = null, string? heldOn = null)
    {
        heldOn ??= DateOnly.FromDateTime(DateTime.Today).AddDays(-7).ToString("yyyy-MM-dd");
        var url = $"/leren/structuren/{structure}/sessie";
        var page = await client.GetPageAsync(url);
        var values = new Dictionary<string, string> { ["HeldOn"] = heldOn, ["Theme"] = "Gevaarsboodschappen formuleren", ["FeedbackNote"] = note };
        foreach (var hidden in page.QuerySelectorAll("input[type=hidden][name$='.StaffId']"))
        {
            var index = hidden.GetAttribute("name")!.Split('[', ']')[1];
            var id = Guid.Parse(hidden.GetAttribute("value")!);
            values[$"Attendees[{index}].Role"] = attendees.TryGetValue(id, out var role) ? role.ToString() : "";
        }
        if (caseId is { } c)
        {
            values["CaseIds"] = c.ToString();
        }
        return await client.SubmitAsync(url, values);
    }

    public static Guid SessionId(HttpResponseMessage saved)
    {
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return Guid.Parse(saved.Headers.Location!.ToString().Split('/')[^1]);
    }
}
