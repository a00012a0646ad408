using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Admin;

public class AdministrationTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Administrator_adds_a_team_and_a_staff_member_with_a_role_and_team()
    {
        var world = await app.Data.WorldAsync();
        var admin = await app.Data.StaffAsync(world, Roles.Administrator);
        var client = await app.SignedInAsync(admin.UserName!);
        var region = await app.Data.WithDbAsync(db => db.Regions.FirstAsync());
        var teamName = $"Team Mechelen {Guid.NewGuid():N}"[..24];

        var added = await client.SubmitAsync("/beheer", new Dictionary<string, string>
        {
            ["Input.Name"] = teamName,
            ["Input.ParentId"] = world.Ocj.Id.ToString(),
            ["Input.RegionId"] = region.Id.ToString(),
        }, "form[action*='handler=Team']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var teamId = await app.Data.WithDbAsync(db => db.Teams.Where(t => t.Name == teamName).Select(t => t.Id).SingleAsync());

        var userName = $"nieuw{Guid.NewGuid():N}"[..16];
        var created = await client.SubmitAsync("/beheer/medewerkers", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Nieuwe Consulent",
            ["Input.OrganisationId"] = world.Division.Id.ToString(),
            ["Input.Role"] = Roles.Caseworker,
            ["Input.Password"] = "Nieuw-wachtwoord-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var memberPage = created.Headers.Location!.OriginalString;
        await client.SubmitAsync(memberPage, new Dictionary<string, string> { ["TeamIds"] = teamId.ToString(), ["SelectedRoles"] = Roles.Caseworker, ["IsActive"] = "true" });

        var newcomer = app.NewClient();
        await newcomer.SignInAsync(userName, "Nieuw-wachtwoord-1");
        Assert.Equal(HttpStatusCode.OK, (await newcomer.GetAsync("/dossiers/nieuw")).StatusCode);
    }

    [Fact]
    public async Task Administrator_renames_a_team_and_a_stale_rename_is_refused()
    {
        var world = await app.Data.WorldAsync();
        var admin = await app.Data.StaffAsync(world, Roles.Administrator);
        var client = await app.SignedInAsync(admin.UserName!);
        var url = $"/beheer/team/{world.TeamB.Id}";
        var stale = await client.GetPageAsync(url);
        var newName = $"Team {Guid.NewGuid():N}"[..20];

        var renamed = await client.SubmitAsync(url, new Dictionary<string, string> { ["Name"] = newName });
        var overwrite = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = stale.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value,
            ["OriginalName"] = stale.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='OriginalName']")!.Value,
            ["Name"] = "Oude poging",
        }));

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Iemand anders hernoemde dit intussen", await overwrite.TextAsync());
        Assert.Equal(newName, await app.Data.WithDbAsync(db => db.Teams.Where(t => t.Id == world.TeamB.Id).Select(t => t.Name).SingleAsync()));
        Assert.Contains(newName, (await client.GetPageAsync("/beheer")).QuerySelector("#teams + table")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/beheer/team/{Guid.NewGuid()}")).StatusCode);
        var worker = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA, lead: true)).UserName!);
        Assert.NotEqual(HttpStatusCode.OK, (await worker.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_weak_initial_password_is_refused_with_the_rule_next_to_the_field()
    {
        var world = await app.Data.WorldAsync();
        var admin = await app.Data.StaffAsync(world, Roles.Administrator);
        var client = await app.SignedInAsync(admin.UserName!);

        var response = await client.SubmitAsync("/beheer/medewerkers", new Dictionary<string, string>
        {
            ["Input.UserName"] = "zwak",
            ["Input.DisplayName"] = "Zwak",
            ["Input.OrganisationId"] = world.Division.Id.ToString(),
            ["Input.Role"] = Roles.Caseworker,
            ["Input.Password"] = "kort",
        });

        var page = HttpForms.Parse(await response.TextAsync());
        Assert.Contains("minstens 12 tekens", page.QuerySelector("[data-valmsg-for='Input.Password']")!.TextContent);
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.TeamLead)]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task Only_administrators_manage_the_organisation(string role)
    {
        var world = await app.Data.WorldAsync();
        var someone = await app.Data.StaffAsync(world, role, Roles.CaseTeamRoles.Contains(role) ? world.TeamA : null);
        var client = await app.SignedInAsync(someone.UserName!);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/beheer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/beheer/medewerkers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/beheer/medewerkers/{someone.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_cannot_read_case_content()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var admin = await app.Data.StaffAsync(world, Roles.Administrator);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(admin.UserName!);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/dossiers/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dossiers")).StatusCode);
    }
}
