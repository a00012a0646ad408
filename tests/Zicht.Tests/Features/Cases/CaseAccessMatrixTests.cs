using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Cases;

/// <summary>
/// Every role against every page and form that touches a case, with a real case of another team:
/// the answer must be exactly what a non-existent case gets (404, same page), and nothing may change.
/// </summary>
public class CaseAccessMatrixTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    public static TheoryData<string> AllRoles() => new(Roles.All);

    private static string[] Pages(Guid caseId, Guid personId) =>
    [
        $"/dossiers/{caseId}",
        $"/dossiers/{caseId}/bewerken",
        $"/dossiers/{caseId}/personen/nieuw",
        $"/dossiers/{caseId}/personen/{personId}",
        $"/dossiers/{caseId}/toewijzen",
        $"/dossiers/{caseId}/casusaudits",
        $"/dossiers/{caseId}/casusaudits/nieuw",
    ];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Nobody_outside_the_case_gets_anything_and_refusals_look_like_missing_cases(string role)
    {
        var world = await app.Data.WorldAsync();
        var owner = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, owner, partnered: false);
        var personId = await app.Data.WithDbAsync(db => db.CasePeople.Where(p => p.CaseId == c.Id).Select(p => p.Id).FirstAsync());
        var outsider = await app.Data.StaffAsync(world, role,
            team: Roles.CaseTeamRoles.Contains(role) ? world.TeamB : null,
            lead: role == Roles.TeamLead, provider: role == Roles.ContextWorker);
        var client = await app.SignedInAsync(outsider.UserName!);
        var token = await AntiforgeryTokenAsync(client);
        var leaks = new List<string>();

        foreach (var (real, missing) in Pages(c.Id, personId).Zip(Pages(Guid.NewGuid(), Guid.NewGuid())))
        {
            var get = await client.GetAsync(real);
            var getMissing = await client.GetAsync(missing);
            if (get.StatusCode != HttpStatusCode.NotFound || await MainTextAsync(get) != await MainTextAsync(getMissing))
            {
                leaks.Add($"GET {real} → {(int)get.StatusCode}");
            }
            var post = await client.PostAsync(real, Form(token, owner.Id));
            if (post.StatusCode != HttpStatusCode.NotFound)
            {
                leaks.Add($"POST {real} → {(int)post.StatusCode}");
            }
        }

        Assert.Empty(leaks);
        var after = await app.Data.WithDbAsync(db => db.Cases.Include(x => x.People).FirstAsync(x => x.Id == c.Id));
        Assert.Equal(0, after.Version);
        Assert.Single(after.People);
        Assert.DoesNotContain(c.Reference, await (await client.GetAsync("/dossiers?includeClosed=true")).TextAsync());
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.GroupCoordinator)]
    [InlineData(Roles.TeamLead)]
    public async Task Team_members_open_every_page_of_their_team_case(string role)
    {
        var world = await app.Data.WorldAsync();
        var owner = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var member = await app.Data.StaffAsync(world, role, world.TeamA, lead: role == Roles.TeamLead);
        var c = await app.Data.CaseAsync(world, world.TeamA, owner);
        var personId = await app.Data.WithDbAsync(db => db.CasePeople.Where(p => p.CaseId == c.Id).Select(p => p.Id).FirstAsync());
        var client = await app.SignedInAsync(member.UserName!);

        foreach (var page in Pages(c.Id, personId))
        {
            var expected = page.EndsWith("/toewijzen", StringComparison.Ordinal) && role != Roles.TeamLead ? HttpStatusCode.NotFound : HttpStatusCode.OK;
            Assert.True(expected == (await client.GetAsync(page)).StatusCode, page);
        }
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await app.NewClient().GetAsync($"/dossiers/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden", response.Headers.Location!.PathAndQuery);
    }

    /// <summary>What the page says (the header differs only by its return URL and token).</summary>
    private static async Task<string> MainTextAsync(HttpResponseMessage response) =>
        HttpForms.Parse(await response.TextAsync()).QuerySelector("main")?.TextContent ?? "";

    internal static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var home = await client.GetPageAsync("/");
        return home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static FormUrlEncodedContent Form(string token, Guid someone) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["Input.Reference"] = "HACKED",
        ["Input.TeamId"] = Guid.NewGuid().ToString(),
        ["Input.ReferralDate"] = "2026-01-01",
        ["Input.FullName"] = "Intruder",
        ["Input.Role"] = "Minor",
        ["Input.Version"] = "0",
        ["ResponsibleWorkerId"] = someone.ToString(),
        ["Version"] = "0",
    });
}
