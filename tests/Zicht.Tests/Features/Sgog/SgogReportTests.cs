using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Sgog;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Sgog;

/// <summary>Deciding, reporting and the administration's steps over HTTP, as the provider and the administration see them.</summary>
public class SgogReportTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Reportable_needs_a_minor_or_foster_person_and_not_reportable_needs_a_ground()
    {
        var s = await SgogSetup.CreateAsync(app);
        var adultsOnly = await s.IncidentAsync(i => i.People.RemoveAll(p => p.Role == InvolvedRole.MinorVictim));
        var client = await s.OfficerClientAsync();
        var url = $"/sgog/incidenten/{adultsOnly.Id}/beslissing";

        var reportable = await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "Reportable", ["Input.Reason"] = "Ernstig" });
        var noGround = await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "NotReportable", ["Input.Reason"] = "Spel" });
        var exploratory = await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Decision"] = "NotReportable", ["Input.Ground"] = "ExploratoryDevelopment", ["Input.Reason"] = "Leeftijdsadequaat" });

        Assert.Contains("Voeg die eerst toe aan de betrokkenen.", MainText(await reportable.TextAsync()));
        Assert.Contains("Kies waarom het niet meldingsplichtig is.", MainText(await noGround.TextAsync()));
        Assert.Equal(HttpStatusCode.Redirect, exploratory.StatusCode);
        var saved = await app.Data.WithDbAsync(db => db.Set<SgogIncident>().AsNoTracking().FirstAsync(i => i.Id == adultsOnly.Id));
        Assert.Equal((ReportableDecision.NotReportable, NotReportableGround.ExploratoryDevelopment, "Leeftijdsadequaat"), (saved.Decision, saved.NotReportableGround, saved.DecisionReason));
    }

    [Fact]
    public async Task A_report_cannot_be_sent_without_its_required_parts_or_a_reportable_decision()
    {
        var s = await SgogSetup.CreateAsync(app);
        var undecided = await s.IncidentAsync();
        var incomplete = await s.ReportableAsync(i => (i.SafetyInstalled, i.SafetyToInstall, i.ParentsView, i.ChildView, i.FosterParentsView, i.ActionsPlanned) = (null, null, null, null, null, null));
        var client = await s.OfficerClientAsync();

        var page = await client.GetPageAsync($"/sgog/incidenten/{incomplete.Id}/melding");
        Assert.Null(page.QuerySelector("button[type=submit].primary"));
        Assert.Contains("de visie van de ouders, het kind of de pleegouders", page.QuerySelector(".missing")!.TextContent);
        foreach (var id in new[] { undecided.Id, incomplete.Id })
        {
            var token = page.QuerySelector("main input[name=__RequestVerificationToken]")?.GetAttribute("value")
                ?? (await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var response = await client.PostAsync($"/sgog/incidenten/{id}/melding", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = "0" }));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(id == undecided.Id ? "Beslis eerst dat het incident meldingsplichtig is." : "De melding kan nog niet verstuurd worden: vul in: de geplande acties; de geïnstalleerde of nog te installeren veiligheid; de visie van de ouders, het kind of de pleegouders.",
                MainText(await response.TextAsync()));
        }
        Assert.False(await app.Data.WithDbAsync(db => db.Set<SgogReport>().AnyAsync(r => r.OrganisationId == s.ProviderId)));
    }

    [Fact]
    public async Task The_report_carries_exactly_the_administrations_parts_and_no_names_and_the_administration_sees_only_what_was_sent()
    {
        var s = await SgogSetup.CreateAsync(app);
        var incident = await s.ReportableAsync(i => i.FosterParentsView = null);
        var unsent = await s.ReportableAsync(i => i.Description = "Niet verstuurd 91c2");
        var client = await s.OfficerClientAsync();

        var sent = await client.SubmitAsync($"/sgog/incidenten/{incident.Id}/melding", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var report = await app.Data.WithDbAsync(db => db.Set<SgogReport>().Include(r => r.Sections).SingleAsync(r => r.IncidentId == incident.Id));
        Assert.Equal(ReportContent.Parts.Select(p => p.Code).Where(c => c != "view-foster-parents").Order(), report.Sections.Select(x => x.Part).Order());
        Assert.Equal(SgogSetup.Secret, report.Sections.Single(x => x.Part == ReportContent.Situation).Text);
        Assert.Equal("Procureur des Konings, 11/03/2026: Melding\nParket", report.Sections.Single(x => x.Part == ReportContent.Escalation).Text);

        var administration = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.AdministrationOfficer)).UserName!);
        var inbox = MainText(await (await administration.GetAsync("/administratie/sgog")).TextAsync());
        Assert.Contains(s.World.Provider.Name, inbox);
        var shown = MainText(await (await administration.GetAsync($"/administratie/sgog/{report.Id}")).TextAsync());
        Assert.Contains(SgogSetup.Secret, shown);
        Assert.DoesNotContain("Lotte", shown);
        Assert.DoesNotContain("bezoeker", shown);
        foreach (var id in new[] { unsent.Id, incident.Id })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await administration.GetAsync($"/administratie/sgog/{id}")).StatusCode);
        }
        Assert.DoesNotContain("Niet verstuurd 91c2", inbox);
    }

    [Fact]
    public async Task A_change_to_the_incident_after_opening_the_report_stops_the_send_and_a_second_send_sends_nothing_twice()
    {
        var s = await SgogSetup.CreateAsync(app);
        var incident = await s.ReportableAsync();
        var client = await s.OfficerClientAsync();
        var colleague = await app.SignedInAsync(s.Colleague.UserName!);
        var url = $"/sgog/incidenten/{incident.Id}/melding";
        var opened = await client.GetPageAsync(url);
        var token = opened.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await colleague.SubmitAsync($"/sgog/incidenten/{incident.Id}/bewerken", new Dictionary<string, string> { ["Input.Aftercare"] = "Aangepast" });
        var stale = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = "0" }));

        Assert.Contains("Het incident is gewijzigd sinds je deze pagina opende, dus er is niets verstuurd.", MainText(await stale.TextAsync()));
        Assert.False(await app.Data.WithDbAsync(db => db.Set<SgogReport>().AnyAsync(r => r.IncidentId == incident.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SubmitAsync(url, new Dictionary<string, string>())).StatusCode);
        var again = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Version"] = "1" }));
        Assert.Contains("Deze melding is al verstuurd.", MainText(await again.TextAsync()));
        Assert.Equal(1, await app.Data.WithDbAsync(db => db.Set<SgogReport>().CountAsync(r => r.IncidentId == incident.Id)));
    }

    [Fact]
    public async Task The_administration_records_its_reading_and_returns_a_note_and_the_provider_sees_each_step()
    {
        var s = await SgogSetup.CreateAsync(app);
        var (incident, report) = await s.SentAsync();
        var administration = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.AdministrationOfficer)).UserName!);
        var officer = await s.OfficerClientAsync();
        var url = $"/administratie/sgog/{report.Id}";
        static string Steps(string page) => System.Text.RegularExpressions.Regex.Replace(HttpForms.Parse(page).QuerySelector(".report-steps")!.TextContent, @"\s+", " ");

        Assert.Contains("Nog niet gelezen door de administratie.", Steps(await (await officer.GetAsync($"/sgog/incidenten/{incident.Id}")).TextAsync()));

        var tooEarly = await administration.SubmitAsync(url, new Dictionary<string, string> { ["Reading.ReadOn"] = "2026-03-01", ["Reading.InspectorateInvolved"] = "false" }, "form[action*=Reading]");
        Assert.Contains("De lezing kan niet voor het versturen van de melding liggen.", MainText(await tooEarly.TextAsync()));
        var read = await administration.SubmitAsync(url, new Dictionary<string, string> { ["Reading.ReadOn"] = "2026-03-16", ["Reading.Reference"] = "ADM-17", ["Reading.InspectorateInvolved"] = "true" }, "form[action*=Reading]");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Contains("Gelezen door de administratie op 16/03/2026. Hun referentie: ADM-17. Zorginspectie wordt betrokken.", Steps(await (await officer.GetAsync($"/sgog/incidenten/{incident.Id}")).TextAsync()));

        var noted = await administration.SubmitAsync(url, new Dictionary<string, string> { ["Note.Note"] = "Duidelijk gemeld; Zorginspectie volgt op.", ["Note.ReturnedOn"] = "2026-03-20" }, "form[action*=Note]");
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);
        var steps = Steps(await (await officer.GetAsync($"/sgog/incidenten/{incident.Id}/melding")).TextAsync());
        Assert.Contains("Samenvattende nota bezorgd op 20/03/2026:", steps);
        Assert.Contains("Duidelijk gemeld; Zorginspectie volgt op.", steps);
        Assert.Null(HttpForms.Parse(await (await administration.GetAsync(url)).TextAsync()).QuerySelector("form[action*=Reading]"));
    }

    [Fact]
    public async Task Two_colleagues_of_the_administration_at_once_the_second_is_told_and_keeps_their_note()
    {
        var s = await SgogSetup.CreateAsync(app);
        var (_, report) = await s.SentAsync(r => (r.ReadOn, r.InspectorateInvolved) = (new DateOnly(2026, 3, 14), false));
        var one = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.AdministrationOfficer)).UserName!);
        var two = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.AdministrationOfficer)).UserName!);
        var url = $"/administratie/sgog/{report.Id}";
        var twoPage = await two.GetPageAsync(url);
        var token = twoPage.QuerySelector("form[action*=Note] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await one.SubmitAsync(url, new Dictionary<string, string> { ["Reading.Reference"] = "ADM-1", ["Reading.InspectorateInvolved"] = "false" }, "form[action*=Reading]");
        var late = await two.PostAsync(url + "?handler=Note", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Note.Note"] = "Mijn nota",
            ["Note.ReturnedOn"] = "2026-03-20",
            ["Note.Version"] = "0",
        }));

        var page = HttpForms.Parse(await late.TextAsync());
        Assert.Contains("Een collega bewaarde deze melding terwijl jij schreef.", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Mijn nota", page.QuerySelector("textarea[name='Note.Note']")!.TextContent);
        Assert.Null(await app.Data.WithDbAsync(db => db.Set<SgogReport>().Where(r => r.Id == report.Id).Select(r => r.SummaryNote).FirstAsync()));
    }

    private static string MainText(string html) => HttpForms.Parse(html).QuerySelector("main")!.TextContent;
}
