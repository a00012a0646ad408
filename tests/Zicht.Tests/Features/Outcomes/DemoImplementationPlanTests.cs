using Microsoft.EntityFrameworkCore;
using Zicht.Features.Outcomes;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The demo's implementation plan binds every objective to the indicators it names, and every role can read it (own database).</summary>
public class DemoImplementationPlanTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task The_demo_plan_has_five_themes_bound_objectives_with_reviews_and_a_choice_for_every_team()
    {
        var world = await app.Data.WorldAsync();
        await app.Data.WithDbAsync(db => DemoImplementationPlan.SeedAsync(db, default));

        var (themes, objectives, teams, choices) = await app.Data.WithDbAsync(async db => (
            await db.Set<GrowthTheme>().CountAsync(),
            await db.Set<OrganisationObjective>().Include(o => o.Reviews).OrderBy(o => o.TargetDate).ToListAsync(),
            await db.Teams.CountAsync(),
            await db.Set<TeamThemeChoice>().Include(c => c.Reflections).ToListAsync()));

        Assert.Equal(5, themes);
        Assert.Equal(4, objectives.Count);
        // A renamed indicator would silently unbind an objective: each keeps the indicators it names.
        Assert.Equal([1, 1, 1, 2], objectives.Select(o => o.Indicators.Count).Order().ToList());
        Assert.Equal(3, objectives.Count(o => o.Reviews.Count == 1));
        Assert.Equal(teams, choices.Count);
        Assert.All(choices, c => Assert.Single(c.Reflections));

        var worker = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA)).UserName!);
        var plan = await (await worker.GetAsync("/implementatieplan")).TextAsync();
        Assert.Contains("Elke medewerker kent het implementatieplan en de organisatiedoelstellingen", plan);
        Assert.Contains("Veiligheidsplanning", plan);
    }
}
