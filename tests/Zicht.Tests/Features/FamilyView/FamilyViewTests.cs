using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.FamilyView;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.FamilyView;

public class FamilyViewTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private async Task<(CaseworkSetup Setup, Dictionary<string, Guid> Ids)> CaseWithStatementsAsync()
    {
        var setup = await CaseworkSetup.CreateAsync(app);
        var statements = new[]
        {
            new MappingStatement { CaseId = setup.Case.Id, Section = MappingSection.DangerStatement, Text = "We zijn bang dat Lotte gekwetst wordt", SaidBy = Speaker.Worker },
            new MappingStatement { CaseId = setup.Case.Id, Section = MappingSection.SafetyGoal, Text = "Ik wil dat papa niet meer roept", SaidBy = Speaker.Child },
            new MappingStatement { CaseId = setup.Case.Id, Section = MappingSection.NextStep, Text = "Ik wil bij oma slapen op vrijdag", SaidBy = Speaker.Child },
            new MappingStatement { CaseId = setup.Case.Id, Section = MappingSection.BottomLine, Text = "Niet-vrijgegeven-bodemeis", SaidBy = Speaker.Worker },
        };
        await app.Data.WithDbAsync(async db =>
        {
            db.AddRange(statements);
            await db.SaveChangesAsync();
        });
        return (setup, statements.ToDictionary(s => s.Text, s => s.Id));
    }

    private static async Task<string> MakeLinkAsync(CaseworkSetup setup, IEnumerable<Guid> release, IEnumerable<Guid> childConsent)
    {
        var page = await setup.Client.GetPageAsync(setup.Url("gezinsweergave"));
        var token = page.QuerySelector("form[action*='handler=Create'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("forWhom", "mama Sarah"), new("days", "30") };
        fields.AddRange(release.Select(id => new KeyValuePair<string, string>("release", id.ToString())));
        fields.AddRange(childConsent.Select(id => new KeyValuePair<string, string>("childConsent", id.ToString())));
        var response = await setup.Client.PostAsync(setup.Url("gezinsweergave") + "?handler=Create", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = await setup.Client.GetPageAsync(setup.Url("gezinsweergave"));
        return new Uri(shown.QuerySelector("[data-family-link]")!.GetAttribute("href")!).PathAndQuery;
    }

    [Fact]
    public async Task Parents_see_only_released_items_and_a_childs_words_only_with_the_childs_consent()
    {
        var (setup, ids) = await CaseWithStatementsAsync();
        var link = await MakeLinkAsync(setup,
            [ids["We zijn bang dat Lotte gekwetst wordt"], ids["Ik wil dat papa niet meer roept"], ids["Ik wil bij oma slapen op vrijdag"]],
            [ids["Ik wil bij oma slapen op vrijdag"]]);

        var page = await (await app.NewClient().GetAsync(link)).TextAsync();

        Assert.Contains("We zijn bang dat Lotte gekwetst wordt", page);
        Assert.Contains("Ik wil bij oma slapen op vrijdag", page);
        Assert.DoesNotContain("Ik wil dat papa niet meer roept", page);
        Assert.DoesNotContain("Niet-vrijgegeven-bodemeis", page);
        Assert.DoesNotContain(setup.Case.Reference, page);
        Assert.Contains("Waar we ons zorgen over maken", page);
    }

    [Fact]
    public async Task Every_view_is_audited()
    {
        var (setup, ids) = await CaseWithStatementsAsync();
        var link = await MakeLinkAsync(setup, [ids["We zijn bang dat Lotte gekwetst wordt"]], []);
        var parent = app.NewClient();
        await parent.GetAsync(link);
        await parent.GetAsync(link);

        var views = await app.Data.WithDbAsync(db => db.AuditTrail.AsNoTracking()
            .Where(a => a.CaseId == setup.Case.Id && a.EntityType == nameof(FamilyViewLink) && a.Action == AuditActions.Read).ToListAsync());
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.StartsWith("gezinsweergave: mama Sarah", v.ActorName));
    }

    [Fact]
    public async Task A_revoked_or_expired_link_shows_nothing()
    {
        var (setup, ids) = await CaseWithStatementsAsync();
        var revoked = await MakeLinkAsync(setup, [ids["We zijn bang dat Lotte gekwetst wordt"]], []);
        var linkId = await app.Data.WithDbAsync(db => db.Set<FamilyViewLink>().IgnoreQueryFilters().Where(l => l.CaseId == setup.Case.Id).Select(l => l.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().GetAsync(revoked)).StatusCode);
        await setup.Client.SubmitAsync(setup.Url("gezinsweergave"), new Dictionary<string, string> { ["linkId"] = linkId.ToString() }, "form[action*='handler=Revoke']");
        var gone = await app.NewClient().GetAsync(revoked);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain("We zijn bang", await gone.TextAsync());

        var expired = await MakeLinkAsync(setup, [ids["We zijn bang dat Lotte gekwetst wordt"]], []);
        await app.Data.WithDbAsync(async db =>
        {
            foreach (var l in await db.Set<FamilyViewLink>().IgnoreQueryFilters().Where(l => l.CaseId == setup.Case.Id && l.RevokedAt == null).ToListAsync())
            {
                l.ExpiresAt = DateTime.UtcNow.AddMinutes(-1);
            }
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync(expired)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync("/gezin/" + new string('a', 43))).StatusCode);
    }

    [Fact]
    public async Task A_worker_of_another_team_cannot_make_or_see_links()
    {
        var (setup, _) = await CaseWithStatementsAsync();
        var outsider = await app.Data.StaffAsync(setup.World, Roles.Caseworker, setup.World.TeamB);
        var client = await app.SignedInAsync(outsider.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(setup.Url("gezinsweergave"))).StatusCode);
    }
}
