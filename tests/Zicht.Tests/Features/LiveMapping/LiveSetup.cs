using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.LiveMapping;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.LiveMapping;

/// <summary>Opening a meeting, joining it and speaking in it over HTTP, as the pages do.</summary>
public static partial class LiveSetup
{
    public static async Task<Guid> OpenMeetingAsync(this CaseworkSetup setup, MeetingKind kind = MeetingKind.Conversation)
    {
        var response = await setup.Client.SubmitAsync(setup.Url("overleg"), new Dictionary<string, string> { ["kind"] = kind.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.ToString().Split('/')[^1]);
    }

    public static string Board(this CaseworkSetup setup, Guid meetingId) => setup.Url($"overleg/{meetingId}");

    public static async Task<string> CodeAsync(HttpClient worker, string boardUrl)
    {
        var page = await worker.GetPageAsync(boardUrl);
        return page.QuerySelector("[data-code]")!.TextContent.Trim();
    }

    /// <summary>A phone without account joining with the code; returns its client (cookie kept) and the status.</summary>
    public static async Task<(HttpClient Phone, HttpStatusCode Status)> JoinAsync(ZichtApp app, string code, string name = "Sarah", string role = "Parent")
    {
        var phone = app.NewClient();
        var response = await phone.SubmitAsync("/doe-mee", new Dictionary<string, string> { ["Code"] = code, ["Name"] = name, ["Role"] = role }, "main form");
        return (phone, response.StatusCode);
    }

    public static async Task ProposeAsync(HttpClient phone, string text, string section = "DangerStatement")
    {
        var response = await phone.SubmitAsync("/doe-mee/overleg", new Dictionary<string, string> { ["Add.Section"] = section, ["Add.Text"] = text }, "form[action*='handler=Add']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static Task<LiveProposal> ProposalAsync(ZichtApp app, string text) =>
        app.Data.WithDbAsync(db => db.Set<LiveProposal>().IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Text == text));

    public static Task<HttpResponseMessage> DecideAsync(HttpClient worker, string boardUrl, Guid proposalId, string decision, string? wording = null)
    {
        var values = new Dictionary<string, string> { ["Decide.Decision"] = decision };
        if (wording is not null)
        {
            values["Decide.Wording"] = wording;
        }
        return worker.SubmitAsync(boardUrl, values, $"li[data-proposal='{proposalId}'] form");
    }

    public static string Text(string html) => WhiteSpace().Replace(html, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
