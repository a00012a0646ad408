using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyPlans;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.Network;

/// <summary>Wish 8: a network meeting recorded along the standard template, pre-filled from the case, printable as minutes.</summary>
public class MeetingTemplateTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_new_meeting_is_pre_filled_from_the_case_and_saved_along_the_template()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await SeedCaseAsync(s.Case.Id);

        var page = await s.Client.GetPageAsync(s.Url("netwerk/overleg"));
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Papa drinkt als hij alleen is met Lotte", main);
        Assert.Contains("Oma woont om de hoek", main);
        Assert.Contains("haalt Lotte op na school", main);
        Assert.DoesNotContain("Ik ben bang als papa boos is", main);
        Assert.Contains("de stem van het kind 1 keer geregistreerd", main);
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='Meeting.Picked'][value='Rita Vermeulen']"));
        Assert.Contains("Wie is er", page.QuerySelector("textarea[name='Meeting.Agenda']")!.TextContent);
        Assert.Equal("Rita Vermeulen", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Meeting.NextChair']")!.Value);
        Assert.Equal(11, page.QuerySelectorAll("fieldset.template-part").Length);

        var response = await s.Client.SubmitAsync(s.Url("netwerk/overleg"), new Dictionary<string, string>
        {
            ["Meeting.HeldOn"] = "2026-04-02",
            ["Meeting.Picked"] = "Rita Vermeulen",
            ["Meeting.Attendees"] = "buurvrouw Ann",
            ["Meeting.ChildSpokenBefore"] = "true",
            ["Meeting.ChildPresent"] = "false",
            ["Meeting.Scaling"] = "mama 6, oma 4",
            ["Meeting.ScalingMeaning"] = "Oma ziet de avonden nog als moeilijk",
            ["Meeting.Worries"] = "De avonden na het werk",
            ["Meeting.PlanWork"] = "Oma belt elke avond om 19 uur",
            ["Meeting.Agreements"] = "Volgende keer bij oma thuis",
            ["Meeting.NextMeetingOn"] = "2026-05-07",
            ["Meeting.ScalingEnd"] = "kans op slagen: 7",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var m = await app.Data.WithDbAsync(db => db.Set<NetworkMeeting>().AsNoTracking().SingleAsync(x => x.CaseId == s.Case.Id));
        Assert.Equal(("Rita Vermeulen, buurvrouw Ann", true, false, "Oma belt elke avond om 19 uur", "Rita Vermeulen", 1, 1),
            (m.Attendees, m.ChildSpokenBefore, m.ChildPresent, m.PlanWork, m.NextChair, m.MappingVersionNumber, m.PlanVersionNumber));
        Assert.Contains("Wie is er", m.Agenda);
        Assert.Equal("kans op slagen: 7", m.ScalingEnd);

        // Correcting it opens the same template with the case's people ticked again, not retyped.
        var edit = await s.Client.GetPageAsync(s.Url($"netwerk/overleg/{m.Id}"));
        Assert.True(edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Meeting.Picked'][value='Rita Vermeulen']")!.IsChecked);
        Assert.Equal("buurvrouw Ann", edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Meeting.Attendees']")!.Value);
    }

    [Fact]
    public async Task A_correction_over_a_colleagues_newer_save_is_refused_and_the_text_kept()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var meeting = await app.Data.WithDbAsync(async db =>
        {
            var m = new NetworkMeeting { CaseId = s.Case.Id, HeldOn = new DateOnly(2026, 4, 2), Attendees = "mama" };
            db.Add(m);
            await db.SaveChangesAsync();
            return m;
        });
        var url = s.Url($"netwerk/overleg/{meeting.Id}");
        var stale = await s.Client.GetPageAsync(url);
        await s.Client.SubmitAsync(url, new Dictionary<string, string> { ["Meeting.Worries"] = "eerste" });

        var token = stale.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var response = await s.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = "0",
            ["Meeting.HeldOn"] = "2026-04-02",
            ["Meeting.Attendees"] = "mama",
            ["Meeting.Worries"] = "tweede",
        }));

        var html = await response.TextAsync();
        Assert.Contains("Iemand anders wijzigde dit beraad", html);
        Assert.Contains("tweede", html);
        Assert.Equal("eerste", await app.Data.WithDbAsync(db => db.Set<NetworkMeeting>().AsNoTracking().Where(x => x.Id == meeting.Id).Select(x => x.Worries).SingleAsync()));
    }

    [Fact]
    public async Task The_minutes_follow_the_template_and_print_as_an_A4_pdf_with_document_properties()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await SeedCaseAsync(s.Case.Id);
        var meeting = await app.Data.WithDbAsync(async db =>
        {
            var m = new NetworkMeeting
            {
                CaseId = s.Case.Id,
                HeldOn = new DateOnly(2026, 4, 2),
                Attendees = "Rita Vermeulen, mama",
                Agenda = "1. Wie is er",
                PlanWork = "Oma belt elke avond",
                NextChair = "Rita Vermeulen",
                MappingVersionNumber = 1,
                PlanVersionNumber = 1,
            };
            db.Add(m);
            await db.SaveChangesAsync();
            return m;
        });

        var minutes = (await s.Client.GetPageAsync(s.Url($"netwerk/overleg/{meeting.Id}/verslag"))).QuerySelector("main")!.TextContent;
        Assert.Contains("Werken aan het veiligheidsplan", minutes);
        Assert.Contains("Oma belt elke avond", minutes);
        Assert.Contains("Papa drinkt als hij alleen is met Lotte", minutes);
        Assert.DoesNotContain("Ik ben bang als papa boos is", minutes);

        var response = await s.Client.GetAsync(s.Url($"netwerk/overleg/{meeting.Id}/verslag?pdfFile=true"));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"/MediaBox \[0 0 59[45](\.\d+)? 84[12]", System.Text.Encoding.Latin1.GetString(pdf));
        var properties = PdfProperties.Of(pdf);
        Assert.Equal($"Netwerkberaad van {new DateOnly(2026, 4, 2).ToString("d", new System.Globalization.CultureInfo("nl-BE"))} · {s.Case.Reference}", properties.Title);
        Assert.Equal(("Opgroeien · Zicht", "Verslag van een netwerkberaad", "nl-BE"), (properties.Author, properties.Subject, properties.Language));
        Assert.Matches(@"^D:\d{14}[+-]\d\d'\d\d'$", properties.CreationDate);
        Assert.True(await app.Data.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditActions.Export && a.EntityType == "NetworkMeetingMinutes" && a.CaseId == s.Case.Id)));
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Policy)]
    public async Task Another_teams_worker_and_policy_staff_are_refused(string role)
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var meeting = await app.Data.WithDbAsync(async db =>
        {
            var m = new NetworkMeeting { CaseId = s.Case.Id, HeldOn = new DateOnly(2026, 4, 2), Attendees = "mama" };
            db.Add(m);
            await db.SaveChangesAsync();
            return m;
        });
        var outsider = await app.SignedInAsync((await app.Data.StaffAsync(s.World, role, role == Roles.Caseworker ? s.World.TeamB : null)).UserName!);

        foreach (var path in new[] { "netwerk/overleg", $"netwerk/overleg/{meeting.Id}", $"netwerk/overleg/{meeting.Id}/verslag", $"netwerk/overleg/{meeting.Id}/verslag?pdfFile=true" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(s.Url(path))).StatusCode);
        }
        var post = await outsider.PostAsync(s.Url("netwerk/overleg"), new FormUrlEncodedContent(new Dictionary<string, string> { ["Meeting.HeldOn"] = "2026-04-03", ["Meeting.Attendees"] = "x" }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(1, await app.Data.WithDbAsync(db => db.Set<NetworkMeeting>().IgnoreQueryFilters().CountAsync(x => x.CaseId == s.Case.Id)));
    }

    /// <summary>A mapping version, a plan version, a chairing network member and a child's-voice record the child did not share.</summary>
    private Task SeedCaseAsync(Guid caseId) => app.Data.WithDbAsync(async db =>
    {
        var version = new MappingVersion { CaseId = caseId, Number = 1, HeldOn = new DateOnly(2026, 3, 10) };
        version.Freeze(
        [
            new(Guid.NewGuid(), MappingSection.DangerStatement, "Papa drinkt als hij alleen is met Lotte", Speaker.Worker, null),
            new(Guid.NewGuid(), MappingSection.ExistingStrength, "Oma woont om de hoek", Speaker.Parent, null),
            new(Guid.NewGuid(), MappingSection.DangerStatement, "Ik ben bang als papa boos is", Speaker.Child, "Lotte"),
        ], [Speaker.Worker, Speaker.Parent]);
        db.Add(version);
        db.Add(new SafetyPlanVersion
        {
            CaseId = caseId,
            Number = 1,
            Stage = PlanStage.Initial,
            Audience = PlanAudience.Adult,
            AgreedOn = new DateOnly(2026, 3, 20),
            RulesJson = JsonSerializer.Serialize(new[] { new RuleSnapshot(Guid.NewGuid(), RuleKind.WhoDoesWhat, "Oma", "haalt Lotte op na school", "elke dag") }),
        });
        db.CasePeople.Add(new CasePerson { CaseId = caseId, Role = PersonRole.NetworkMember, FullName = "Rita Vermeulen", Relationship = "grootmoeder", ChairsNetwork = true, InformedOn = new DateOnly(2026, 3, 12) });
        var child = await db.CasePeople.FirstAsync(p => p.CaseId == caseId && p.Role == PersonRole.Minor);
        db.Add(new ChildVoiceRecord { CaseId = caseId, ChildId = child.Id, Tool = ChildVoiceTool.ThreeHouses, Part = ChildVoicePart.HouseOfWorries, RecordedOn = new DateOnly(2026, 3, 15), ChildWords = "Ik wil dat papa stopt" });
        await db.SaveChangesAsync();
    });
}
