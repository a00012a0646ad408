using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.QuestionBank;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.QuestionBank;

/// <summary>Wish 10: example questions and good practices beside each tool, kept as data by practice leads.</summary>
public class QuestionBankTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_caseworker_finds_example_questions_beside_the_mapping_and_the_harm_matrix()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var page = await s.Client.GetPageAsync(s.Url("mapping"));

        var panels = page.QuerySelectorAll("aside.example-questions");
        Assert.Equal(2, panels.Length);
        Assert.Contains("Wat was het eerste, het ergste en het laatste incident?", panels[1].TextContent);
        Assert.Contains("Voorbeeldvragen en goede praktijken", panels[0].TextContent);
    }

    [Fact]
    public async Task A_practice_lead_adds_an_example_that_shows_beside_the_scales_and_a_caseworker_may_not_add_one()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.RegionalStaff)).UserName!);

        var added = await lead.SubmitAsync("/voorbeeldvragen", new Dictionary<string, string>
        {
            ["Form.Context"] = "scaling",
            ["Form.Kind"] = "scaling",
            ["Form.Text"] = "Wat zou er nodig zijn om een halve punt hoger te scoren?",
        }, "main section[aria-labelledby='add-example'] form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Wat zou er nodig zijn om een halve punt hoger te scoren?", (await s.Client.GetPageAsync(s.Url("schalen"))).QuerySelector("aside.example-questions")!.TextContent);

        var refused = await VoicesPost(s.Client);
        Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest });
        Assert.Equal(1, await app.Data.WithDbAsync(db => db.Set<ExampleQuestion>().CountAsync(q => q.Text.StartsWith("Wat zou er nodig zijn"))));
    }

    private static async Task<HttpResponseMessage> VoicesPost(HttpClient client)
    {
        var page = await client.GetPageAsync("/voorbeeldvragen");
        Assert.Null(page.QuerySelector("section[aria-labelledby='add-example']"));
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='__RequestVerificationToken']")?.Value;
        var fields = new List<KeyValuePair<string, string>> { new("Form.Context", "scaling"), new("Form.Kind", "scaling"), new("Form.Text", "Wat zou er nodig zijn: niet toegelaten") };
        if (token is not null)
        {
            fields.Add(new("__RequestVerificationToken", token));
        }
        return await client.PostAsync("/voorbeeldvragen", new FormUrlEncodedContent(fields));
    }
}
