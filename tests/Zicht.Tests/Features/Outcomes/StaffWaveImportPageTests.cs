using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.StaffSurvey;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>An administrator imports a past staff-survey wave through the web page: all or nothing, every bad cell listed.</summary>
public class StaffWaveImportPageTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private const string Url = "/personeelsbevraging/importeren";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string title, string csv)
    {
        var page = await client.GetPageAsync(Url);
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name='__RequestVerificationToken']")!.Value;
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Title" },
            { new StringContent("2021-03-01"), "Opened" },
            { new StringContent("2021-03-31"), "Closed" },
            { file, "Upload", "export.csv" },
        };
        return await client.PostAsync(Url, form);
    }

    [Fact]
    public async Task An_administrator_imports_a_wave_and_a_bad_file_stores_nothing_and_lists_every_bad_cell()
    {
        var world = await app.Data.WorldAsync();
        var admin = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Administrator)).UserName!);

        var bad = await UploadAsync(admin, "Nulmeting fout", "id,bg_role,barometer,colour\n1,1,6,blue\n2,1,11,red\n3,9,x,green\n");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var problems = HttpForms.Parse(await bad.TextAsync()).QuerySelectorAll("ul.problems li").Select(li => li.TextContent).ToList();
        Assert.Contains("line 1: colour: not an item of the staff instrument (see docs/staff-survey-import.md)", problems);
        Assert.Contains(problems, p => p.StartsWith("line 3: barometer: 11 is not on the scale", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("line 4: bg_role: 9 is not on the scale", StringComparison.Ordinal));
        Assert.Contains("line 4: barometer: 'x' is not an answer code (a number, or A1, A2 …)", problems);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<StaffWave>().AnyAsync(w => w.Title == "Nulmeting fout")));

        var good = await UploadAsync(admin, "Nulmeting 2021", "id;bg_role;barometer\n1;A1;6\n2;4;7\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var wave = await app.Data.WithDbAsync(db => db.Set<StaffWave>().SingleAsync(w => w.Title == "Nulmeting 2021"));
        Assert.Equal(2, wave.Participants);
        Assert.NotNull(wave.ClosedAt);
    }

    [Fact]
    public async Task Nobody_but_an_administrator_opens_the_import()
    {
        var world = await app.Data.WorldAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        Assert.Equal(HttpStatusCode.NotFound, (await policy.GetAsync(Url)).StatusCode);
    }
}
