using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Mapping;
using Zicht.Features.Trajectories;
using Zicht.Kernel;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.Mapping;

public class MappingTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private const string AddForm = "form[action*='AddStatement']";
    private const string VersionForm = "form[action*='SaveVersion']";

    private static Task<HttpResponseMessage> AddAsync(CaseworkSetup s, MappingSection section, string text, Speaker by = Speaker.Worker) =>
        s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string>
        {
            ["Statement.Section"] = section.ToString(),
            ["Statement.Text"] = text,
            ["Statement.SaidBy"] = by.ToString(),
        }, AddForm);

    [Fact]
    public async Task Worker_adds_statements_under_their_heading_with_who_said_it()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await AddAsync(s, MappingSection.DangerStatement, "Papa slaat als hij gedronken heeft", Speaker.Parent);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await s.Client.GetPageAsync(s.Url("mapping"));
        var item = page.QuerySelectorAll(".statements li").Single();
        Assert.Contains("Papa slaat als hij gedronken heeft", item.TextContent);
        Assert.Contains("Ouder", item.TextContent);
    }

    [Fact]
    public async Task An_empty_statement_is_refused_with_a_message()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await AddAsync(s, MappingSection.PastHarm, "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Schrijf de uitspraak op.", await response.TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.Set<MappingStatement>().AnyAsync(x => x.CaseId == s.Case.Id)));
    }

    [Fact]
    public async Task Saving_versions_freezes_the_mapping_and_shows_what_changed_between_them()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await AddAsync(s, MappingSection.DangerStatement, "Gevaar A");
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["NewVersion.HeldOn"] = "2026-03-05" }, VersionForm);
        await AddAsync(s, MappingSection.SafetyGoal, "Doel B");
        await AddAsync(s, MappingSection.ExistingStrength, "Oma komt elke dag");
        var second = await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string>
        {
            ["NewVersion.HeldOn"] = "2026-03-20",
            ["NewVersion.Participants"] = "Parent",
        }, VersionForm);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var compare = await s.Client.GetPageAsync(s.Url("mapping/vergelijk?van=1&tot=2"));
        var added = compare.QuerySelectorAll(".diff-added li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, added.Count);
        Assert.Contains(added, t => t.Contains("Doel B"));
        Assert.Empty(compare.QuerySelectorAll(".diff-removed li"));

        var trajectory = (await s.TrajectoryAsync(app))!;
        Assert.Equal(new DateOnly(2026, 3, 5), trajectory.StepOn(PracticeStep.InternalMapping));
        Assert.Equal(new DateOnly(2026, 3, 20), trajectory.StepOn(PracticeStep.MappingConversations));
        Assert.Equal(new DateOnly(2026, 3, 20), trajectory.StepOn(PracticeStep.DangerStatementsGoals));
        Assert.Null(trajectory.StepOn(PracticeStep.StrengthsSafety));
    }

    [Fact]
    public async Task A_version_dated_in_the_future_is_refused()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string>
        {
            ["NewVersion.HeldOn"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"),
        }, VersionForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De datum kan niet in de toekomst liggen.", await response.TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.Set<MappingVersion>().AnyAsync(v => v.CaseId == s.Case.Id)));
    }

    [Fact]
    public async Task Harm_matrix_rows_are_added_and_shown()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string>
        {
            ["NewHarm.Harm"] = "Blauwe plekken",
            ["NewHarm.Severity"] = "ernstig",
            ["NewHarm.WorstIncident"] = "januari: ziekenhuis",
        }, "form[action*='AddHarm']");

        var page = await s.Client.GetPageAsync(s.Url("mapping"));
        Assert.Contains("januari: ziekenhuis", page.QuerySelector("#harm-matrix")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task Removing_a_statement_leaves_the_saved_version_untouched_and_a_stale_remove_is_refused()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await AddAsync(s, MappingSection.PastHarm, "Weggehaald");
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["NewVersion.HeldOn"] = "2026-03-05" }, VersionForm);
        var page = await s.Client.GetPageAsync(s.Url("mapping"));
        var remove = page.QuerySelector("button[name='remove']")!.GetAttribute("value")!;

        var removed = await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["remove"] = remove }, "form[action*='RemoveStatement']");
        var again = await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["remove"] = remove }, "form[action*='RemoveStatement']");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Empty((await s.Client.GetPageAsync(s.Url("mapping"))).QuerySelectorAll(".statements li"));
        var frozen = await app.Data.WithDbAsync(db => db.Set<MappingVersion>().AsNoTracking().SingleAsync(v => v.CaseId == s.Case.Id));
        Assert.Equal("Weggehaald", Assert.Single(frozen.Statements()).Text);
    }

    [Fact]
    public async Task A_reworded_statement_shows_as_changed_and_a_stale_edit_gets_a_conflict()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await AddAsync(s, MappingSection.DangerStatement, "Eerste verwoording");
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["NewVersion.HeldOn"] = "2026-03-05" }, VersionForm);
        var edit = (await s.Client.GetPageAsync(s.Url("mapping"))).QuerySelector("a[href*='/mapping/uitspraak/']")!.GetAttribute("href")!;
        var stale = await s.Client.GetPageAsync(edit);
        var staleVersion = stale.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Version']")!.Value;

        var saved = await s.Client.SubmitAsync(edit, new Dictionary<string, string> { ["Statement.Text"] = "Scherpere verwoording" });
        var conflict = await s.Client.SubmitAsync(edit, new Dictionary<string, string> { ["Statement.Text"] = "Te laat", ["Version"] = staleVersion });
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["NewVersion.HeldOn"] = "2026-03-06" }, VersionForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Te laat", await conflict.TextAsync());
        var compare = await s.Client.GetPageAsync(s.Url("mapping/vergelijk?van=1&tot=2"));
        Assert.Contains("Scherpere verwoording", compare.QuerySelector("#changed")!.ParentElement!.TextContent);
        Assert.Contains("Eerste verwoording", compare.QuerySelector("#changed")!.ParentElement!.TextContent);
    }
}
