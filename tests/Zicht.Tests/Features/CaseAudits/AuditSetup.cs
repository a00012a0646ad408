using System.Net;
using Zicht.Features.CaseAudits;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.CaseAudits;

/// <summary>A team-A case, its worker and the team lead, both signed in, with an audit the lead started through the page.</summary>
public sealed record AuditSetup(ZichtApp App, TestData.World World, StaffUser Worker, StaffUser Lead, Case Case, Guid AuditId, HttpClient WorkerClient, HttpClient LeadClient)
{
    public string Url(string? part = null) => $"/dossiers/{Case.Id}/casusaudits/{AuditId}{(part is null ? "" : "/" + part)}";

    public static async Task<AuditSetup> CreateAsync(ZichtApp app, AuditKind kind = AuditKind.CaseAudit, TestData.World? world = null, StaffUser? lead = null)
    {
        world ??= await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        lead ??= await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var leadClient = await app.SignedInAsync(lead.UserName!);
        var started = await leadClient.SubmitAsync($"/dossiers/{c.Id}/casusaudits/nieuw", new Dictionary<string, string>
        {
            ["Input.Kind"] = kind.ToString(),
            ["Input.Occasion"] = nameof(AuditOccasion.Proud),
            ["Input.Reason"] = "Sterk netwerk",
            ["Input.WorkerId"] = worker.Id.ToString(),
            ["Input.ReviewerId"] = lead.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var auditId = Guid.Parse(started.Headers.Location!.OriginalString.Split('/').Last());
        return new AuditSetup(app, world, worker, lead, c, auditId, await app.SignedInAsync(worker.UserName!), leadClient);
    }

    /// <summary>Submits a scoring: one score per principle (P1–P4), each with a note naming who and what.</summary>
    public Task<HttpResponseMessage> ScoreAsync(HttpClient client, string who, params string[] scores)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < scores.Length; i++)
        {
            values[$"Scores[{i}].Score"] = scores[i];
            values[$"Scores[{i}].Note"] = $"{who}-note-{i}";
        }
        return client.SubmitAsync(Url("scoren"), values);
    }

    public async Task BothScoredAsync(string[]? worker = null, string[]? reviewer = null)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ScoreAsync(WorkerClient, "worker", worker ?? ["6", "7", "5", "8"])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ScoreAsync(LeadClient, "lead", reviewer ?? ["7", "7", "3", "8"])).StatusCode);
    }

    public async Task ComparedAsync()
    {
        await BothScoredAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await LeadClient.SubmitAsync(Url("vergelijken"), new Dictionary<string, string>())).StatusCode);
    }
}
