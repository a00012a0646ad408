using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Mapping;
using Zicht.Features.SafetyScales;
using Zicht.Infrastructure.Audit;
using Zicht.Tests.Features.Casework;
using static Zicht.Tests.Features.LiveMapping.LiveSetup;

namespace Zicht.Tests.Features.LiveMapping;

/// <summary>What a closed meeting leaves behind: its frozen version on the board, and the scores on the scale.</summary>
public class ClosedMeetingTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_closed_meeting_shows_the_version_it_saved_not_the_mapping_as_edited_later()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        await AddOnMappingPageAsync(setup, "Papa drinkt");
        var board = setup.Board(await setup.OpenMeetingAsync());
        var (phone, _) = await JoinAsync(app, await CodeAsync(setup.Client, board));
        await ProposeAsync(phone, "Mama is 's avonds alleen");
        var proposal = await ProposalAsync(app, "Mama is 's avonds alleen");
        await DecideAsync(setup.Client, board, proposal.Id, "Accept");
        await CloseAsync(setup, board);

        // After the meeting the mapping moves on: both statements reworded, one added.
        var earlierId = await app.Data.WithDbAsync(db => db.Set<MappingStatement>().IgnoreQueryFilters().Where(s => s.CaseId == setup.Case.Id && s.Text == "Papa drinkt").Select(s => s.Id).SingleAsync());
        foreach (var (id, wording) in new[] { (earlierId, "Papa drinkt niet meer"), (proposal.Id, "Mama heeft nu een buurvrouw") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await setup.Client.SubmitAsync($"/dossiers/{setup.Case.Id}/mapping/uitspraak/{id}", new Dictionary<string, string> { ["Statement.Text"] = wording })).StatusCode);
        }
        await AddOnMappingPageAsync(setup, "Nieuw na het overleg");

        var shown = await setup.Client.GetPageAsync(board);
        var text = Text(shown.QuerySelector("#live-board")!.TextContent);
        Assert.Equal("1", shown.QuerySelector("[data-frozen-version]")!.GetAttribute("data-frozen-version"));
        Assert.Contains("Papa drinkt", text);
        Assert.Contains("Mama is 's avonds alleen", text);
        Assert.DoesNotContain("niet meer", text);
        Assert.DoesNotContain("buurvrouw", text);
        Assert.DoesNotContain("Nieuw na het overleg", text);
    }

    [Fact]
    public async Task Every_number_given_live_becomes_a_safety_scale_score_of_that_perspective_dated_the_meeting_and_audited()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var board = setup.Board(await setup.OpenMeetingAsync(Zicht.Features.LiveMapping.MeetingKind.NetworkMeeting));
        var code = await CodeAsync(setup.Client, board);
        var (parent, _) = await JoinAsync(app, code, "Sarah", "Parent");
        var (child, _) = await JoinAsync(app, code, "Lotte", "Child");
        await ScoreAsync(parent, "6");
        await ScoreAsync(parent, "5");
        await ScoreAsync(child, "3");
        await setup.Client.SubmitAsync(board, new Dictionary<string, string> { ["score"] = "4" }, "form[action*='handler=Score']");
        await CloseAsync(setup, board);

        var (scores, audited) = await app.Data.WithDbAsync(async db => (
            await db.Set<SafetyScore>().IgnoreQueryFilters().AsNoTracking().Where(s => s.CaseId == setup.Case.Id).OrderBy(s => s.Score).ToListAsync(),
            await db.AuditTrail.AsNoTracking().CountAsync(a => a.CaseId == setup.Case.Id && a.EntityType == nameof(SafetyScore))));
        Assert.Equal([(ScorerRole.Child, 3), (ScorerRole.Worker, 4), (ScorerRole.Parent, 5)], scores.Select(s => (s.ScorerRole, s.Score)));
        Assert.Equal(["Lotte", "Sarah"], scores.Where(s => s.ScorerRole != ScorerRole.Worker).Select(s => s.ScorerName));
        Assert.All(scores, s => Assert.Equal(new DateOnly(2026, 11, 2), s.ScoredOn));
        // A child's number reaches parent-facing pages only when the worker shares it, as on the scales page.
        Assert.False(scores[0].ParentsMaySee);
        Assert.Equal(3, audited);
        Assert.Contains("Lotte", await (await setup.Client.GetAsync(setup.Url("schalen"))).TextAsync());
    }

    private static async Task ScoreAsync(HttpClient phone, string score) =>
        Assert.Equal(HttpStatusCode.Redirect, (await phone.SubmitAsync("/doe-mee/overleg", new Dictionary<string, string> { ["score"] = score }, "form[action*='handler=Score']")).StatusCode);

    private static async Task CloseAsync(CaseworkSetup setup, string board) =>
        Assert.Equal(HttpStatusCode.Redirect, (await setup.Client.SubmitAsync(board, new Dictionary<string, string> { ["Close.HeldOn"] = "2026-11-02" }, "form[action*='handler=Close']")).StatusCode);

    private static async Task AddOnMappingPageAsync(CaseworkSetup setup, string text) =>
        Assert.Equal(HttpStatusCode.Redirect, (await setup.Client.SubmitAsync(setup.Url("mapping"), new Dictionary<string, string>
        {
            ["Statement.Section"] = "DangerStatement",
            ["Statement.Text"] = text,
            ["Statement.SaidBy"] = "Worker",
        }, "form[action*='AddStatement']")).StatusCode);
}
