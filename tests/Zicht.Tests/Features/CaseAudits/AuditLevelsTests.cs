using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.CaseAudits;

/// <summary>Division staff choose team, region or division; a small team hides every figure it is part of (its own database).</summary>
public class AuditLevelsTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_small_team_hides_its_region_and_the_division_so_nothing_can_be_recovered_by_subtraction()
    {
        var world = await app.Data.WorldAsync();
        var leadA = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        for (var i = 0; i < 5; i++)
        {
            await (await AuditSetup.CreateAsync(app, world: world, lead: leadA)).BothScoredAsync();
        }
        // Two audits in team B (the setup puts the case in team A; move it to team B as a reassignment would).
        for (var i = 0; i < 2; i++)
        {
            var s = await AuditSetup.CreateAsync(app, world: world, lead: leadA);
            await s.BothScoredAsync();
            await app.Data.WithDbAsync(async db =>
            {
                var c = await db.Cases.FindAsync(s.Case.Id);
                c!.TeamId = world.TeamB.Id;
                await db.SaveChangesAsync();
            });
        }
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        var teams = await policy.GetPageAsync("/casusaudits/overzicht?level=team");
        var region = await policy.GetPageAsync("/casusaudits/overzicht?level=region");
        var division = await policy.GetPageAsync("/casusaudits/overzicht?level=division");

        var teamA = teams.QuerySelector($"section[aria-label='{world.TeamA.Name}']")!;
        var teamB = teams.QuerySelector($"section[aria-label='{world.TeamB.Name}']")!;
        Assert.Contains("5 audits waarvan beide scorings ingediend zijn.", teamA.TextContent);
        Assert.Contains("Te weinig audits", teamB.TextContent);
        Assert.Null(teamB.QuerySelector("table.agreement"));
        Assert.Contains("Te weinig audits", region.QuerySelector("section[aria-label='Antwerpen']")!.TextContent);
        Assert.Contains("Te weinig audits", division.QuerySelector("section.audit-group")!.TextContent);
        Assert.Empty(division.QuerySelectorAll("table.agreement"));
    }
}
