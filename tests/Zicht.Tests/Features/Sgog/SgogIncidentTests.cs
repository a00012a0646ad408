using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Sgog;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Sgog;

/// <summary>Registering and editing an incident over HTTP: content, people by reference, bad input refused with a clear message, two officers at once.</summary>
public class SgogIncidentTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static Dictionary<string, string> Valid(SgogSetup s) => new()
    {
        ["Input.OccurredOn"] = "2026-03-08",
        ["Input.RecordedOn"] = "2026-03-10",
        ["Input.Context"] = "WithinCare",
        ["Input.Description"] = "Aanraking in de leefgroep",
        ["Input.ChildView"] = "Ze wil dat het stopt",
        ["Input.People[0].Role"] = "MinorVictim",
        ["Input.People[0].ClientId"] = s.MinorId.ToString(),
        ["Input.People[1].Role"] = "Other",
        ["Input.People[1].Label"] = "bezoeker",
        ["Input.Escalations[0].Kind"] = "Prosecutor",
        ["Input.Escalations[0].On"] = "2026-03-11",
        ["Input.Escalations[0].Note"] = "parket",
    };

    [Fact]
    public async Task An_officer_registers_an_incident_with_a_client_by_reference_and_every_read_is_audited()
    {
        var s = await SgogSetup.CreateAsync(app);
        var client = await s.OfficerClientAsync();

        var response = await client.SubmitAsync("/sgog/nieuw", Valid(s));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var incident = await app.Data.WithDbAsync(db => db.Set<SgogIncident>().Include(i => i.People).Include(i => i.Escalations).AsSplitQuery().SingleAsync(i => i.OrganisationId == s.ProviderId));
        Assert.Equal(("2026-001", new DateOnly(2026, 3, 8), true), (incident.Reference, incident.OccurredOn!.Value, incident.ChildViewRecorded));
        Assert.Contains(incident.People, p => p.Role == InvolvedRole.MinorVictim && p.CasePersonId == s.MinorId && p.Label is null);
        Assert.Contains(incident.People, p => p.Role == InvolvedRole.Other && p.Label == "bezoeker");
        Assert.Single(incident.Escalations);
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Lotte Testkind", details.QuerySelector("main")!.TextContent);

        var trail = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.ActorId == s.Officer.Id).ToListAsync());
        Assert.Contains(trail, a => a.Action == AuditActions.Read && a.EntityType == "SgogClientList");
        Assert.Contains(trail, a => a.Action == AuditActions.Create && a.EntityType == nameof(SgogIncident));
        Assert.Contains(trail, a => a.Action == AuditActions.Read && a.EntityType == nameof(SgogIncident) && a.EntityId == incident.Id.ToString());
        // The trail says who did what to which incident, never what was written or who was involved.
        Assert.DoesNotContain(trail, a => (a.Changes ?? "").Contains("Aanraking", StringComparison.Ordinal) || (a.Changes ?? "").Contains(s.MinorId.ToString(), StringComparison.Ordinal));
        Assert.All(trail, a => Assert.Null(a.CaseId));
    }

    public static TheoryData<string, string, string> BadInput() => new()
    {
        { "Input.OccurredOn", "2099-01-01", "De dag waarop het gebeurde kan niet in de toekomst liggen." },
        { "Input.RecordedOn", "2099-01-01", "De registratiedatum kan niet in de toekomst liggen." },
        { "Input.OccurredOn", "2015-02-01", "Het kan niet gebeurd zijn voor Lotte Testkind geboren werd (4/05/2016)." },
        { "Input.OccurredOn", "2026-03-12", "Het kan niet geregistreerd zijn voor het gebeurde." },
        { "Input.Description", "", "Korte beschrijving is verplicht." },
        { "Input.People[0].ClientId", "", "Kies een cliënt of een medewerker, of omschrijf de persoon zonder naam." },
        { "Input.Escalations[0].On", "2026-03-01", "Een escalatie kan niet gedateerd zijn voor het incident gebeurde." },
        { "Input.Evaluation", "Goed opgevolgd", "Geef de evaluatie en de dag waarop ze gemaakt is samen." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_clear_message_keeps_what_was_typed_and_saves_nothing(string field, string value, string message)
    {
        var s = await SgogSetup.CreateAsync(app);
        var client = await s.OfficerClientAsync();
        var form = Valid(s);
        form[field] = value;

        var response = await client.SubmitAsync("/sgog/nieuw", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HttpForms.Parse(await response.TextAsync());
        Assert.Contains(message, page.QuerySelector("main")!.TextContent);
        Assert.Equal("Ze wil dat het stopt", page.QuerySelector("textarea[name='Input.ChildView']")!.TextContent);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<SgogIncident>().AnyAsync(i => i.OrganisationId == s.ProviderId)));
    }

    [Fact]
    public async Task A_client_of_another_provider_or_a_staff_member_elsewhere_cannot_be_referred_to()
    {
        var s = await SgogSetup.CreateAsync(app);
        var other = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(other, Roles.Caseworker, other.TeamA);
        var foreign = await app.Data.CaseAsync(other, other.TeamA, worker, partnered: true);
        var foreignChild = await app.Data.WithDbAsync(db => db.CasePeople.Where(p => p.CaseId == foreign.Id).Select(p => p.Id).FirstAsync());
        var client = await s.OfficerClientAsync();
        var page = await client.GetPageAsync("/sgog/nieuw");
        Assert.Null(page.QuerySelector($"option[value='{foreignChild}']"));
        Assert.NotNull(page.QuerySelector($"option[value='{s.MinorId}']"));

        var form = Valid(s);
        form["Input.People[0].ClientId"] = foreignChild.ToString();
        form["Input.People[1].Role"] = "Staff";
        form["Input.People[1].StaffId"] = worker.Id.ToString();
        var response = await client.SubmitAsync("/sgog/nieuw", form);

        var text = HttpForms.Parse(await response.TextAsync()).QuerySelector("main")!.TextContent;
        Assert.Contains("Kies een van de cliënten van je organisatie.", text);
        Assert.Contains("Kies een medewerker van je organisatie, voor de rol medewerker of andere.", text);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<SgogIncident>().AnyAsync(i => i.OrganisationId == s.ProviderId)));
    }

    [Fact]
    public async Task Two_officers_editing_at_once_the_second_is_told_and_loses_nothing()
    {
        var s = await SgogSetup.CreateAsync(app);
        var incident = await s.IncidentAsync();
        var first = await s.OfficerClientAsync();
        var second = await app.SignedInAsync(s.Colleague.UserName!);
        var url = $"/sgog/incidenten/{incident.Id}/bewerken";
        var token = (await second.GetPageAsync(url)).QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(url, new Dictionary<string, string> { ["Input.Aftercare"] = "Nazorg door de eerste" })).StatusCode);
        Dictionary<string, string> Mine(int version) => new()
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.OccurredOn"] = "2026-03-08",
            ["Input.RecordedOn"] = "2026-03-10",
            ["Input.Context"] = "WithinCare",
            ["Input.Description"] = SgogSetup.Secret,
            ["Input.People[0].Role"] = "MinorVictim",
            ["Input.People[0].ClientId"] = s.MinorId.ToString(),
            ["Input.Evaluation"] = "Evaluatie door de tweede",
            ["Input.EvaluatedOn"] = "2026-04-01",
        };
        var conflict = await second.PostAsync(url, new FormUrlEncodedContent(Mine(0)));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = HttpForms.Parse(await conflict.TextAsync());
        Assert.Contains("Een ander aanspreekpunt heeft dit incident bewaard terwijl jij het bewerkte.", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Contains("Nazorg door de eerste", page.QuerySelector(".conflict")!.TextContent);
        Assert.Equal("Evaluatie door de tweede", page.QuerySelector("textarea[name='Input.Evaluation']")!.TextContent);
        Assert.Equal("1", page.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));
        var saved = await app.Data.WithDbAsync(db => db.Set<SgogIncident>().AsNoTracking().FirstAsync(i => i.Id == incident.Id));
        Assert.Equal(("Nazorg door de eerste", (string?)null, 1), (saved.Aftercare, saved.Evaluation, saved.Version));

        // Combined and saved again with the version the conflict page carries: both contributions are kept.
        var combined = Mine(1);
        combined["Input.Aftercare"] = "Nazorg door de eerste";
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostAsync(url, new FormUrlEncodedContent(combined))).StatusCode);
        saved = await app.Data.WithDbAsync(db => db.Set<SgogIncident>().AsNoTracking().FirstAsync(i => i.Id == incident.Id));
        Assert.Equal(("Nazorg door de eerste", "Evaluatie door de tweede", 2), (saved.Aftercare, saved.Evaluation, saved.Version));
    }

    [Fact]
    public async Task Changing_only_the_people_still_counts_as_a_change_for_the_other_officer()
    {
        var s = await SgogSetup.CreateAsync(app);
        var incident = await s.IncidentAsync();
        var first = await s.OfficerClientAsync();
        var second = await app.SignedInAsync(s.Colleague.UserName!);
        var url = $"/sgog/incidenten/{incident.Id}/bewerken";
        await second.GetPageAsync(url);

        var firstSave = await first.SubmitAsync(url, new Dictionary<string, string> { ["Input.People[2].Role"] = "Staff", ["Input.People[2].Label"] = "nachtbegeleider" });
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        var response = await second.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = (await second.GetPageAsync(url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Input.Version"] = "0",
            ["Input.OccurredOn"] = "2026-03-08",
            ["Input.RecordedOn"] = "2026-03-10",
            ["Input.Context"] = "WithinCare",
            ["Input.Description"] = "Overschreven",
            ["Input.People[0].Role"] = "Other",
            ["Input.People[0].Label"] = "x",
        }));

        Assert.Contains("Een ander aanspreekpunt heeft dit incident bewaard", await response.TextAsync());
        var saved = await app.Data.WithDbAsync(db => db.Set<SgogIncident>().Include(i => i.People).AsNoTracking().FirstAsync(i => i.Id == incident.Id));
        Assert.Equal(SgogSetup.Secret, saved.Description);
        Assert.Equal(3, saved.People.Count);
    }
}
