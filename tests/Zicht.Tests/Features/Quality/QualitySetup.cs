using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Quality;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Quality;

/// <summary>A provider with its quality coordinator signed in, and two departments added through the page.</summary>
public sealed record QualitySetup(ZichtApp App, TestData.World World, StaffUser Coordinator, HttpClient Client, Guid North, Guid South)
{
    private static int _lastYear = 2029;

    /// <summary>A year no other test of this run uses: the sector figures count every provider of a year.</summary>
    public static int FreshYear() => Interlocked.Increment(ref _lastYear);

    public static async Task<QualitySetup> CreateAsync(ZichtApp app)
    {
        var world = await app.Data.WorldAsync();
        var coordinator = await app.Data.StaffAsync(world, Roles.QualityCoordinator, provider: true);
        var client = await app.SignedInAsync(coordinator.UserName!);
        foreach (var (name, workForm) in new[] { ("Leefgroep Noord", "OVBJ"), ("Contextbegeleiding Zuid", "HCA") })
        {
            var added = await client.SubmitAsync("/kwaliteit/afdelingen", new Dictionary<string, string> { ["Name"] = name, ["WorkForm"] = workForm });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        var ids = await app.Data.WithDbAsync(db => db.Set<QualityDepartment>().Where(d => d.OrganisationId == world.Provider.Id).OrderBy(d => d.Name).Select(d => d.Id).ToListAsync());
        return new QualitySetup(app, world, coordinator, client, ids[1], ids[0]);
    }

    public static string ScoreUrl(int year, Guid department) => $"/kwaliteit/zelfevaluatie/{year}/afdeling/{department}";

    /// <summary>Scores every domain of a department: <paramref name="levels"/> by domain order, the rest <paramref name="rest"/>.</summary>
    public Task<HttpResponseMessage> ScoreAsync(int year, Guid department, string rest = "2", params string[] levels) => ScoreAsync(Client, year, department, rest, levels);

    public static Task<HttpResponseMessage> ScoreAsync(HttpClient client, int year, Guid department, string rest, params string[] levels)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < QualityDomainCatalog.Domains.Count; i++)
        {
            values[$"Scores[{i}].Level"] = i < levels.Length ? levels[i] : rest;
            values[$"Scores[{i}].Explanation"] = $"Duiding {QualityDomainCatalog.Domains[i].Code}";
        }
        return client.SubmitAsync(ScoreUrl(year, department), values);
    }

    public async Task SubmittedAsync(int year, string north = "2", string south = "3")
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ScoreAsync(year, North, north)).StatusCode);
        var second = await ScoreAsync(year, South, south);
        Assert.True(second.StatusCode == HttpStatusCode.Redirect, await second.TextAsync());
        var submitted = await Client.SubmitAsync($"/kwaliteit/zelfevaluatie/{year}", new Dictionary<string, string>(), "main form[action*=Submit]");
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.TextAsync());
    }

    /// <summary>Writes the vision and submits the report (the form's second button).</summary>
    public async Task<HttpResponseMessage> SubmitReportAsync(int year, string vision)
    {
        var page = await Client.GetPageAsync($"/kwaliteit/verslag/{year}");
        var form = page.QuerySelector("main form.report-form")!;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Version"] = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!,
            ["Vision"] = vision,
            ["ThemeTitle"] = "Onthaal",
            ["QualityTheme"] = "Het onthaal herbekeken met ouders.",
        };
        return await Client.PostAsync($"/kwaliteit/verslag/{year}?handler=Submit", new FormUrlEncodedContent(fields));
    }
}
