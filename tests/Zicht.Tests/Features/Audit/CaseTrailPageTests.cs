using Zicht.Features.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Audit;

/// <summary>The audit trail of one case: filters (who, what, period), pages, Dutch labels, Belgian time.</summary>
public class CaseTrailPageTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task The_trail_filters_pages_and_speaks_Dutch_in_local_time()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);
        for (var i = 0; i < CaseTrailModel.PageSize + 5; i++)
        {
            await client.GetAsync($"/dossiers/{c.Id}/mapping");
        }
        var privacy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.PrivacyOfficer)).UserName!);

        var first = await privacy.GetPageAsync($"/audit/dossiers/{c.Id}");
        var reads = await privacy.GetPageAsync($"/audit/dossiers/{c.Id}?actie=Create");
        var none = await privacy.GetPageAsync($"/audit/dossiers/{c.Id}?van=2001-01-01&tot=2001-12-31");

        Assert.Equal(CaseTrailModel.PageSize, first.QuerySelectorAll("table.audit tbody tr").Length);
        Assert.NotNull(first.QuerySelector("nav.pager a[href*='pagina=2']"));
        Assert.Contains("Mapping", first.QuerySelector("table.audit tbody tr td:nth-child(5)")!.TextContent);
        Assert.Contains("Wanneer", first.QuerySelector("table.audit thead")!.TextContent);
        Assert.DoesNotContain("UTC", first.QuerySelector("table.audit thead")!.TextContent);
        Assert.All(reads.QuerySelectorAll("table.audit tbody tr td:nth-child(4)"), td => Assert.Equal("toegevoegd", td.TextContent.Trim()));
        Assert.Contains(reads.QuerySelectorAll("table.audit tbody tr td:nth-child(5)"), td => td.TextContent.Contains("Dossier"));
        Assert.Empty(none.QuerySelectorAll("table.audit tbody tr"));
    }

    [Fact]
    public void Times_are_shown_in_Brussels_time_summer_and_winter() =>
        Assert.Equal((new DateTime(2026, 7, 1, 14, 0, 0), new DateTime(2026, 12, 1, 13, 0, 0)),
            (LocalTime.Of(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)), LocalTime.Of(new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc))));
}
