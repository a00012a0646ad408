// HTTP calls here are short; cancelling a test mid-request gains nothing.
#pragma warning disable xUnit1051
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.Feedback;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Feedback;

public class FeedbackReportTests(VoicesApp app) : IClassFixture<VoicesApp>
{
    /// <summary>A finished quarter: responses stamped with it can be released (FeedbackRelease).</summary>
    private static readonly DateOnly Past = new(2025, 1, 1);

    /// <summary>
    /// Stores n parent responses for a worker's cases straight through the submission service, then
    /// stamps them with <paramref name="quarter"/> (default: a finished one), as if given back then.
    /// </summary>
    private async Task AnswerAsync(VoicesWorld w, Guid team, Guid worker, int n, string open = "Fijne consulent", DateOnly? quarter = null, string? skip = null,
        bool textsReleased = true)
    {
        for (var i = 0; i < n; i++)
        {
            var caseId = await w.CaseAsync(app, team, worker);
            await app.DbAsync(async (db, sp) =>
            {
                var c = await db.Cases.FindAsync(caseId);
                var (invitation, token) = await sp.GetRequiredService<FeedbackInvitations>().IssueAsync(c!, Audience.Parent, worker, null);
                var instrument = await sp.GetRequiredService<InstrumentStore>().GetAsync(invitation.InstrumentVersionId);
                var answers = Enumerable.Range(1, 14).ToDictionary(k => $"p{k:00}", k => k % 2 == 0 ? "5" : "2");
                answers["p_open"] = open;
                if (skip is not null)
                {
                    answers.Remove(skip);
                }
                return await sp.GetRequiredService<FeedbackSubmission>().SubmitAsync(invitation, instrument, answers, false, null);
            });
        }
        var now = FeedbackResponse.QuarterOf(DateTime.UtcNow);
        var stamp = quarter ?? Past;
        // As if the team lead had read and released the open answers (FeedbackTexts), unless the test says otherwise.
        await app.DbAsync((db, _) => db.Set<FeedbackResponse>().Where(r => r.WorkerId == worker && r.Period == now)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Period, stamp).SetProperty(r => r.TextsReleased, textsReleased)));
    }

    private async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_worker_sees_results_only_when_finished_quarters_bring_at_least_five_responses_together()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var worker = app.As(w.WorkerA, Roles.Caseworker);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 4);
        var four = await PageAsync(worker, "/feedback/rapport");
        Assert.Contains("Minder dan 5 antwoorden", four);
        Assert.DoesNotContain("<figure", four);
        // Answers of the running quarter wait, however many there are.
        await AnswerAsync(w, w.TeamA, w.WorkerA, 6, quarter: FeedbackResponse.QuarterOf(DateTime.UtcNow));
        Assert.Contains("Minder dan 5 antwoorden", await PageAsync(worker, "/feedback/rapport"));
        await app.DbAsync((db, _) => db.Set<FeedbackResponse>().Where(r => r.WorkerId == w.WorkerA && r.Period != Past)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Period, new DateOnly(2025, 4, 1))));
        var ten = await PageAsync(worker, "/feedback/rapport");
        Assert.Contains("10 antwoorden", ten);
        Assert.Contains("<figure", ten);
        Assert.Contains("<td>10 (100", ten);
        // Free text never at the level of one worker.
        Assert.DoesNotContain("Fijne consulent", ten);
    }

    [Fact]
    public async Task One_new_answer_does_not_change_a_workers_report_until_a_batch_is_complete()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var worker = app.As(w.WorkerA, Roles.Caseworker);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 5);
        var before = await PageAsync(worker, "/feedback/rapport");
        Assert.Contains("5 antwoorden", before);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 1, quarter: new DateOnly(2025, 4, 1));
        Assert.Equal(Figures(before), Figures(await PageAsync(worker, "/feedback/rapport")));
        await AnswerAsync(w, w.TeamA, w.WorkerA, 4, quarter: new DateOnly(2025, 7, 1));
        Assert.Contains("10 antwoorden", await PageAsync(worker, "/feedback/rapport"));
    }

    [Fact]
    public async Task An_item_few_families_answered_is_not_shown_even_when_the_report_is()
    {
        var w = await VoicesWorld.CreateAsync(app);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 2);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 4, skip: "p03");
        var html = await PageAsync(app.As(w.WorkerA, Roles.Caseworker), "/feedback/rapport");
        Assert.Contains("6 antwoorden", html);
        var report = await app.DbAsync(async (_, sp) => await sp.GetRequiredService<FeedbackReports>()
            .BuildAsync("parent", ReportLevel.Worker, w.WorkerA, 5));
        Assert.Null(report.Items.Single(i => i.Item.Key == "p03").Distribution);
        Assert.NotNull(report.Items.Single(i => i.Item.Key == "p01").Distribution);
    }

    /// <summary>The page without what differs between two requests (antiforgery tokens).</summary>
    private static string Figures(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html[html.IndexOf("<main", StringComparison.Ordinal)..], "value=\"[^\"]{40,}\"", "");

    [Fact]
    public async Task A_team_lead_sees_the_team_with_free_text_and_never_another_team()
    {
        var w = await VoicesWorld.CreateAsync(app);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 5, "Team A was fijn");
        await AnswerAsync(w, w.TeamB, w.WorkerB, 5, "Team B was fijn");
        var leadA = app.As(w.LeadA, Roles.TeamLead);
        var own = await PageAsync(leadA, $"/feedback/rapport?level=Team&group={w.TeamA}");
        Assert.Contains("Team A was fijn", own);
        Assert.DoesNotContain("Team B was fijn", own);
        Assert.Equal(HttpStatusCode.NotFound, (await leadA.GetAsync($"/feedback/rapport?level=Team&group={w.TeamB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(w.WorkerA, Roles.Caseworker).GetAsync($"/feedback/rapport?level=Team&group={w.TeamA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leadA.GetAsync($"/feedback/rapport?level=Region&group={w.RegionId}")).StatusCode);
    }

    [Fact]
    public async Task A_small_team_adds_nothing_to_its_region_until_its_own_batch_is_complete()
    {
        var w = await VoicesWorld.CreateAsync(app);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 5);
        await AnswerAsync(w, w.TeamB, w.WorkerB, 3, "Heel persoonlijk verhaal");
        var html = await PageAsync(app.As(Guid.NewGuid(), Roles.Policy), $"/feedback/rapport?level=Region&group={w.RegionId}");
        string Row(string team)
        {
            var row = html[html.IndexOf(team, StringComparison.Ordinal)..];
            return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        }
        // Region minus team A gives nothing: team B's 3 are not in the region's figures at all.
        Assert.Contains("5 antwoorden", html);
        Assert.Contains("minder dan 5", Row("Team B"));
        Assert.Contains("<td class=\"num\">5</td>", Row("Team A"));
        Assert.DoesNotContain("Heel persoonlijk verhaal", html);
        Assert.Contains("Fijne consulent", html);
    }

    [Fact]
    public async Task The_total_minus_the_shown_quarters_never_gives_a_small_quarter()
    {
        var w = await VoicesWorld.CreateAsync(app);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 4, quarter: new DateOnly(2025, 1, 1));
        await AnswerAsync(w, w.TeamA, w.WorkerA, 6, quarter: new DateOnly(2025, 4, 1));
        var html = await PageAsync(app.As(w.LeadA, Roles.TeamLead), $"/feedback/rapport?level=Team&group={w.TeamA}");
        Assert.Contains("10 antwoorden", html);
        var trend = html[html.IndexOf("Evolutie per kwartaal", StringComparison.Ordinal)..];
        Assert.DoesNotContain("<td class=\"num\">6</td>", trend); // 10 − 6 would be the 4 of 2025 Q1
        Assert.DoesNotContain("<td class=\"num\">4</td>", trend);
        Assert.Contains("verborgen", trend);
    }

    [Fact]
    public async Task Open_answers_wait_for_the_team_lead_who_redacts_and_releases_them_as_a_batch()
    {
        var w = await VoicesWorld.CreateAsync(app);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 4, "Goed geholpen", textsReleased: false);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 1, "We wonen in de Kerkstraat 14 in Lier", textsReleased: false);
        await AnswerAsync(w, w.TeamB, w.WorkerB, 5, "Team B tekst", textsReleased: false);
        var leadA = app.As(w.LeadA, Roles.TeamLead);
        var report = await PageAsync(leadA, $"/feedback/rapport?level=Team&group={w.TeamA}");
        Assert.Contains("5 antwoorden", report);
        Assert.DoesNotContain("Goed geholpen", report); // not released yet
        Assert.Contains("5 antwoorden in eigen woorden wachten", report);

        var page = await PageAsync(leadA, $"/feedback/teksten?team={w.TeamA}");
        Assert.Contains("Kerkstraat 14", page);
        Assert.Contains("mogelijk een adres", page);
        Assert.DoesNotContain("Team B tekst", page);
        // Nobody else reads texts before release: another team's lead, a worker, policy staff.
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(w.LeadB, Roles.TeamLead).GetAsync($"/feedback/teksten?team={w.TeamA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(w.WorkerA, Roles.Caseworker).GetAsync($"/feedback/teksten?team={w.TeamA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(Guid.NewGuid(), Roles.Policy).GetAsync($"/feedback/teksten?team={w.TeamA}")).StatusCode);

        // The lead redacts the address, and also posts an edit for team B's response (an id from elsewhere): ignored.
        var fields = System.Text.RegularExpressions.Regex.Matches(page, "name=\"(text:[^\"]+)\"[^>]*>([^<]*)</textarea>")
            .Select(m => new KeyValuePair<string, string>(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value),
                System.Net.WebUtility.HtmlDecode(m.Groups[2].Value).Replace("in de Kerkstraat 14 in Lier", "[adres]", StringComparison.Ordinal))).ToList();
        Assert.Equal(5, fields.Count);
        var teamBResponse = await app.DbAsync((db, _) => db.Set<FeedbackResponse>().Where(r => r.TeamId == w.TeamB).Select(r => r.Id).FirstAsync());
        fields.Add(new($"text:{teamBResponse}:p_open", "overschreven"));
        Assert.Equal(HttpStatusCode.Redirect, (await VoicesApp.PostFormAsync(leadA, $"/feedback/teksten?team={w.TeamA}", fields)).StatusCode);

        report = await PageAsync(leadA, $"/feedback/rapport?level=Team&group={w.TeamA}");
        Assert.Contains("Goed geholpen", report);
        Assert.Contains("We wonen [adres]", report);
        Assert.DoesNotContain("Kerkstraat", report);
        Assert.DoesNotContain("wachten tot je ze leest", report);
        // Redacted means gone: the stored text no longer holds the address; team B is untouched.
        Assert.False(await app.DbAsync((db, _) => db.Set<FeedbackResponse>().AnyAsync(r => r.Answers.Contains("Kerkstraat"))));
        Assert.True(await app.DbAsync((db, _) => db.Set<FeedbackResponse>().Where(r => r.TeamId == w.TeamB).AllAsync(r => !r.TextsReleased && r.Answers.Contains("Team B tekst"))));
        var audit = await app.DbAsync((db, _) => db.AuditTrail.Where(a => a.EntityType == "FeedbackTexts" && a.EntityId == w.TeamA.ToString() && a.Action == "Update").SingleAsync());
        Assert.Equal("5 open answers released, 1 of them redacted", audit.Reason);
    }

    [Fact]
    public async Task Follow_up_answers_have_their_own_report_under_the_same_rules()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var lead = app.As(w.LeadA, Roles.TeamLead);
        var page = await PageAsync(lead, $"/feedback/rapport?instrument=followup&level=Team&group={w.TeamA}");
        Assert.Contains("Opvolging na afsluiting", page);
        Assert.Contains("Minder dan 5 antwoorden", page);
        var version = await app.DbAsync(async (db, sp) => (await sp.GetRequiredService<InstrumentStore>().CurrentAsync("followup")).Id);
        await app.DbAsync(async (db, _) =>
        {
            for (var i = 0; i < 6; i++)
            {
                db.Add(new FeedbackResponse
                {
                    InstrumentVersionId = version,
                    Respondent = Audience.FollowUp,
                    WorkerId = w.WorkerA,
                    TeamId = w.TeamA,
                    ServiceId = w.ServiceId,
                    RegionId = w.RegionId,
                    Period = Past,
                    Answers = "{\"f01\":\"1\",\"f02\":\"4\"}",
                    TextsReleased = true,
                });
            }
            return await db.SaveChangesAsync();
        });
        page = await PageAsync(lead, $"/feedback/rapport?instrument=followup&level=Team&group={w.TeamA}");
        Assert.Contains("6 antwoorden", page);
        Assert.Contains("<figure", page);
    }

    [Fact]
    public async Task Teams_with_the_same_name_are_labelled_apart_everywhere()
    {
        var one = await VoicesWorld.CreateAsync(app);
        var two = await VoicesWorld.CreateAsync(app);
        var name = "Team Zuid " + Guid.NewGuid().ToString("N")[..6];
        await app.DbAsync((db, _) => db.Teams.Where(t => t.Id == one.TeamA || t.Id == two.TeamA).ExecuteUpdateAsync(u => u.SetProperty(t => t.Name, name)));
        var labels = await app.DbAsync((db, _) => Zicht.Kernel.TeamLabels.OrderedAsync(db, db.Teams.Where(t => t.Id == one.TeamA || t.Id == two.TeamA || t.Id == one.TeamB), default));
        Assert.Equal(3, labels.Select(l => l.Label).Distinct().Count());
        Assert.All(labels.Where(l => l.Id != one.TeamB), l => Assert.StartsWith(name + " (OCJ / Regio ", l.Label));
        Assert.DoesNotContain("(", labels.Single(l => l.Id == one.TeamB).Label);
        var html = await PageAsync(app.As(Guid.NewGuid(), Roles.Policy), "/feedback/rapport?level=Team");
        Assert.Contains(labels.First(l => l.Id == two.TeamA).Label, html);
    }
}
