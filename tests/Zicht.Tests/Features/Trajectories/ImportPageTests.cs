using System.Net;
using System.Text;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Trajectories;

public class ImportPageTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, bool createMissing)
    {
        var page = await client.GetPageAsync("/trajecten/import");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "trajecten.csv" },
        };
        if (createMissing)
        {
            form.Add(new StringContent("true"), "CreateMissing");
        }
        return await client.PostAsync("/trajecten/import", form);
    }

    [Fact]
    public async Task A_data_steward_sees_every_bad_row_then_imports_the_fixed_file()
    {
        var world = await app.Data.WorldAsync();
        var steward = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.DataSteward)).UserName!);
        var good = $"case_ref,organisation,service,region,team,opened_on\nX-1,{world.Division.Code},OCJ,Antwerpen,{world.TeamA.Name},2023-02-01\n";
        var bad = good + $"X-2,{world.Division.Code},OCJ,Antwerpen,{world.TeamA.Name},2023-02-30\n";

        var rejected = await UploadAsync(steward, bad, false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        var report = HttpForms.Parse(await rejected.TextAsync()).QuerySelector("table.problems tbody")!.TextContent;
        Assert.Contains("3", report);
        Assert.Contains("opened_on", report);
        Assert.Contains("2023-02-30", report);

        var accepted = await UploadAsync(steward, good, false);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("1 nieuw", await accepted.TextAsync());
    }

    [Fact]
    public async Task A_caseworker_may_not_import()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA)).UserName!);
        var response = await worker.GetAsync("/trajecten/import");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
