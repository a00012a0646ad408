// HTTP calls here are short; cancelling a test mid-request gains nothing.
#pragma warning disable xUnit1051
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.StaffSurvey;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Feedback;

namespace Zicht.Tests.Features.StaffSurvey;

public class StaffSurveyTests(VoicesApp app) : IClassFixture<VoicesApp>
{
    private static List<KeyValuePair<string, string>> Form(int role, int service, int region, int barometer, int agree = 4) =>
    [
        new("a.bg_role", role.ToString()), new("a.bg_service", service.ToString()), new("a.bg_region", region.ToString()),
        new("a.barometer", barometer.ToString()), new("a.learn01", agree.ToString()), new("a.lead01", agree.ToString()),
        new("a.barometer_not_higher", "=HYPERLINK(\"x\")"),
    ];

    private async Task<(VoicesWorld World, Guid Wave, List<Guid> Staff)> OpenWaveWithStaffAsync(int extraStaff)
    {
        var w = await VoicesWorld.CreateAsync(app);
        var staff = new List<Guid> { w.WorkerA, w.LeadA };
        staff.AddRange(await app.DbAsync(async (db, _) =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < extraStaff; i++)
            {
                var user = new Zicht.Kernel.StaffUser { DisplayName = $"s{i}", UserName = $"s{i}-{Guid.NewGuid():N}", OrganisationId = w.OrganisationId };
                db.Users.Add(user);
                db.TeamMemberships.Add(new Zicht.Kernel.TeamMembership { TeamId = w.TeamA, StaffId = user.Id });
                ids.Add(user.Id);
            }
            await db.SaveChangesAsync();
            return ids;
        }));
        var admin = app.As(Guid.NewGuid(), Roles.Administrator);
        var title = "Golf " + Guid.NewGuid().ToString("N")[..6];
        var opened = await VoicesApp.PostFormAsync(admin, "/personeelsbevraging?handler=Open", [new("title", title), new("teamIds", w.TeamA.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var wave = await app.DbAsync((db, _) => db.Set<StaffWave>().Where(x => x.Title == title).Select(x => x.Id).FirstAsync());
        return (w, wave, staff);
    }

    [Fact]
    public async Task Staff_answer_once_and_nothing_links_the_response_to_the_account()
    {
        var (_, wave, staff) = await OpenWaveWithStaffAsync(0);
        var me = app.As(staff[0], Roles.Caseworker);
        var auditBefore = await app.DbAsync((db, _) => db.AuditTrail.CountAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await VoicesApp.PostFormAsync(me, $"/personeelsbevraging/{wave}/invullen", Form(1, 1, 1, 7))).StatusCode);
        var second = await VoicesApp.PostFormAsync(me, $"/personeelsbevraging/{wave}/invullen", Form(1, 1, 1, 2));
        Assert.NotEqual(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, await app.DbAsync((db, _) => db.Set<StaffResponse>().CountAsync(r => r.WaveId == wave)));
        // No audit line at all was written by answering, so none names the person next to the response.
        Assert.Equal(auditBefore, await app.DbAsync((db, _) => db.AuditTrail.CountAsync()));
        var keys = await app.DbAsync((db, _) => db.Set<StaffParticipation>().Where(p => p.WaveId == wave).Select(p => p.Key).ToListAsync());
        Assert.DoesNotContain(keys, k => k.Contains(staff[0].ToString("N"), StringComparison.OrdinalIgnoreCase));
        var response = await app.DbAsync((db, _) => db.Set<StaffResponse>().FirstAsync(r => r.WaveId == wave));
        Assert.Equal(4, response.Id.Version);
        Assert.DoesNotContain(staff[0].ToString(), response.Answers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_survey_goes_part_by_part_keeps_an_encrypted_draft_resumes_there_and_forgets_the_draft_when_sent()
    {
        var (_, wave, staff) = await OpenWaveWithStaffAsync(0);
        var me = app.As(staff[0], Roles.Caseworker);
        var url = $"/personeelsbevraging/{wave}/invullen";

        var first = await VoicesApp.PostFormAsync(me, url, [new("part", "1"), new("move", "next"), new("a.bg_role", "1"), new("a.bg_service", "1"), new("a.bg_region", "2")]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.EndsWith("?deel=2", first.Headers.Location!.OriginalString);
        var draft = await app.DbAsync((db, _) => db.Set<StaffDraft>().SingleAsync(d => d.WaveId == wave));
        Assert.DoesNotContain("bg_region", draft.Protected, StringComparison.Ordinal);
        Assert.DoesNotContain(staff[0].ToString("N"), draft.Key, StringComparison.OrdinalIgnoreCase);

        // Coming back later opens the part where the person stopped, with the answers given.
        var resumed = HttpForms.Parse(await (await me.GetAsync(url)).Content.ReadAsStringAsync());
        Assert.Contains("Deel 2 van 10", resumed.QuerySelector(".survey-progress")!.TextContent);
        var back = HttpForms.Parse(await (await me.GetAsync(url + "?deel=1")).Content.ReadAsStringAsync());
        Assert.True(back.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#q-bg_region-2")!.IsChecked);

        // A required answer on a later part is asked for there before anything is stored.
        var missing = await VoicesApp.PostFormAsync(me, url + "?deel=2", [new("part", "2"), new("move", "send"), new("a.learn01", "4")]);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Deel 10 van 10", await missing.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.DbAsync((db, _) => db.Set<StaffResponse>().CountAsync(r => r.WaveId == wave)));

        var sent = await VoicesApp.PostFormAsync(me, url + "?deel=10", [new("part", "10"), new("move", "send"), new("a.barometer", "7")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var answers = await app.DbAsync((db, _) => db.Set<StaffResponse>().Where(r => r.WaveId == wave).Select(r => r.Answers).SingleAsync());
        Assert.Contains("\"learn01\":\"4\"", answers, StringComparison.Ordinal);
        Assert.Contains("\"bg_region\":\"2\"", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("_page", answers, StringComparison.Ordinal);
        Assert.Equal(0, await app.DbAsync((db, _) => db.Set<StaffDraft>().CountAsync(d => d.WaveId == wave)));
    }

    [Fact]
    public async Task Staff_outside_the_wave_teams_cannot_answer()
    {
        var (w, wave, _) = await OpenWaveWithStaffAsync(0);
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(w.WorkerB, Roles.Caseworker).GetAsync($"/personeelsbevraging/{wave}/invullen")).StatusCode);
    }

    [Fact]
    public async Task Six_staff_answer_the_wave_closes_and_the_barometer_is_shown_with_tests_only_for_large_groups()
    {
        var (_, wave, staff) = await OpenWaveWithStaffAsync(4);
        var barometers = new[] { 6, 7, 5, 8, 6, 4 };
        for (var i = 0; i < 6; i++)
        {
            // Five caseworkers and one team lead: the team lead group is too small to show or test.
            var form = Form(i < 5 ? 1 : 3, 1, 1, barometers[i], agree: i % 2 == 0 ? 5 : 2);
            Assert.Equal(HttpStatusCode.Redirect, (await VoicesApp.PostFormAsync(app.As(staff[i], Roles.Caseworker), $"/personeelsbevraging/{wave}/invullen", form)).StatusCode);
        }
        var analyst = app.As(Guid.NewGuid(), Roles.Researcher);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/personeelsbevraging/{wave}/resultaten")).StatusCode);
        var admin = app.As(Guid.NewGuid(), Roles.Administrator);
        Assert.Equal(HttpStatusCode.Redirect, (await VoicesApp.PostFormAsync(admin, "/personeelsbevraging?handler=Close", [new("waveId", wave.ToString())])).StatusCode);
        Assert.Equal(0, await app.DbAsync((db, _) => db.Set<StaffParticipation>().CountAsync(p => p.WaveId == wave)));
        var closed = await app.DbAsync((db, _) => db.Set<StaffWave>().FirstAsync(x => x.Id == wave));
        Assert.Null(closed.ParticipationKey);
        Assert.Equal(6, closed.Participants);

        var results = await (await analyst.GetAsync($"/personeelsbevraging/{wave}/resultaten?by=Role")).Content.ReadAsStringAsync();
        Assert.Contains("6 antwoorden", results);
        Assert.Contains("Geen toets: niet elke groep haalt 5 antwoorden.", results);
        Assert.DoesNotContain("Chikwadraat", results);
        var barometer = await (await analyst.GetAsync("/personeelsbevraging/barometer")).Content.ReadAsStringAsync();
        Assert.Contains("6,0", barometer);
    }

    [Fact]
    public async Task Export_is_refused_below_the_minimum_and_blanks_rare_background_values()
    {
        var (_, wave, staff) = await OpenWaveWithStaffAsync(4);
        for (var i = 0; i < 4; i++)
        {
            await VoicesApp.PostFormAsync(app.As(staff[i], Roles.Caseworker), $"/personeelsbevraging/{wave}/invullen", Form(1, 1, 1, 6));
        }
        var admin = app.As(Guid.NewGuid(), Roles.Administrator);
        await VoicesApp.PostFormAsync(admin, "/personeelsbevraging?handler=Close", [new("waveId", wave.ToString())]);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync($"/personeelsbevraging/{wave}/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.GetAsync($"/personeelsbevraging/{wave}/export.xlsx")).StatusCode);
        Assert.Contains("Minder dan 5 antwoorden", await (await admin.GetAsync($"/personeelsbevraging/{wave}/resultaten")).Content.ReadAsStringAsync());

        var (_, big, many) = await OpenWaveWithStaffAsync(4);
        for (var i = 0; i < 6; i++)
        {
            await VoicesApp.PostFormAsync(app.As(many[i], Roles.Caseworker), $"/personeelsbevraging/{big}/invullen", Form(i < 5 ? 1 : 6, 1, 1, 6));
        }
        await VoicesApp.PostFormAsync(admin, "/personeelsbevraging?handler=Close", [new("waveId", big.ToString())]);
        var csv = await (await admin.GetAsync($"/personeelsbevraging/{big}/export.csv")).Content.ReadAsStringAsync();
        var lines = csv.Trim().Split('\n');
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("bg_role;bg_service;bg_region;bg_years", lines[0]);
        // One team lead among five caseworkers: the role alone would single them out, and no other
        // coarsening makes every combination hold 5, so the background is left out for everyone.
        Assert.All(lines.Skip(1), l => Assert.StartsWith(";;;;", l));
        // No free text per person: the open question is not a column at all.
        Assert.DoesNotContain("barometer_not_higher", lines[0]);
        Assert.DoesNotContain(lines, l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        var xlsx = await admin.GetAsync($"/personeelsbevraging/{big}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
        // Refused (the app answers 404 rather than 403, so refusals reveal nothing).
        Assert.Contains((await app.As(many[0], Roles.Caseworker).GetAsync($"/personeelsbevraging/{big}/export.csv")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    [Fact]
    public async Task A_team_lead_sees_their_own_team_when_it_is_large_enough_and_nobody_else_does()
    {
        var (w, wave, staff) = await OpenWaveWithStaffAsync(5); // team A: worker, lead and five more
        for (var i = 0; i < staff.Count; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await VoicesApp.PostFormAsync(app.As(staff[i], Roles.Caseworker), $"/personeelsbevraging/{wave}/invullen", Form(1, 1, 1, 7))).StatusCode);
        }
        Assert.Equal(7, await app.DbAsync((db, _) => db.Set<StaffResponse>().CountAsync(r => r.WaveId == wave && r.TeamId == w.TeamA)));
        var admin = app.As(Guid.NewGuid(), Roles.Administrator);
        await VoicesApp.PostFormAsync(admin, "/personeelsbevraging?handler=Close", [new("waveId", wave.ToString())]);

        var lead = app.As(w.LeadA, Roles.TeamLead);
        Assert.Contains("/mijn-team", await (await lead.GetAsync("/personeelsbevraging")).Content.ReadAsStringAsync());
        var page = await (await lead.GetAsync($"/personeelsbevraging/{wave}/mijn-team")).Content.ReadAsStringAsync();
        Assert.Contains("Je team", page);
        Assert.Contains("<svg", page);
        Assert.True(await app.DbAsync((db, _) => db.AuditTrail.AnyAsync(a => a.EntityType == "StaffSurveyTeamResults" && a.EntityId == wave.ToString())));
        // The other team's lead, a worker of the team and the organisation's policy staff get nothing here.
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(w.LeadB, Roles.TeamLead).GetAsync($"/personeelsbevraging/{wave}/mijn-team")).StatusCode);
        Assert.Contains((await app.As(w.WorkerA, Roles.Caseworker).GetAsync($"/personeelsbevraging/{wave}/mijn-team")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Contains((await app.As(Guid.NewGuid(), Roles.Policy).GetAsync($"/personeelsbevraging/{wave}/mijn-team")).StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    [Fact]
    public async Task A_team_too_small_shows_nothing_to_its_lead()
    {
        var (w, wave, staff) = await OpenWaveWithStaffAsync(1);
        for (var i = 0; i < staff.Count; i++)
        {
            await VoicesApp.PostFormAsync(app.As(staff[i], Roles.Caseworker), $"/personeelsbevraging/{wave}/invullen", Form(1, 1, 1, 7));
        }
        await VoicesApp.PostFormAsync(app.As(Guid.NewGuid(), Roles.Administrator), "/personeelsbevraging?handler=Close", [new("waveId", wave.ToString())]);
        var page = await (await app.As(w.LeadA, Roles.TeamLead).GetAsync($"/personeelsbevraging/{wave}/mijn-team")).Content.ReadAsStringAsync();
        Assert.Contains("Niet getoond voor dit team", page);
        Assert.DoesNotContain("<svg", page);
    }

    [Fact]
    public async Task Staff_without_a_team_answer_a_wave_that_includes_them_and_no_other()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var loner = await app.DbAsync(async (db, _) =>
        {
            var user = new Zicht.Kernel.StaffUser { DisplayName = "staflid", UserName = $"staflid-{Guid.NewGuid():N}", OrganisationId = w.OrganisationId };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
        var admin = app.As(Guid.NewGuid(), Roles.Administrator);
        var title = "Zonder team " + Guid.NewGuid().ToString("N")[..6];
        await VoicesApp.PostFormAsync(admin, "/personeelsbevraging?handler=Open", [new("title", title + " nee"), new("teamIds", w.TeamA.ToString())]);
        await VoicesApp.PostFormAsync(admin, "/personeelsbevraging?handler=Open", [new("title", title), new("teamIds", w.TeamA.ToString()), new("withoutTeam", "true")]);
        var (without, with) = await app.DbAsync(async (db, _) => (
            await db.Set<StaffWave>().Where(x => x.Title == title + " nee").Select(x => x.Id).FirstAsync(),
            await db.Set<StaffWave>().Where(x => x.Title == title).Select(x => x.Id).FirstAsync()));
        var me = app.As(loner, Roles.RegionalStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync($"/personeelsbevraging/{without}/invullen")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await VoicesApp.PostFormAsync(me, $"/personeelsbevraging/{with}/invullen", Form(4, 1, 1, 6))).StatusCode);
        var response = await app.DbAsync((db, _) => db.Set<StaffResponse>().SingleAsync(r => r.WaveId == with));
        Assert.Null(response.TeamId);
        // Staff without a team in another organisation are not included.
        var other = await VoicesWorld.CreateAsync(app);
        var stranger = await app.DbAsync(async (db, _) =>
        {
            var user = new Zicht.Kernel.StaffUser { DisplayName = "ander", UserName = $"ander-{Guid.NewGuid():N}", OrganisationId = other.OrganisationId };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(stranger, Roles.RegionalStaff).GetAsync($"/personeelsbevraging/{with}/invullen")).StatusCode);
    }
}
