using Microsoft.EntityFrameworkCore;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyScales;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Casework;

/// <summary>The short daily flow (issue 10): a network member added and informed in one step, attendees ticked, a summary for colleagues.</summary>
public class DailyFlowTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_network_member_is_added_and_marked_informed_on_the_network_page()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await s.Client.SubmitAsync(s.Url("netwerk"), new Dictionary<string, string>
        {
            ["NewMember.FullName"] = "Rita Vermeulen",
            ["NewMember.Relationship"] = "grootmoeder",
            ["NewMember.Phone"] = "0475 12 34 56",
            ["NewMember.InformedOn"] = "2026-03-07",
        }, "form[action*='handler=AddMember']");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var rita = await app.Data.WithDbAsync(db => db.CasePeople.AsNoTracking().SingleAsync(p => p.CaseId == s.Case.Id && p.Role == PersonRole.NetworkMember));
        Assert.Equal(("Rita Vermeulen", new DateOnly(2026, 3, 7), "0475 12 34 56"), (rita.FullName, rita.InformedOn!.Value, rita.Phone!));
    }

    [Fact]
    public async Task Meeting_attendees_are_ticked_from_the_cases_people()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var page = await s.Client.GetPageAsync(s.Url("netwerk"));
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='Meeting.Picked'][value='Lotte Testkind']"));

        await s.Client.PostAsync(s.Url("netwerk?handler=Meeting"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
            ["Meeting.HeldOn"] = "2026-04-01",
            ["Meeting.Picked"] = "Lotte Testkind",
            ["Meeting.Attendees"] = "buurvrouw",
        }));

        var meeting = await app.Data.WithDbAsync(db => db.Set<NetworkMeeting>().AsNoTracking().SingleAsync(m => m.CaseId == s.Case.Id));
        Assert.Equal("Lotte Testkind, buurvrouw", meeting.Attendees);
    }

    [Fact]
    public async Task Removing_a_statement_or_a_meeting_asks_for_confirmation_first()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(new MappingStatement { CaseId = s.Case.Id, Section = MappingSection.DangerStatement, Text = "Papa drinkt", SaidBy = Speaker.Worker });
            db.Add(new NetworkMeeting { CaseId = s.Case.Id, HeldOn = new DateOnly(2026, 4, 1), Attendees = "mama" });
            await db.SaveChangesAsync();
        });

        var mapping = await s.Client.GetPageAsync(s.Url("mapping"));
        var network = await s.Client.GetPageAsync(s.Url("netwerk"));

        Assert.All(mapping.QuerySelectorAll("button[name=remove]"), b => Assert.NotNull(b.Closest("details")));
        Assert.NotEmpty(mapping.QuerySelectorAll("button[name=remove]"));
        Assert.All(network.QuerySelectorAll("form[action*='DeleteMeeting']"), f => Assert.NotNull(f.Closest("details")));
    }

    [Fact]
    public async Task The_case_page_summarises_the_safety_work_for_a_colleague()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(new MappingStatement { CaseId = s.Case.Id, Section = MappingSection.DangerStatement, Text = "We zijn bang dat Lotte gekwetst wordt", SaidBy = Speaker.Worker });
            db.Add(new MappingStatement { CaseId = s.Case.Id, Section = MappingSection.SafetyGoal, Text = "Lotte is altijd bij een nuchtere volwassene", SaidBy = Speaker.Parent });
            db.Add(new SafetyScore { CaseId = s.Case.Id, ScorerRole = ScorerRole.Parent, ScorerName = "Mama", Score = 7, ScoredOn = new DateOnly(2026, 3, 6) });
            db.CasePeople.Add(new CasePerson { CaseId = s.Case.Id, Role = PersonRole.NetworkMember, FullName = "Oma Rita", Phone = "0475 12 34 56", IsCrisisContact = true });
            db.Add(new NetworkMeeting { CaseId = s.Case.Id, HeldOn = new DateOnly(2026, 3, 12), Attendees = "mama, oma", Agreements = "Oma haalt Lotte op", NextMeetingOn = new DateOnly(2099, 1, 1) });
            await db.SaveChangesAsync();
        });

        var card = (await s.Client.GetPageAsync($"/dossiers/{s.Case.Id}")).QuerySelector(".summary-card")!.TextContent;

        foreach (var expected in new[] { "We zijn bang dat Lotte gekwetst wordt", "nuchtere volwassene", "Mama", "7", "Oma Rita", "0475 12 34 56", "Oma haalt Lotte op", "1/01/2099" })
        {
            Assert.Contains(expected, card);
        }
    }
}
