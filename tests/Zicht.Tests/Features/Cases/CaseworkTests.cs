using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Cases;

public class CaseworkTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Caseworker_registers_a_case_and_finds_it_in_their_caseload()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(worker.UserName!);

        var response = await client.SubmitAsync("/dossiers/nieuw", new Dictionary<string, string>
        {
            ["Input.Reference"] = "OCJ-2026-0042",
            ["Input.TeamId"] = world.TeamA.Id.ToString(),
            ["Input.ReferralDate"] = "2026-10-01",
            ["Input.MainTheme"] = "Partnergeweld",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var caseload = await (await client.GetAsync("/dossiers")).TextAsync();
        Assert.Contains("OCJ-2026-0042", caseload);
    }

    [Fact]
    public async Task A_registered_case_has_its_trajectory_row_at_once_and_cannot_reuse_an_imported_reference()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(new Zicht.Features.Trajectories.Trajectory
            {
                CaseRef = "HIST-2019-7",
                OrganisationId = world.Division.Id,
                ServiceId = world.Ocj.Id,
                RegionId = world.TeamA.RegionId,
                TeamId = world.TeamA.Id,
                OpenedOn = new DateOnly(2019, 1, 1),
            });
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(worker.UserName!);

        var reused = await client.SubmitAsync("/dossiers/nieuw", new Dictionary<string, string> { ["Input.Reference"] = "HIST-2019-7", ["Input.ReferralDate"] = "2026-10-01" });
        await client.SubmitAsync("/dossiers/nieuw", new Dictionary<string, string> { ["Input.Reference"] = "OCJ-2026-0777", ["Input.ReferralDate"] = "2026-10-01" });

        Assert.Contains("Dit dossiernummer is al in gebruik.", await reused.TextAsync());
        var row = await app.Data.WithDbAsync(db => db.Set<Zicht.Features.Trajectories.Trajectory>().SingleAsync(t => t.CaseRef == "OCJ-2026-0777"));
        Assert.NotNull(row.CaseId);
        Assert.Equal(new DateOnly(2026, 10, 1), row.OpenedOn);
        Assert.Equal(worker.StaffCode, row.Worker);
    }

    [Fact]
    public async Task A_future_referral_date_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(worker.UserName!);

        var response = await client.SubmitAsync("/dossiers/nieuw", new Dictionary<string, string>
        {
            ["Input.Reference"] = "OCJ-FUTURE-1",
            ["Input.ReferralDate"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd"),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HttpForms.Parse(await response.TextAsync());
        Assert.Equal("De datum van aanmelding kan niet in de toekomst liggen.", page.QuerySelector("[data-valmsg-for='Input.ReferralDate']")!.TextContent.Trim());
        Assert.Equal("OCJ-FUTURE-1", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Reference")!.Value);
        Assert.False(await app.Data.WithDbAsync(db => db.Cases.AnyAsync(c => c.Reference == "OCJ-FUTURE-1")));
    }

    [Fact]
    public async Task Two_people_saving_the_same_case_get_a_conflict_and_nothing_is_overwritten()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var first = await app.SignedInAsync(worker.UserName!);
        var second = await app.SignedInAsync(lead.UserName!);
        var url = $"/dossiers/{c.Id}/bewerken";
        // Both open the form at the same version; the first one saves.
        var secondForm = await second.GetPageAsync(url);
        var version = secondForm.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Version")!.Value;
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(url, new Dictionary<string, string> { ["Input.MainTheme"] = "Door de consulent" })).StatusCode);

        var late = await second.SubmitAsync(url, new Dictionary<string, string> { ["Input.MainTheme"] = "Door de teamverantwoordelijke", ["Input.Version"] = version });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var html = await late.TextAsync();
        Assert.Contains("Iemand anders bewaarde dit dossier", html);
        Assert.Contains("Door de consulent", html);                 // what the other person saved
        Assert.Contains("value=\"Door de teamverantwoordelijke\"", html); // your input kept in the form
        Assert.Equal("Door de consulent", await app.Data.WithDbAsync(db => db.Cases.Where(x => x.Id == c.Id).Select(x => x.MainTheme).FirstAsync()));
    }

    [Fact]
    public async Task Caseworker_adds_a_minor_and_a_network_member()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);
        var url = $"/dossiers/{c.Id}/personen/nieuw";

        await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Role"] = "Minor", ["Input.FullName"] = "Milan Wuyts", ["Input.BirthDate"] = "2019-02-03" });
        await client.SubmitAsync(url, new Dictionary<string, string> { ["Input.Role"] = "NetworkMember", ["Input.FullName"] = "Rita Wuyts", ["Input.Relationship"] = "grootmoeder", ["Input.NetworkKind"] = "Family" });

        var people = await app.Data.WithDbAsync(db => db.CasePeople.Where(p => p.CaseId == c.Id).ToListAsync());
        Assert.Contains(people, p => p is { FullName: "Milan Wuyts", Role: PersonRole.Minor, BirthDate: not null });
        Assert.Contains(people, p => p is { FullName: "Rita Wuyts", Role: PersonRole.NetworkMember, NetworkKind: NetworkKind.Family, Relationship: "grootmoeder" });
        var casePage = await (await client.GetAsync($"/dossiers/{c.Id}")).TextAsync();
        Assert.Contains("Rita Wuyts", casePage);
    }

    [Fact]
    public async Task A_network_member_without_kind_of_tie_gets_a_clear_message()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);

        var response = await client.SubmitAsync($"/dossiers/{c.Id}/personen/nieuw", new Dictionary<string, string> { ["Input.Role"] = "NetworkMember", ["Input.FullName"] = "Zonder Band" });

        Assert.Contains("Kies of dit familie, sociaal of professioneel netwerk is.", await response.TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.CasePeople.AnyAsync(p => p.FullName == "Zonder Band")));
    }

    [Fact]
    public async Task Team_lead_reassigns_a_case_and_the_new_worker_sees_it_as_theirs()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var colleague = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(lead.UserName!);

        var response = await client.SubmitAsync($"/dossiers/{c.Id}/toewijzen", new Dictionary<string, string>
        {
            ["ResponsibleWorkerId"] = colleague.Id.ToString(),
            ["CoWorkerIds"] = worker.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.Data.WithDbAsync(db => db.Cases.Include(x => x.Assignments).FirstAsync(x => x.Id == c.Id));
        Assert.Equal(colleague.Id, saved.ResponsibleWorkerId);
        Assert.Equal([worker.Id], saved.Assignments.Select(a => a.StaffId));
    }

    [Fact]
    public async Task Reassigning_to_someone_outside_the_team_is_refused()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var outsider = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(lead.UserName!);

        var response = await client.SubmitAsync($"/dossiers/{c.Id}/toewijzen", new Dictionary<string, string> { ["ResponsibleWorkerId"] = outsider.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(worker.Id, await app.Data.WithDbAsync(db => db.Cases.Where(x => x.Id == c.Id).Select(x => x.ResponsibleWorkerId).FirstAsync()));
    }

    [Fact]
    public async Task Context_worker_sees_exactly_the_partnered_cases()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var contextWorker = await app.Data.StaffAsync(world, Roles.ContextWorker, provider: true);
        var partnered = await app.Data.CaseAsync(world, world.TeamA, worker, partnered: true);
        var notPartnered = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(contextWorker.UserName!);

        var list = await (await client.GetAsync("/dossiers")).TextAsync();

        Assert.Contains(partnered.Reference, list);
        Assert.DoesNotContain(notPartnered.Reference, list);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/dossiers/{partnered.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/dossiers/{notPartnered.Id}")).StatusCode);
    }
}
