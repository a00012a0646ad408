using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Infrastructure;

namespace Zicht.Tests.Features.Trajectories;

/// <summary>The same app with a pseudonym key long enough for the research export.</summary>
public sealed class ResearchApp : ZichtApp
{
    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Zicht:PseudonymKey"] = "a-secret-research-key-of-at-least-32-characters" };
}

public class ResearchPageTests(ResearchApp app) : IClassFixture<ResearchApp>
{
    [Fact]
    public async Task The_data_steward_downloads_the_pseudonymised_export_with_a_reason_and_it_is_audited()
    {
        var world = await app.Data.WorldAsync();
        var steward = await app.Data.StaffAsync(world, Roles.DataSteward);
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(steward.UserName!);
        Assert.Contains("/onderzoek/export", await (await client.GetAsync("/")).TextAsync());

        var refused = await client.SubmitAsync("/onderzoek/export", new Dictionary<string, string> { ["Reason"] = "kort" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("minstens 10 tekens", await refused.TextAsync());

        var download = await client.SubmitAsync("/onderzoek/export", new Dictionary<string, string> { ["Reason"] = "Studie plan b, goedgekeurd door de ethische commissie" });
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        var csv = await download.TextAsync();
        Assert.StartsWith("case_ref,", csv.TrimStart('\uFEFF'));
        var audit = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.EntityType == "ResearchExport").ToListAsync());
        var line = Assert.Single(audit, a => a.Reason!.StartsWith("Studie plan b", StringComparison.Ordinal));
        Assert.Equal(steward.UserName, line.ActorName);

        // Nobody else: a caseworker, the administrator, a researcher (who uses the file, not the page).
        foreach (var role in new[] { Roles.Caseworker, Roles.Administrator, Roles.Researcher, Roles.Policy })
        {
            var other = await app.Data.StaffAsync(world, role, role == Roles.Caseworker ? world.TeamA : null);
            var response = await (await app.SignedInAsync(other.UserName!)).GetAsync("/onderzoek/export");
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{role}: {response.StatusCode}");
        }
        _ = worker;
    }
}

public class ResearchPageWithoutKeyTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Without_a_long_enough_key_the_page_says_so_and_makes_no_export()
    {
        var world = await app.Data.WorldAsync();
        var steward = await app.Data.StaffAsync(world, Roles.DataSteward);
        var client = await app.SignedInAsync(steward.UserName!);
        var page = await (await client.GetAsync("/onderzoek/export")).TextAsync();
        Assert.Contains("Er is geen pseudonimiseringssleutel ingesteld", page);
        Assert.DoesNotContain("<textarea", page);
        Assert.False(await app.Data.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.EntityType == "ResearchExport")));
    }
}
