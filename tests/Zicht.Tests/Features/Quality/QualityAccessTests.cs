using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Quality;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Quality;

/// <summary>A provider sees only its own organisation; the division's case roles see nothing of it; each role only its pages (404 otherwise).</summary>
public class QualityAccessTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private sealed record Pages(string[] Coordinator, string[] Administration, string[] Inspection);

    private static async Task<(QualitySetup Setup, Pages Pages)> ProviderWithDataAsync(ZichtApp app)
    {
        var s = await QualitySetup.CreateAsync(app);
        var year = QualitySetup.FreshYear();
        await s.SubmittedAsync(year);
        Assert.Equal(HttpStatusCode.Redirect, (await s.SubmitReportAsync(year, "GEHEIME-VISIE")).StatusCode);
        var reportId = await app.Data.WithDbAsync(db => db.Set<QualityReport>().Where(r => r.OrganisationId == s.World.Provider.Id).Select(r => r.Id).SingleAsync());
        return (s, new Pages(
            [
                "/kwaliteit/afdelingen", $"/kwaliteit/zelfevaluatie/{year}", QualitySetup.ScoreUrl(year, s.North), $"/kwaliteit/acties?year={year}",
                $"/kwaliteit/bezetting?year={year}", $"/kwaliteit/verslag/{year}", $"/kwaliteit/verslag/{year}?handler=Template", $"/kwaliteit/zelfevaluatie/{year}?handler=Submit",
            ],
            ["/kwaliteit/sector", "/kwaliteit/verslagen", $"/kwaliteit/verslagen/{reportId}", $"/kwaliteit/uitwisseling/export?kind=sector&year={year}", $"/kwaliteit/uitwisseling/export?kind=organisation&year={year}"],
            ["/kwaliteit/inspectie", $"/kwaliteit/inspectie?organisation={s.World.Provider.Id}&year={year}", $"/kwaliteit/uitwisseling/export?kind=inspections&year={year}&domain=reception"]));
    }

    public static TheoryData<string> Outsiders() =>
    [
        Roles.Caseworker, Roles.GroupCoordinator, Roles.TeamLead, Roles.ContextWorker, Roles.RegionalStaff, Roles.RegionalManager,
        Roles.Policy, Roles.Researcher, Roles.DataSteward, Roles.PrivacyOfficer, Roles.Administrator, Roles.SgogOfficer,
    ];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Roles_without_a_quality_policy_get_not_found_on_every_quality_page_and_export(string role)
    {
        var (s, pages) = await ProviderWithDataAsync(app);
        var provider = role is Roles.ContextWorker or Roles.SgogOfficer;
        var outsider = await app.Data.StaffAsync(s.World, role, team: Roles.CaseTeamRoles.Contains(role) ? s.World.TeamA : null, lead: role == Roles.TeamLead, provider: provider);
        var client = await app.SignedInAsync(outsider.UserName!);

        var leaks = await LeaksAsync(client, ["/kwaliteit", "/kwaliteit/uitwisseling", .. pages.Coordinator, .. pages.Administration, .. pages.Inspection]);

        Assert.Empty(leaks);
        Assert.DoesNotContain("/kwaliteit\"", await (await client.GetAsync("/")).TextAsync());
    }

    [Fact]
    public async Task A_coordinator_of_another_provider_sees_none_of_this_provider()
    {
        var (s, pages) = await ProviderWithDataAsync(app);
        var other = await QualitySetup.CreateAsync(app);

        var leaks = await LeaksAsync(other.Client, [QualitySetup.ScoreUrl(2030, s.North), .. pages.Administration, .. pages.Inspection]);
        var ownYear = await other.Client.GetAsync(pages.Coordinator[1]);

        Assert.Empty(leaks);
        Assert.Equal(HttpStatusCode.OK, ownYear.StatusCode);
        Assert.DoesNotContain("Leefgroep Noord (OVBJ)\u003c/th>\u003ctd class=\"num\">2", await ownYear.TextAsync());
        Assert.DoesNotContain("GEHEIME-VISIE", await (await other.Client.GetAsync(pages.Coordinator[5])).TextAsync());
    }

    [Fact]
    public async Task Each_quality_role_reaches_only_its_own_pages()
    {
        var (s, pages) = await ProviderWithDataAsync(app);
        var administration = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.AdministrationOfficer)).UserName!);
        var inspector = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.Inspector)).UserName!);
        var divisionCoordinator = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.QualityCoordinator)).UserName!);

        Assert.Empty(await LeaksAsync(s.Client, [.. pages.Administration, .. pages.Inspection]));
        Assert.Empty(await LeaksAsync(administration, pages.Coordinator));
        Assert.Empty(await LeaksAsync(inspector, [.. pages.Coordinator, .. pages.Administration]));
        Assert.Empty(await LeaksAsync(divisionCoordinator, [.. pages.Coordinator, "/kwaliteit"]));
        foreach (var page in pages.Coordinator.Where(p => !p.Contains("handler=Submit", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.OK, (await s.Client.GetAsync(page)).StatusCode);
        }
        foreach (var page in pages.Administration)
        {
            Assert.Equal(HttpStatusCode.OK, (await administration.GetAsync(page)).StatusCode);
        }
        foreach (var page in pages.Inspection)
        {
            Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await administration.GetAsync(page)).StatusCode);
        }
    }

    private static async Task<List<string>> LeaksAsync(HttpClient client, IEnumerable<string> pages)
    {
        var token = await TokenAsync(client);
        var leaks = new List<string>();
        foreach (var page in pages)
        {
            var get = await client.GetAsync(page);
            var post = await client.PostAsync(page, Form(token, ("Name", "HACK"), ("WorkForm", "X"), ("Vision", "HACK"), ("Feedback", "HACK"), ("Version", "0")));
            if (get.StatusCode != HttpStatusCode.NotFound)
            {
                leaks.Add($"GET {page} → {(int)get.StatusCode}");
            }
            if (post.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
            {
                leaks.Add($"POST {page} → {(int)post.StatusCode}");
            }
        }
        return leaks;
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        (await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] values) =>
        new([new("__RequestVerificationToken", token), .. values.Select(v => new KeyValuePair<string, string>(v.Key, v.Value))]);
}
