using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.LiveMapping;
using Zicht.Tests.Features.Casework;
using static Zicht.Tests.Features.LiveMapping.LiveSetup;

namespace Zicht.Tests.Features.LiveMapping;

/// <summary>A participant's phone without JavaScript: plain forms, and nothing typed is thrown away by a refresh.</summary>
public class WithoutJavaScriptTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task The_participant_page_never_refreshes_itself_and_showing_what_is_new_gives_the_typed_text_back_unsent()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var board = setup.Board(await setup.OpenMeetingAsync());
        var code = await CodeAsync(setup.Client, board);
        var (sarah, _) = await JoinAsync(app, code, "Sarah", "Parent");
        var (rita, _) = await JoinAsync(app, code, "Rita", "NetworkMember");

        var page = await sarah.GetPageAsync("/doe-mee/overleg");
        Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));

        // Sarah is typing; meanwhile Rita says something. Sarah asks for what is new.
        await ProposeAsync(rita, "Oma Rita kan elke woensdag komen");
        var button = page.QuerySelector("form[action*='handler=Add'] [data-refresh]")!;
        var refreshed = await sarah.PostAsync(button.GetAttribute("formaction"), new FormUrlEncodedContent(Fields(page).Append(new("Add.Text", "Ik ben nog aan het typen"))));

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var shown = HttpForms.Parse(await refreshed.TextAsync());
        Assert.Equal("Ik ben nog aan het typen", shown.QuerySelector("textarea[name='Add.Text']")!.TextContent.Trim());
        Assert.Contains("Oma Rita kan elke woensdag komen", shown.QuerySelector("#live-board")!.TextContent);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<LiveProposal>().IgnoreQueryFilters().AnyAsync(p => p.Text == "Ik ben nog aan het typen")));

        // Sending it afterwards adds it once.
        var sent = await sarah.PostAsync("/doe-mee/overleg?handler=Add", new FormUrlEncodedContent(Fields(shown).Append(new("Add.Text", shown.QuerySelector("textarea[name='Add.Text']")!.TextContent.Trim()))));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(1, await app.Data.WithDbAsync(db => db.Set<LiveProposal>().IgnoreQueryFilters().CountAsync(p => p.Text == "Ik ben nog aan het typen")));
    }

    /// <summary>The add form's hidden fields (token, client id) and its heading, as a browser without JavaScript sends them.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Fields(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("form[action*='handler=Add'] input[type=hidden]")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.GetAttribute("value")!))
            .Append(new("Add.Section", "DangerStatement"));

    [Fact]
    public async Task In_english_the_participant_page_has_english_texts_and_no_untranslated_keys()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var board = setup.Board(await setup.OpenMeetingAsync());
        var (sarah, _) = await JoinAsync(app, await CodeAsync(setup.Client, board));
        await ProposeAsync(sarah, "Papa roept 's avonds");

        var page = await (await sarah.GetAsync("/doe-mee/overleg?culture=en-GB&ui-culture=en-GB")).TextAsync();

        Assert.Contains("What you add is a proposal: the caseworker decides", page);
        Assert.Contains("Show what&#x27;s new (your text stays)", page);
        Assert.Contains("proposal", page);
        Assert.DoesNotContain("ProposalStatus.", page);
        Assert.DoesNotContain("MappingSection.", page);
        Assert.DoesNotContain("Speaker.", page);
        Assert.DoesNotContain("Zeg iets", page);
    }
}
