using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Surveys;

/// <summary>An administrator revises an instrument in the browser: download, edit, upload; a bad file stores nothing.</summary>
public class InstrumentAdminTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string json)
    {
        var page = await client.GetPageAsync("/beheer/instrumenten");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector<IHtmlInputElement>("main form input[name='__RequestVerificationToken']")!.Value), "__RequestVerificationToken" },
        };
        var file = new StringContent(json);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "parent.json");
        return await client.PostAsync("/beheer/instrumenten", form);
    }

    [Fact]
    public async Task A_revised_parent_survey_becomes_the_version_in_use_and_the_old_one_is_kept()
    {
        var world = await app.Data.WorldAsync();
        var admin = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Administrator)).UserName!);
        var download = await admin.GetAsync("/beheer/instrumenten?handler=Download&key=parent");
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        var json = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        var version = json["version"]!.GetValue<int>();

        var sameVersion = await UploadAsync(admin, json.ToJsonString());
        Assert.Contains("Er werd niets bewaard", await sameVersion.TextAsync());
        var broken = await UploadAsync(admin, "{ \"key\": \"parent\", ");
        Assert.Contains("Er werd niets bewaard", await broken.TextAsync());

        json["version"] = version + 1;
        json["sections"]![0]!["items"]![0]!["text"]!["nl"] = "Mijn consulent luistert echt naar mij.";
        var revised = await UploadAsync(admin, json.ToJsonString());

        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        var (_, current) = await app.Data.WithDbAsync(db => new InstrumentStore(db).CurrentAsync("parent"));
        Assert.Equal(version + 1, current.Version);
        Assert.Equal("Mijn consulent luistert echt naar mij.", current.Sections[0].Items[0].Text.Nl);
        Assert.Equal(2, await app.Data.WithDbAsync(db => db.Set<InstrumentVersion>().CountAsync(v => v.Key == "parent")));
        var row = (await admin.GetPageAsync("/beheer/instrumenten")).QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "parent");
        Assert.Equal((version + 1).ToString(), row.QuerySelectorAll("td")[1].TextContent);
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.PrivacyOfficer)]
    public async Task Only_administrators_see_or_change_instruments(string role)
    {
        var world = await app.Data.WorldAsync();
        var client = await app.SignedInAsync((await app.Data.StaffAsync(world, role, world.TeamA)).UserName!);

        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/beheer/instrumenten")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/beheer/instrumenten?handler=Download&key=parent")).StatusCode);
    }
}
