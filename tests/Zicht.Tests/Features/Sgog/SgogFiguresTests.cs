using Microsoft.EntityFrameworkCore;
using Zicht.Features.Sgog;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Sgog;

/// <summary>
/// The administration's figures across providers, on a database of their own: a provider's year below the minimum
/// group size is hidden, and so is enough else that the total minus the shown providers gives nothing away,
/// on the page and in the CSV alike.
/// </summary>
public class SgogFiguresTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_small_provider_is_hidden_and_cannot_be_worked_out_from_the_total()
    {
        var big = await SgogSetup.CreateAsync(app);
        var small = await SgogSetup.CreateAsync(app);
        var other = await SgogSetup.CreateAsync(app);
        foreach (var (setup, count) in new[] { (big, 6), (small, 2), (other, 7) })
        {
            for (var n = 0; n < count; n++)
            {
                await setup.IncidentAsync(i => i.EvaluatedOn = n % 2 == 0 ? new DateOnly(2026, 4, 1) : null);
            }
        }
        var administration = await app.SignedInAsync((await app.Data.StaffAsync(big.World, Roles.AdministrationOfficer)).UserName!);

        var page = await administration.GetPageAsync("/administratie/sgog/cijfers");
        var csv = await (await administration.GetAsync("/administratie/sgog/cijfers?handler=Csv")).TextAsync();

        var rows = page.QuerySelectorAll("table.figures tbody tr").Select(r => (Name: r.Children[1].TextContent.Trim(), Hidden: r.QuerySelector("td[colspan]") is not null)).ToList();
        Assert.Contains(("Voorziening " + small.World.Provider.Code[4..], true), rows);
        var hiddenProviders = rows.Count(r => r.Hidden && r.Name != "Alle voorzieningen");
        var totalShown = rows.Single(r => r.Name == "Alle voorzieningen").Hidden == false;
        Assert.False(totalShown && hiddenProviders == 1, "the total minus the shown providers would give the small one away");
        Assert.Contains($"2026;{small.World.Provider.Name};;;;", csv);
        var bigRow = rows.Single(r => r.Name == big.World.Provider.Name);
        var bigCsv = csv.Split('\n').Single(l => l.Contains(big.World.Provider.Name, StringComparison.Ordinal));
        Assert.Equal(bigRow.Hidden, bigCsv.EndsWith(";;;;", StringComparison.Ordinal) || bigCsv.TrimEnd('\r').EndsWith(";;;;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_officer_sees_the_own_provider_unsuppressed_and_erasure_changes_no_figure()
    {
        var s = await SgogSetup.CreateAsync(app);
        await s.SentAsync();
        await s.ReportableAsync(i => i.EvaluatedOn = new DateOnly(2026, 4, 1));
        await s.IncidentAsync(i => (i.ChildView, i.ChildViewRecorded) = (null, false));
        var client = await s.OfficerClientAsync();

        var before = (await client.GetPageAsync("/sgog/cijfers")).QuerySelector("table.figures tbody tr")!.TextContent;
        var csvBefore = await (await client.GetAsync("/sgog/cijfers?handler=Csv")).TextAsync();
        var incidents = await app.Data.WithDbAsync(db => db.Set<SgogIncident>().Where(i => i.OrganisationId == s.ProviderId).Select(i => i.Id).ToListAsync());
        foreach (var id in incidents)
        {
            await client.SubmitAsync($"/sgog/incidenten/{id}/wissen", new Dictionary<string, string> { ["Ground"] = "ErasureRequest" });
        }
        var after = (await client.GetPageAsync("/sgog/cijfers")).QuerySelector("table.figures tbody tr")!.TextContent;

        Assert.Contains("2026;;3;33.3;33.3;66.7", csvBefore);
        Assert.Equal(before, after);
        Assert.Equal(csvBefore, await (await client.GetAsync("/sgog/cijfers?handler=Csv")).TextAsync());
        Assert.Equal(3, await app.Data.WithDbAsync(db => db.Set<SgogIncident>().CountAsync(i => i.OrganisationId == s.ProviderId && i.ErasedOn != null)));
    }
}
