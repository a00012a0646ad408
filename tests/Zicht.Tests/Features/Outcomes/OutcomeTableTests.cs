using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Outcomes;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The outcome table: indicators bound to figures, "not measured" never zero, and policy staff rebinding a cell.</summary>
public class OutcomeTableTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>12 trajectories in team A, 6 of them with a placement (3 within the network).</summary>
    private async Task<TestData.World> SetupAsync()
    {
        var world = await app.Data.WorldAsync();
        await app.Data.WithDbAsync(async db =>
        {
            for (var i = 0; i < 12; i++)
            {
                var opened = new DateOnly(2024, 1, 10 + i);
                db.Add(new Trajectory
                {
                    CaseRef = $"O-{i}",
                    OrganisationId = world.Division.Id,
                    ServiceId = world.TeamA.ServiceId,
                    RegionId = world.TeamA.RegionId,
                    TeamId = world.TeamA.Id,
                    OpenedOn = opened,
                    ClosedOn = opened.AddDays(300),
                    Placement = i < 6 ? (i < 3 ? Placement.FamilyNetwork : Placement.Residential) : Placement.None,
                });
            }
            await db.SaveChangesAsync();
        });
        return world;
    }

    private static string CellOf(string page, string statement)
    {
        var start = page.IndexOf(statement, StringComparison.Ordinal);
        Assert.True(start >= 0, statement);
        return page[start..page.IndexOf("</li>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Bound_figures_show_their_value_and_an_unbound_or_empty_one_says_not_measured()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        var page = System.Net.WebUtility.HtmlDecode(await (await policy.GetAsync("/uitkomsten")).TextAsync());

        Assert.Contains("<strong>50,0\u00a0%</strong>", CellOf(page, "Minder uithuisplaatsingen"));
        Assert.Contains("niet gemeten", CellOf(page, "Groei en herstel in de gezinsrelaties"));
        Assert.Contains("Waarom: Zicht registreert geen maat voor de relaties in het gezin", CellOf(page, "Groei en herstel in de gezinsrelaties"));
        // No feedback at all: not measured, never 0%.
        var parents = CellOf(page, "Ouders voelen zich betrokken");
        Assert.Contains("niet gemeten", parents);
        Assert.DoesNotContain("0,0\u00a0%", parents);
        // 3 of 6 placements within the network: fewer than the minimum of 5.
        Assert.Contains("te weinig om te tonen", CellOf(page, "Het kind groeit op in het natuurlijk netwerk"));
    }

    [Fact]
    public async Task Policy_staff_bind_another_figure_to_an_indicator_and_others_may_not()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        await policy.GetAsync("/uitkomsten");
        var id = await app.Data.WithDbAsync(db => db.Set<OutcomeIndicator>().Where(i => i.Statement == "Minder stress en verloop bij medewerkers").Select(i => i.Id).FirstAsync());

        var saved = await policy.SubmitAsync($"/uitkomsten/indicator/{id}", new Dictionary<string, string> { ["Form.FigureCode"] = "breadth:placement" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = System.Net.WebUtility.HtmlDecode(await (await policy.GetAsync("/uitkomsten")).TextAsync());
        Assert.Contains("<strong>50,0\u00a0%</strong>", CellOf(page, "Minder stress en verloop bij medewerkers"));
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/uitkomsten/indicator/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/uitkomsten")).StatusCode);
    }

    [Fact]
    public async Task A_figure_that_is_not_in_the_list_is_refused()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        await policy.GetAsync("/uitkomsten");
        var id = await app.Data.WithDbAsync(db => db.Set<OutcomeIndicator>().Select(i => i.Id).FirstAsync());

        var response = await policy.SubmitAsync($"/uitkomsten/indicator/{id}", new Dictionary<string, string> { ["Form.FigureCode"] = "sql:drop table" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een cijfer uit de lijst.", await response.TextAsync());
    }
}
