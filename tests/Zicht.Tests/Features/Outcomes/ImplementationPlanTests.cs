using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Outcomes;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The implementation plan: objectives bound to indicators and reviewed, themes chosen and reflected on by a team, read by everyone.</summary>
public class ImplementationPlanTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Policy_staff_write_an_objective_bound_to_an_indicator_and_review_it_and_every_staff_member_reads_it()
    {
        var world = await app.Data.WorldAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        await policy.GetAsync("/uitkomsten");
        var indicator = await app.Data.WithDbAsync(db => db.Set<OutcomeIndicator>().FirstAsync(i => i.Statement == "Minder uithuisplaatsingen"));
        var text = $"Minder kinderen uit huis {Guid.NewGuid():N}"[..36];

        var created = await policy.SubmitAsync("/implementatieplan/doelstelling", new Dictionary<string, string>
        {
            ["Form.Text"] = text,
            ["Form.TargetDate"] = "2027-12-31",
            ["Form.Indicators"] = indicator.Id.ToString(),
        });
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, Problems(await created.Content.ReadAsStringAsync()));
        var id = await app.Data.WithDbAsync(db => db.Set<OrganisationObjective>().Where(o => o.Text == text).Select(o => o.Id).SingleAsync());
        var reviewed = await policy.SubmitAsync($"/implementatieplan/doelstelling/{id}", new Dictionary<string, string>
        {
            ["Review.Verdict"] = "PartlyReached",
            ["Review.Evidence"] = "Uitkomstentabel najaar: daling in twee regio's",
        }, "main form[action*=Review]");
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);

        var caseworker = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB)).UserName!);
        var plan = await (await caseworker.GetAsync("/implementatieplan")).TextAsync();
        Assert.Contains(text, plan);
        Assert.Contains("deels bereikt", plan);
        Assert.Contains("Uitkomstentabel najaar", plan);
        Assert.Contains("Minder uithuisplaatsingen", plan);
        Assert.Equal(HttpStatusCode.NotFound, (await caseworker.GetAsync($"/implementatieplan/doelstelling/{id}")).StatusCode);
    }

    private static string Problems(string html) =>
        string.Join(" | ", HttpForms.Parse(html).QuerySelectorAll(".errors, .error, .field-validation-error, .validation-summary-errors").Select(e => e.TextContent.Trim()));

    [Fact]
    public async Task A_team_chooses_a_theme_and_reflects_and_another_teams_worker_may_not_write_in_it()
    {
        var world = await app.Data.WorldAsync();
        var theme = await app.Data.WithDbAsync(async db =>
        {
            var t = new GrowthTheme { Name = $"Netwerk {Guid.NewGuid():N}"[..20] };
            db.Add(t);
            await db.SaveChangesAsync();
            return t;
        });
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        var chosen = await lead.SubmitAsync("/implementatieplan/team", new Dictionary<string, string>
        {
            ["Choice.TeamId"] = world.TeamA.Id.ToString(),
            ["Choice.Year"] = "2026",
            ["Choice.ThemeId"] = theme.Id.ToString(),
            ["Choice.IntendedActions"] = "Elk dossier een netwerkberaad",
        }, "main form[action*=Choose]");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var choiceId = await app.Data.WithDbAsync(db => db.Set<TeamThemeChoice>().Where(c => c.TeamId == world.TeamA.Id).Select(c => c.Id).SingleAsync());
        var reflected = await lead.SubmitAsync("/implementatieplan/team", new Dictionary<string, string>
        {
            ["Reflection.ChoiceId"] = choiceId.ToString(),
            ["Reflection.Text"] = "Wat zien we: meer netwerkleden per dossier.",
        }, "main form[action*=Reflect]");
        Assert.Equal(HttpStatusCode.Redirect, reflected.StatusCode);

        var other = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB)).UserName!);
        var refused = await other.SubmitAsync("/implementatieplan/team", new Dictionary<string, string>
        {
            ["Choice.TeamId"] = world.TeamA.Id.ToString(),
            ["Choice.Year"] = "2026",
            ["Choice.ThemeId"] = theme.Id.ToString(),
        }, "main form[action*=Choose]");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var researcher = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Researcher)).UserName!);
        var plan = await (await researcher.GetAsync("/implementatieplan")).TextAsync();
        Assert.Contains("Wat zien we: meer netwerkleden per dossier.", plan);
        Assert.Contains(world.TeamA.Name, plan);
    }
}
