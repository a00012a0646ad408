using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Casework;
using static Zicht.Tests.Features.LiveMapping.LiveSetup;

namespace Zicht.Tests.Features.LiveMapping;

/// <summary>Two app instances on one database, as behind a load balancer without sticky sessions.</summary>
public class TwoNodeTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Two_workers_rewording_one_statement_on_two_nodes_get_a_visible_choice_never_a_silent_overwrite()
    {
        await using var second = new ZichtApp { SharedDatabase = app.Database };
        await second.InitializeAsync();
        var setup = await CaseworkSetup.CreateAsync(app);
        var colleague = await app.Data.StaffAsync(setup.World, Roles.Caseworker, setup.World.TeamA);
        var onSecond = await second.SignedInAsync(colleague.UserName!);
        var board = setup.Board(await setup.OpenMeetingAsync());
        var (phone, _) = await JoinAsync(second, await CodeAsync(setup.Client, board));
        await ProposeAsync(phone, "Mama is alleen met de kinderen");
        var proposal = await ProposalAsync(app, "Mama is alleen met de kinderen");

        // Both boards show version N of the statement; the first rewording wins, the second gets a choice.
        var secondForm = await onSecond.GetPageAsync(board);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(setup.Client, board, proposal.Id, "Reword", "Mama staat er 's avonds alleen voor")).StatusCode);
        var token = secondForm.QuerySelector($"li[data-proposal='{proposal.Id}'] form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var stale = await onSecond.PostAsync(board + "?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Decide.ProposalId"] = proposal.Id.ToString(),
            ["Decide.Version"] = proposal.Version.ToString(),
            ["Decide.Decision"] = "Reword",
            ["Decide.Wording"] = "Mama heeft 's avonds geen hulp",
        }));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var choice = HttpForms.Parse(await stale.TextAsync());
        Assert.Equal("Mama staat er 's avonds alleen voor", choice.QuerySelector(".conflict .theirs")!.TextContent);
        Assert.Equal("Mama heeft 's avonds geen hulp", choice.QuerySelector(".conflict .mine")!.TextContent);
        Assert.Equal("Mama staat er 's avonds alleen voor", await StatementTextAsync(proposal.Id));

        // Choosing "use my wording" on the second node overwrites knowingly.
        var chosen = await onSecond.PostAsync(board + "?handler=Decide", new FormUrlEncodedContent(
            choice.QuerySelectorAll(".conflict form[data-choice=mine] input").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))
                .Append(new("Decide.Decision", "Reword"))));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("Mama heeft 's avonds geen hulp", await StatementTextAsync(proposal.Id));
    }

    [Fact]
    public async Task A_statement_added_through_one_node_reaches_the_live_stream_on_the_other()
    {
        await using var second = new ZichtApp { SharedDatabase = app.Database };
        await second.InitializeAsync();
        var setup = await CaseworkSetup.CreateAsync(app);
        var board = setup.Board(await setup.OpenMeetingAsync());
        var (phone, _) = await JoinAsync(second, await CodeAsync(setup.Client, board));

        using var stream = await setup.Client.GetAsync(board + "/stroom", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        var first = await NextEventAsync(reader);
        await ProposeAsync(phone, "Bompa Jan kan bellen als het misloopt", "ExistingSafety");
        var next = await NextEventAsync(reader);

        Assert.NotEqual(first, next);
    }

    private static async Task<string> NextEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line[6..];
            }
        }
        throw new InvalidOperationException("The stream ended.");
    }

    private Task<string> StatementTextAsync(Guid id) =>
        app.Data.WithDbAsync(db => db.Set<MappingStatement>().IgnoreQueryFilters().AsNoTracking().Where(s => s.Id == id).Select(s => s.Text).SingleAsync());
}
