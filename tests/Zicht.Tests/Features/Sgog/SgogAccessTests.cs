using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.Sgog;
using Zicht.Features.Sgog.Register;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Sgog;

/// <summary>
/// The strictest access in Zicht (decision 043): only named SGOG officers of the provider open /sgog and below;
/// the administration sees only the reports sent to it. Every other identity gets exactly what a missing address
/// gets (404, the same page), for every page, upload, download and export, GET and POST, and nothing changes.
/// </summary>
public class SgogAccessTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>Every address of the feature, by its route template; a test checks that no page is left out.</summary>
    private static (string Template, string Url, bool Post)[] Register(Guid incident, Guid file, Guid document) =>
    [
        ("sgog", "/sgog", false), ("sgog/nieuw", "/sgog/nieuw", false), ("sgog/nieuw", "/sgog/nieuw", true),
        ("sgog/incidenten/{id:guid}", $"/sgog/incidenten/{incident}", false),
        ("sgog/incidenten/{id:guid}/bewerken", $"/sgog/incidenten/{incident}/bewerken", false),
        ("sgog/incidenten/{id:guid}/bewerken", $"/sgog/incidenten/{incident}/bewerken", true),
        ("sgog/incidenten/{id:guid}/beslissing", $"/sgog/incidenten/{incident}/beslissing", false),
        ("sgog/incidenten/{id:guid}/beslissing", $"/sgog/incidenten/{incident}/beslissing", true),
        ("sgog/incidenten/{id:guid}/melding", $"/sgog/incidenten/{incident}/melding", false),
        ("sgog/incidenten/{id:guid}/melding", $"/sgog/incidenten/{incident}/melding", true),
        ("sgog/incidenten/{id:guid}/bijlagen", $"/sgog/incidenten/{incident}/bijlagen", false),
        ("sgog/incidenten/{id:guid}/bijlagen", $"/sgog/incidenten/{incident}/bijlagen", true),
        ("sgog/incidenten/{id:guid}/bijlagen", $"/sgog/incidenten/{incident}/bijlagen?handler=Delete&fileId={file}", true),
        ("sgog/incidenten/{id:guid}/bijlagen/{fileId:guid}", $"/sgog/incidenten/{incident}/bijlagen/{file}", false),
        ("sgog/incidenten/{id:guid}/wissen", $"/sgog/incidenten/{incident}/wissen", false),
        ("sgog/incidenten/{id:guid}/wissen", $"/sgog/incidenten/{incident}/wissen", true),
        ("sgog/kader", "/sgog/kader", false), ("sgog/kader", "/sgog/kader?handler=Document", true), ("sgog/kader", "/sgog/kader?handler=Awareness", true),
        ("sgog/kader/documenten/{id:guid}", $"/sgog/kader/documenten/{document}", false),
        ("sgog/cijfers", "/sgog/cijfers", false), ("sgog/cijfers", "/sgog/cijfers?handler=Csv", false),
        ("sgog/bewaring", "/sgog/bewaring", false), ("sgog/bewaring", "/sgog/bewaring?handler=EraseDue", true),
    ];

    private static (string Template, string Url, bool Post)[] Administration(Guid report) =>
    [
        ("administratie/sgog", "/administratie/sgog", false),
        ("administratie/sgog/{id:guid}", $"/administratie/sgog/{report}", false),
        ("administratie/sgog/{id:guid}", $"/administratie/sgog/{report}?handler=Reading", true),
        ("administratie/sgog/{id:guid}", $"/administratie/sgog/{report}?handler=Note", true),
        ("administratie/sgog/cijfers", "/administratie/sgog/cijfers", false), ("administratie/sgog/cijfers", "/administratie/sgog/cijfers?handler=Csv", false),
    ];

    private static readonly string[] OfficersWhoAreNot =
        ["not named", "naming ended", "division staff named for this provider", "division staff named for the division"];

    private static IEnumerable<(string Role, string Who)> Others() =>
        Roles.All.Where(r => r != Roles.SgogOfficer).SelectMany(r => new[] { (r, "division"), (r, "provider") })
            .Concat(OfficersWhoAreNot.Select(who => (Roles.SgogOfficer, who)));

    /// <summary>Who must not open the register: every other role (at the division and at the provider), and officers who are not named officers of this provider.</summary>
    public static TheoryData<string, string> Outsiders() => Data(Others());

    /// <summary>Everyone but the administration, the provider's own named officers included.</summary>
    public static TheoryData<string, string> NotTheAdministration() =>
        Data(Others().Where(o => o.Role != Roles.AdministrationOfficer).Append((Roles.SgogOfficer, "named officer")));

    private static TheoryData<string, string> Data(IEnumerable<(string, string)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var (role, who) in rows)
        {
            data.Add(role, who);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Nobody_but_a_named_officer_of_the_provider_reaches_the_register_and_a_refusal_looks_like_a_missing_address(string role, string who)
    {
        var s = await SgogSetup.CreateAsync(app);
        var (incident, report) = await s.SentAsync();
        var (file, document) = await FilesAsync(s, incident.Id);
        var outsider = await OutsiderAsync(s, role, who);
        var client = await app.SignedInAsync(outsider.UserName!);
        var token = await AntiforgeryTokenAsync(client);
        var leaks = new List<string>();

        var pages = Register(incident.Id, file, document).Concat(role == Roles.AdministrationOfficer ? [] : Administration(report.Id));
        var missing = Register(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()).Concat(role == Roles.AdministrationOfficer ? [] : Administration(Guid.NewGuid()));
        foreach (var (real, absent) in pages.Zip(missing))
        {
            var response = real.Post ? await client.PostAsync(real.Url, Hostile(token)) : await client.GetAsync(real.Url);
            var answer = absent.Post ? await client.PostAsync(absent.Url, Hostile(token)) : await client.GetAsync(absent.Url);
            if (response.StatusCode != HttpStatusCode.NotFound || await MainTextAsync(response) != await MainTextAsync(answer))
            {
                leaks.Add($"{(real.Post ? "POST" : "GET")} {real.Url} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(leaks);
        await AssertUntouchedAsync(s, incident.Id, report.Id);
        var home = await (await client.GetAsync("/")).TextAsync();
        Assert.DoesNotContain("href=\"/sgog\"", home, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotTheAdministration))]
    public async Task Nobody_but_the_administration_reads_a_sent_report_or_the_figures_across_providers(string role, string who)
    {
        var s = await SgogSetup.CreateAsync(app);
        var (incident, report) = await s.SentAsync();
        await FilesAsync(s, incident.Id);
        var outsider = await OutsiderAsync(s, role, who);
        var client = await app.SignedInAsync(outsider.UserName!);
        var token = await AntiforgeryTokenAsync(client);

        foreach (var (_, url, post) in Administration(report.Id))
        {
            var response = post ? await client.PostAsync(url, Hostile(token)) : await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} → {(int)response.StatusCode}");
        }
        await AssertUntouchedAsync(s, incident.Id, report.Id);
    }

    [Fact]
    public async Task A_named_officer_of_another_provider_sees_their_own_register_and_nothing_of_this_one()
    {
        var s = await SgogSetup.CreateAsync(app);
        var (incident, report) = await s.SentAsync();
        var (file, document) = await FilesAsync(s, incident.Id);
        var client = await app.SignedInAsync((await SgogSetup.OfficerAsync(app, await app.Data.WorldAsync())).UserName!);
        var token = await AntiforgeryTokenAsync(client);
        var leaks = new List<string>();

        foreach (var (template, url, post) in Register(incident.Id, file, document).Concat(Administration(report.Id)))
        {
            var response = post ? await client.PostAsync(url, Hostile(token)) : await client.GetAsync(url);
            var body = await response.TextAsync();
            var ownPage = !template.Contains('{', StringComparison.Ordinal) && template.StartsWith("sgog", StringComparison.Ordinal);
            if ((!ownPage && response.StatusCode != HttpStatusCode.NotFound) || body.Contains(SgogSetup.Secret, StringComparison.Ordinal) || body.Contains(incident.Id.ToString(), StringComparison.Ordinal))
            {
                leaks.Add($"{(post ? "POST" : "GET")} {url} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(leaks);
        await AssertUntouchedAsync(s, incident.Id, report.Id);
    }

    [Fact]
    public async Task A_named_officer_opens_every_register_page_and_download()
    {
        var s = await SgogSetup.CreateAsync(app);
        var (incident, _) = await s.SentAsync();
        var (file, document) = await FilesAsync(s, incident.Id);
        var client = await s.OfficerClientAsync();
        foreach (var (_, url, _) in Register(incident.Id, file, document).Where(p => !p.Post))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{url} → {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Only_the_administrator_names_officers_and_naming_opens_no_register_for_the_administrator()
    {
        var s = await SgogSetup.CreateAsync(app);
        var candidate = await SgogSetup.OfficerAsync(app, s.World, named: false);
        var admin = await app.Data.StaffAsync(s.World, Roles.Administrator);
        var adminClient = await app.SignedInAsync(admin.UserName!);
        var before = await app.SignedInAsync(candidate.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await before.GetAsync("/sgog")).StatusCode);

        var named = await adminClient.SubmitAsync("/beheer/sgog", new Dictionary<string, string> { ["staffId"] = candidate.Id.ToString() },
            $"form[action*='providerId={s.ProviderId}']");

        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/sgog")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminClient.GetAsync("/sgog")).StatusCode);
        foreach (var role in new[] { Roles.PrivacyOfficer, Roles.SgogOfficer, Roles.AdministrationOfficer, Roles.Policy })
        {
            var other = await app.SignedInAsync((await app.Data.StaffAsync(s.World, role)).UserName!);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/beheer/sgog")).StatusCode);
        }

        var naming = await app.Data.WithDbAsync(db => db.Set<SgogOfficer>().FirstAsync(n => n.StaffId == candidate.Id));
        await adminClient.SubmitAsync("/beheer/sgog", new Dictionary<string, string>(), $"form[action*='namingId={naming.Id}']");
        Assert.Equal(HttpStatusCode.NotFound, (await before.GetAsync("/sgog")).StatusCode);
    }

    [Fact]
    public void The_tests_cover_every_page_of_the_feature()
    {
        var covered = Register(Guid.Empty, Guid.Empty, Guid.Empty).Concat(Administration(Guid.Empty)).Select(p => p.Template).ToHashSet();
        covered.Add("beheer/sgog");
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is { } page
                && page.ModelTypeInfo?.Namespace?.StartsWith("Zicht.Features.Sgog", StringComparison.Ordinal) == true)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/')).ToHashSet();
        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(covered));
    }

    [Fact]
    public void Every_register_page_goes_through_the_one_door()
    {
        var pages = typeof(RegisterPage).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RegisterPage).Namespace && typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.True(typeof(RegisterPage).IsAssignableFrom(p), p.Name));
    }

    private async Task<StaffUser> OutsiderAsync(SgogSetup s, string role, string who)
    {
        if (role != Roles.SgogOfficer)
        {
            return await app.Data.StaffAsync(s.World, role, team: Roles.CaseTeamRoles.Contains(role) ? s.World.TeamA : null,
                lead: role == Roles.TeamLead, provider: who == "provider");
        }
        switch (who)
        {
            case "named officer":
                return s.Officer;
            case "not named":
                return await SgogSetup.OfficerAsync(app, s.World, named: false);
            case "naming ended":
                var ended = await SgogSetup.OfficerAsync(app, s.World, named: false);
                await SgogSetup.NameAsync(app, ended, s.ProviderId, ended: new DateOnly(2026, 2, 1));
                return ended;
            case "division staff named for this provider":
                var division = await SgogSetup.OfficerAsync(app, s.World, named: false, provider: false);
                await SgogSetup.NameAsync(app, division, s.ProviderId);
                return division;
            default:
                return await SgogSetup.OfficerAsync(app, s.World, named: true, provider: false);
        }
    }

    private Task<(Guid File, Guid Document)> FilesAsync(SgogSetup s, Guid incident) => app.Data.WithDbAsync(async db =>
    {
        var attachment = new SgogFile { OrganisationId = s.ProviderId, IncidentId = incident, OriginalName = "a.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray(), Length = 8 };
        var documentFile = new SgogFile { OrganisationId = s.ProviderId, OriginalName = "kader.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray(), Length = 8 };
        var document = new SgogDocument { OrganisationId = s.ProviderId, Kind = SgogDocumentKind.Framework, Number = 1, Title = "Kader", AdoptedOn = new DateOnly(2026, 1, 1), FileId = documentFile.Id };
        db.AddRange(attachment, documentFile, document);
        await db.SaveChangesAsync();
        return (attachment.Id, document.Id);
    });

    private async Task AssertUntouchedAsync(SgogSetup s, Guid incidentId, Guid reportId)
    {
        var (incident, report, files, documents, awareness, count) = await app.Data.WithDbAsync(async db => (
            await db.Set<SgogIncident>().AsNoTracking().FirstAsync(i => i.Id == incidentId),
            await db.Set<SgogReport>().AsNoTracking().FirstAsync(r => r.Id == reportId),
            await db.Set<SgogFile>().CountAsync(f => f.OrganisationId == s.ProviderId),
            await db.Set<SgogDocument>().CountAsync(d => d.OrganisationId == s.ProviderId),
            await db.Set<SgogAwareness>().CountAsync(a => a.OrganisationId == s.ProviderId),
            await db.Set<SgogIncident>().CountAsync(i => i.OrganisationId == s.ProviderId)));
        Assert.Equal((0, SgogSetup.Secret, (DateOnly?)null), (incident.Version, incident.Description, incident.ErasedOn));
        Assert.Equal((0, (DateOnly?)null, (string?)null), (report.Version, report.ReadOn, report.SummaryNote));
        Assert.Equal((2, 1, 0, 1), (files, documents, awareness, count));
    }

    private static FormUrlEncodedContent Hostile(string token) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["Input.OccurredOn"] = "2026-01-01",
        ["Input.RecordedOn"] = "2026-01-02",
        ["Input.Context"] = "WithinCare",
        ["Input.Description"] = "HACKED",
        ["Input.People[0].Role"] = "Other",
        ["Input.People[0].Label"] = "x",
        ["Input.Version"] = "0",
        ["Input.Decision"] = "NotReportable",
        ["Input.Ground"] = "Other",
        ["Input.Reason"] = "HACKED",
        ["Version"] = "0",
        ["Ground"] = "RegisteredInError",
        ["Doc.Kind"] = "Framework",
        ["Doc.Title"] = "HACKED",
        ["Doc.AdoptedOn"] = "2026-01-01",
        ["Aware.Kind"] = "StaffInformed",
        ["Aware.On"] = "2026-01-01",
        ["Aware.Description"] = "HACKED",
        ["Reading.ReadOn"] = "2026-03-20",
        ["Reading.InspectorateInvolved"] = "true",
        ["Reading.Version"] = "0",
        ["Note.Note"] = "HACKED",
        ["Note.ReturnedOn"] = "2026-03-21",
        ["Note.Version"] = "0",
    });

    private static async Task<string> MainTextAsync(HttpResponseMessage response) =>
        HttpForms.Parse(await response.TextAsync()).QuerySelector("main")?.TextContent ?? "";

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client) =>
        (await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}
