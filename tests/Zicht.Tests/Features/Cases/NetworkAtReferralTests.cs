using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Cases;

/// <summary>Wish 11: the referral records whether the family's network was involved, and who.</summary>
public class NetworkAtReferralTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_referral_records_that_the_network_was_involved_and_who_and_the_case_page_shows_it()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(worker.UserName!);

        var response = await client.SubmitAsync("/dossiers/nieuw", new Dictionary<string, string>
        {
            ["Input.Reference"] = "OCJ-2026-NET1",
            ["Input.TeamId"] = world.TeamA.Id.ToString(),
            ["Input.ReferralDate"] = "2026-10-01",
            ["Input.NetworkInvolvedAtReferral"] = "true",
            ["Input.NetworkInvolvedWho"] = "Grootmoeder Maria en de buurvrouw",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.Data.WithDbAsync(db => db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Reference == "OCJ-2026-NET1"));
        Assert.True(saved.NetworkInvolvedAtReferral);
        var page = await (await client.GetAsync(response.Headers.Location!.OriginalString)).TextAsync();
        Assert.Contains("Netwerk betrokken bij de aanmelding", page);
        Assert.Contains("Ja: Grootmoeder Maria en de buurvrouw", page);
    }

    [Fact]
    public async Task Naming_who_while_saying_the_network_was_not_involved_is_refused()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(worker.UserName!);

        var response = await client.SubmitAsync("/dossiers/nieuw", new Dictionary<string, string>
        {
            ["Input.Reference"] = "OCJ-2026-NET2",
            ["Input.TeamId"] = world.TeamA.Id.ToString(),
            ["Input.ReferralDate"] = "2026-10-01",
            ["Input.NetworkInvolvedAtReferral"] = "false",
            ["Input.NetworkInvolvedWho"] = "Tante",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul alleen in wie van het netwerk betrokken was", await response.TextAsync());
    }
}
