using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Casework;
using static Zicht.Tests.Features.LiveMapping.LiveSetup;

namespace Zicht.Tests.Features.LiveMapping;

/// <summary>
/// A live decision checks the mapping statement's own version: a change made on the classic edit page
/// through another node since the board loaded gives a visible choice, never a silent overwrite.
/// </summary>
public class StatementConflictTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_live_rewording_after_a_classic_edit_on_another_node_offers_theirs_mine_or_both()
    {
        await using var second = new ZichtApp { SharedDatabase = app.Database };
        await second.InitializeAsync();
        var setup = await CaseworkSetup.CreateAsync(app);
        var colleague = await second.SignedInAsync((await app.Data.StaffAsync(setup.World, Roles.Caseworker, setup.World.TeamA)).UserName!);
        var board = setup.Board(await setup.OpenMeetingAsync());
        var (phone, _) = await JoinAsync(second, await CodeAsync(setup.Client, board));
        await ProposeAsync(phone, "Mama is 's avonds alleen");
        var proposal = await ProposalAsync(app, "Mama is 's avonds alleen");
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(setup.Client, board, proposal.Id, "Accept")).StatusCode);

        // The worker's board is loaded; then a colleague rewords the statement on the classic page of node 2.
        var shown = await setup.Client.GetPageAsync(board);
        var edited = await colleague.SubmitAsync($"/dossiers/{setup.Case.Id}/mapping/uitspraak/{proposal.Id}",
            new Dictionary<string, string> { ["Statement.Text"] = "Mama werkt tot 22 uur" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var stale = await PostFormAsync(setup.Client, shown, $"li[data-proposal='{proposal.Id}'] form", "Reword", "Mama staat er 's avonds alleen voor");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var choice = HttpForms.Parse(await stale.TextAsync());
        Assert.Equal("Mama werkt tot 22 uur", choice.QuerySelector(".conflict .theirs")!.TextContent);
        Assert.Equal("Mama staat er 's avonds alleen voor", choice.QuerySelector(".conflict .mine")!.TextContent);
        Assert.NotNull(choice.QuerySelector(".conflict [data-choice=theirs]"));
        Assert.Equal(["Mama werkt tot 22 uur"], await TextsAsync(setup.Case.Id));

        // "Both": the colleague's wording stays and the worker's joins the mapping as a statement of its own.
        var both = await PostFormAsync(setup.Client, choice, ".conflict form[data-choice=both]");
        Assert.Equal(HttpStatusCode.Redirect, both.StatusCode);
        Assert.Equal(["Mama staat er 's avonds alleen voor", "Mama werkt tot 22 uur"], await TextsAsync(setup.Case.Id));

        // Pressing it again (a second click, a resend) writes nothing more.
        Assert.Equal(HttpStatusCode.Conflict, (await PostFormAsync(setup.Client, choice, ".conflict form[data-choice=both]")).StatusCode);
        Assert.Equal(2, (await TextsAsync(setup.Case.Id)).Count);
    }

    [Fact]
    public async Task A_merge_into_a_statement_changed_on_another_node_since_the_board_loaded_is_not_written_until_chosen()
    {
        await using var second = new ZichtApp { SharedDatabase = app.Database };
        await second.InitializeAsync();
        var setup = await CaseworkSetup.CreateAsync(app);
        var colleague = await second.SignedInAsync((await app.Data.StaffAsync(setup.World, Roles.Caseworker, setup.World.TeamA)).UserName!);
        await setup.Client.SubmitAsync(setup.Url("mapping"), new Dictionary<string, string>
        {
            ["Statement.Section"] = "DangerStatement",
            ["Statement.Text"] = "Papa drinkt",
            ["Statement.SaidBy"] = "Worker",
        }, "form[action*='AddStatement']");
        var targetId = await app.Data.WithDbAsync(db => db.Set<MappingStatement>().IgnoreQueryFilters().Where(s => s.CaseId == setup.Case.Id).Select(s => s.Id).SingleAsync());
        var board = setup.Board(await setup.OpenMeetingAsync());
        var (phone, _) = await JoinAsync(second, await CodeAsync(setup.Client, board));
        await ProposeAsync(phone, "en roept dan");
        var proposal = await ProposalAsync(app, "en roept dan");

        var shown = await setup.Client.GetPageAsync(board);
        await colleague.SubmitAsync($"/dossiers/{setup.Case.Id}/mapping/uitspraak/{targetId}", new Dictionary<string, string> { ["Statement.Text"] = "Papa drinkt elke avond" });
        var stale = await PostFormAsync(setup.Client, shown, $"li[data-proposal='{proposal.Id}'] form", "Merge");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var choice = HttpForms.Parse(await stale.TextAsync());
        Assert.Equal("Papa drinkt elke avond", choice.QuerySelector(".conflict .theirs")!.TextContent);
        Assert.Equal(["Papa drinkt elke avond"], await TextsAsync(setup.Case.Id));

        // "Both" merges into the statement as it is now.
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(setup.Client, choice, ".conflict form[data-choice=both]")).StatusCode);
        Assert.Equal(["Papa drinkt elke avond en roept dan"], await TextsAsync(setup.Case.Id));
    }

    [Fact]
    public async Task Queued_decisions_sent_again_change_nothing_and_one_sent_late_over_a_change_gets_the_choice()
    {
        await using var second = new ZichtApp { SharedDatabase = app.Database };
        await second.InitializeAsync();
        var setup = await CaseworkSetup.CreateAsync(app);
        var colleague = await second.SignedInAsync((await app.Data.StaffAsync(setup.World, Roles.Caseworker, setup.World.TeamA)).UserName!);
        var board = setup.Board(await setup.OpenMeetingAsync());
        var (phone, _) = await JoinAsync(second, await CodeAsync(setup.Client, board));
        await ProposeAsync(phone, "Lotte eet niet 's morgens");
        var proposal = await ProposalAsync(app, "Lotte eet niet 's morgens");

        // The offline queue sends the accept, loses the answer and sends it again.
        var shown = await setup.Client.GetPageAsync(board);
        Assert.Equal(HttpStatusCode.NoContent, (await PostFormAsync(Queued(setup.Client), shown, $"li[data-proposal='{proposal.Id}'] form", "Accept")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostFormAsync(Queued(setup.Client), shown, $"li[data-proposal='{proposal.Id}'] form", "Accept")).StatusCode);
        Assert.Equal(["Lotte eet niet 's morgens"], await TextsAsync(setup.Case.Id));

        // A rewording queued while offline; meanwhile a colleague rewords on the classic page of node 2.
        var offline = await setup.Client.GetPageAsync(board);
        await colleague.SubmitAsync($"/dossiers/{setup.Case.Id}/mapping/uitspraak/{proposal.Id}", new Dictionary<string, string> { ["Statement.Text"] = "Lotte krijgt geen ontbijt" });
        var late = await PostFormAsync(Queued(setup.Client), offline, $"li[data-proposal='{proposal.Id}'] form", "Reword", "Lotte ontbijt niet");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var choice = HttpForms.Parse(await late.TextAsync());
        Assert.Equal("Lotte krijgt geen ontbijt", choice.QuerySelector(".conflict .theirs")!.TextContent);
        Assert.Equal(["Lotte krijgt geen ontbijt"], await TextsAsync(setup.Case.Id));
    }

    private static HttpClient Queued(HttpClient client)
    {
        client.DefaultRequestHeaders.Remove("X-Live-Queue");
        client.DefaultRequestHeaders.Add("X-Live-Queue", "1");
        return client;
    }

    /// <summary>Posts a form of a page already loaded (as a browser does with an old page), pressing the button with that decision.</summary>
    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, AngleSharp.Dom.IDocument page, string selector, string? decision = null, string? wording = null)
    {
        var form = page.QuerySelector(selector)!;
        var fields = form.QuerySelectorAll("input[type=hidden], textarea, select")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e is AngleSharp.Html.Dom.IHtmlSelectElement s ? s.Options[0].Value : e is AngleSharp.Html.Dom.IHtmlTextAreaElement t ? t.Value : e.GetAttribute("value")!))
            .Where(f => f.Key != "Decide.Wording" || wording is null).ToList();
        if (wording is not null)
        {
            fields.Add(new("Decide.Wording", wording));
        }
        var button = form.QuerySelector(decision is null ? "button[name='Decide.Decision']" : $"button[value={decision}]")!;
        fields.Add(new("Decide.Decision", button.GetAttribute("value")!));
        return client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private Task<List<string>> TextsAsync(Guid caseId) =>
        app.Data.WithDbAsync(db => db.Set<MappingStatement>().IgnoreQueryFilters().AsNoTracking().Where(s => s.CaseId == caseId).OrderBy(s => s.Text).Select(s => s.Text).ToListAsync());
}
