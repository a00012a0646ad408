using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.LiveMapping;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.ProcessTeams;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Casework;
using static Zicht.Tests.Features.LiveMapping.LiveSetup;

namespace Zicht.Tests.Features.LiveMapping;

public class LiveMeetingTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_parent_joins_proposes_sees_it_accepted_and_closing_saves_the_version_and_the_network_meeting()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var meetingId = await setup.OpenMeetingAsync(MeetingKind.NetworkMeeting);
        var board = setup.Board(meetingId);
        var (phone, status) = await JoinAsync(app, await CodeAsync(setup.Client, board), "Sarah", "Parent");
        Assert.Equal(HttpStatusCode.Redirect, status);

        await ProposeAsync(phone, "Papa roept als hij gedronken heeft");
        var proposal = await ProposalAsync(app, "Papa roept als hij gedronken heeft");
        Assert.Equal(ProposalStatus.Proposed, proposal.Status);
        Assert.Contains("Papa roept als hij gedronken heeft", await (await setup.Client.GetAsync(board)).TextAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(setup.Client, board, proposal.Id, "Reword", "We zijn bang dat papa roept en slaat als hij gedronken heeft")).StatusCode);
        var seen = Text(await (await phone.GetAsync("/doe-mee/overleg")).TextAsync());
        Assert.Contains("opgenomen in andere woorden", seen);
        Assert.Contains("We zijn bang dat papa roept en slaat als hij gedronken heeft", seen);

        var closed = await setup.Client.SubmitAsync(board, new Dictionary<string, string>
        {
            ["Close.HeldOn"] = "2026-11-02",
            ["Close.Agreements"] = "Oma Rita haalt Lotte op woensdag",
            ["Close.NextMeetingOn"] = "2026-12-01",
        }, "form[action*='handler=Close']");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        var (version, network) = await app.Data.WithDbAsync(async db => (
            await db.Set<MappingVersion>().AsNoTracking().SingleAsync(v => v.CaseId == setup.Case.Id),
            await db.Set<NetworkMeeting>().AsNoTracking().SingleAsync(m => m.CaseId == setup.Case.Id)));
        Assert.Equal("Parent", version.Participants);
        Assert.True(version.HasDangerStatement && version.WithFamilyOrNetwork);
        Assert.Contains("We zijn bang dat papa roept", version.StatementsJson);
        Assert.Equal(new DateOnly(2026, 12, 1), network.NextMeetingOn);
        Assert.Equal("Oma Rita haalt Lotte op woensdag", network.Agreements);
        Assert.Contains("Sarah", network.Attendees);
        // Closed: the parent's page is gone, and the code no longer joins.
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync("/doe-mee/overleg")).StatusCode);
    }

    [Fact]
    public async Task Codes_of_closed_and_expired_meetings_and_made_up_codes_are_refused()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var expiring = await setup.OpenMeetingAsync();
        var code = await CodeAsync(setup.Client, setup.Board(expiring));
        await app.Data.WithDbAsync(async db =>
        {
            var m = await db.Set<LiveMeeting>().IgnoreQueryFilters().SingleAsync(m => m.Id == expiring);
            m.JoinCodeExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await JoinAsync(app, code)).Status);

        var closing = await setup.OpenMeetingAsync();
        var closedCode = await CodeAsync(setup.Client, setup.Board(closing));
        await setup.Client.SubmitAsync(setup.Board(closing), new Dictionary<string, string> { ["Close.HeldOn"] = "2026-11-02" }, "form[action*='handler=Close']");
        Assert.Equal(HttpStatusCode.NotFound, (await JoinAsync(app, closedCode)).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await JoinAsync(app, JoinCode.Display(JoinCode.New()))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await JoinAsync(app, "1234")).Status);
    }

    [Fact]
    public async Task A_participant_sees_only_their_meeting_never_the_case_file_or_earlier_versions()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(new MappingStatement { CaseId = setup.Case.Id, Section = MappingSection.PastHarm, Text = "Eerder-opgeschreven-schade", SaidBy = Speaker.Worker });
            await db.SaveChangesAsync();
            await MappingVersions.AddAsync(db, setup.Case.Id, new DateOnly(2026, 10, 1), MappingOccasion.Internal, [], "Oude-versie-notitie", "x");
            await db.SaveChangesAsync();
        });
        var other = await CaseworkSetup.CreateAsync(app);
        var otherMeeting = await other.OpenMeetingAsync();
        var (otherPhone, _) = await JoinAsync(app, await CodeAsync(other.Client, other.Board(otherMeeting)), "Kevin");
        await ProposeAsync(otherPhone, "Uitspraak-van-een-ander-overleg");

        var meeting = await setup.OpenMeetingAsync();
        var (phone, _) = await JoinAsync(app, await CodeAsync(setup.Client, setup.Board(meeting)));
        var page = await (await phone.GetAsync("/doe-mee/overleg")).TextAsync();

        Assert.DoesNotContain("Eerder-opgeschreven-schade", page);
        Assert.DoesNotContain("Oude-versie-notitie", page);
        Assert.DoesNotContain("Uitspraak-van-een-ander-overleg", page);
        Assert.DoesNotContain("Kevin", page);
        Assert.DoesNotContain(setup.Case.Reference, page);
        foreach (var path in new[] { "", "/mapping", $"/overleg/{meeting}", $"/overleg/{meeting}/stroom", "/gezinsweergave" })
        {
            Assert.NotEqual(HttpStatusCode.OK, (await phone.GetAsync($"/dossiers/{setup.Case.Id}{path}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_worker_of_another_team_cannot_open_the_board_the_stream_or_the_meetings()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var meeting = await setup.OpenMeetingAsync();
        var outsider = await app.Data.StaffAsync(setup.World, Roles.Caseworker, setup.World.TeamB);
        var client = await app.SignedInAsync(outsider.UserName!);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(setup.Board(meeting))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(setup.Url("overleg"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(setup.Board(meeting) + "/stroom")).StatusCode);
    }

    [Fact]
    public async Task Sending_the_same_addition_twice_adds_it_once()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var board = setup.Board(await setup.OpenMeetingAsync());
        var clientId = Guid.NewGuid().ToString();
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, board + "?handler=Add");
            var page = await setup.Client.GetPageAsync(board);
            var token = page.QuerySelector("form[data-live-queue] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            request.Headers.Add("X-Live-Queue", "1");
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Add.ClientId"] = clientId,
                ["Add.Section"] = "ExistingStrength",
                ["Add.Text"] = "Oma Rita is er elke woensdag",
                ["Add.SaidBy"] = "Worker",
            });
            Assert.Equal(HttpStatusCode.NoContent, (await setup.Client.SendAsync(request)).StatusCode);
        }
        var (proposals, statements) = await app.Data.WithDbAsync(async db => (
            await db.Set<LiveProposal>().IgnoreQueryFilters().CountAsync(p => p.Text == "Oma Rita is er elke woensdag"),
            await db.Set<MappingStatement>().IgnoreQueryFilters().CountAsync(s => s.CaseId == setup.Case.Id)));
        Assert.Equal(1, proposals);
        Assert.Equal(1, statements);
    }

    [Fact]
    public async Task Closing_a_process_team_meeting_saves_a_version_with_the_team_and_records_the_process_team()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var board = setup.Board(await setup.OpenMeetingAsync(MeetingKind.ProcessTeam));
        await setup.Client.SubmitAsync(board, new Dictionary<string, string> { ["Add.Section"] = "SafetyGoal", ["Add.Text"] = "Lotte slaapt elke nacht thuis veilig", ["Add.SaidBy"] = "Team" }, "form[data-live-queue]");
        await setup.Client.SubmitAsync(board, new Dictionary<string, string> { ["score"] = "4" }, "form[action*='handler=Score']");
        Assert.Contains("Spreiding: van 4 tot 4", Text(await (await setup.Client.GetAsync(board)).TextAsync()));
        await setup.Client.SubmitAsync(board, new Dictionary<string, string> { ["Close.HeldOn"] = "2026-11-03", ["Close.Agreements"] = "Netwerk uitnodigen" }, "form[action*='handler=Close']");

        var (version, meeting) = await app.Data.WithDbAsync(async db => (
            await db.Set<MappingVersion>().AsNoTracking().SingleAsync(v => v.CaseId == setup.Case.Id),
            await db.Set<ProcessTeamMeeting>().AsNoTracking().SingleAsync(m => m.CaseId == setup.Case.Id)));
        Assert.Equal(MappingOccasion.ProcessTeam, version.Occasion);
        Assert.Equal("Team", version.Participants);
        Assert.True(version.HasSafetyGoal);
        Assert.Contains("Netwerk uitnodigen", meeting.Note);
    }
}
