using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.ChildVoice;
using Zicht.Features.FamilyView;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Casework;
using Zicht.Tests.Features.ChildVoice;

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

    private static async Task<string> MakeLinkAsync(CaseworkSetup setup, IEnumerable<Guid> release, IEnumerable<Guid> childConsent, IEnumerable<Guid>? childVoice = null)
    {
        var page = await setup.Client.GetPageAsync(setup.Url("gezinsweergave"));
        var token = page.QuerySelector("form[action*='handler=Create'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("forWhom", "mama Sarah"), new("days", "30") };
        fields.AddRange(release.Select(id => new KeyValuePair<string, string>("release", id.ToString())));
        fields.AddRange(childConsent.Select(id => new KeyValuePair<string, string>("childConsent", id.ToString())));
        fields.AddRange((childVoice ?? []).Select(id => new KeyValuePair<string, string>("childVoice", id.ToString())));
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

    [Fact]
    public async Task A_later_rewording_or_removal_does_not_reach_the_family_until_the_worker_releases_again()
    {
        var (setup, ids) = await CaseWithStatementsAsync();
        var danger = ids["We zijn bang dat Lotte gekwetst wordt"];
        var goal = ids["Niet-vrijgegeven-bodemeis"];
        var link = await MakeLinkAsync(setup, [danger, goal], []);

        Assert.Equal(HttpStatusCode.Redirect, (await setup.Client.SubmitAsync(setup.Url($"mapping/uitspraak/{danger}"), new Dictionary<string, string> { ["Statement.Text"] = "Herschreven na de vrijgave" })).StatusCode);
        await app.Data.WithDbAsync(async db =>
        {
            db.Remove(await db.Set<MappingStatement>().IgnoreQueryFilters().SingleAsync(s => s.Id == goal));
            await db.SaveChangesAsync();
        });
        var before = await (await app.NewClient().GetAsync(link)).TextAsync();
        Assert.Contains("We zijn bang dat Lotte gekwetst wordt", before);
        Assert.Contains("Niet-vrijgegeven-bodemeis", before);
        Assert.DoesNotContain("Herschreven na de vrijgave", before);

        var linkId = await app.Data.WithDbAsync(db => db.Set<FamilyViewLink>().IgnoreQueryFilters().Where(l => l.CaseId == setup.Case.Id).Select(l => l.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await setup.Client.SubmitAsync(setup.Url("gezinsweergave"), new Dictionary<string, string> { ["linkId"] = linkId.ToString() }, "form[action*='handler=ReleaseAgain']")).StatusCode);
        var after = await (await app.NewClient().GetAsync(link)).TextAsync();
        Assert.Contains("Herschreven na de vrijgave", after);
        Assert.DoesNotContain("We zijn bang dat Lotte gekwetst wordt", after);
        Assert.DoesNotContain("Niet-vrijgegeven-bodemeis", after);
    }

    [Fact]
    public async Task A_childs_voice_record_appears_only_when_the_child_agreed_to_share_it_and_it_was_released()
    {
        var (setup, ids) = await CaseWithStatementsAsync();
        await ChildVoiceTests.RecordAsync(setup, "Ik droom van een hond bij mama", shared: true);
        await ChildVoiceTests.RecordAsync(setup, "Geheim-van-Lotte", shared: false);
        var records = await app.Data.WithDbAsync(db => db.Set<ChildVoiceRecord>().IgnoreQueryFilters().Where(r => r.CaseId == setup.Case.Id).ToDictionaryAsync(r => r.ChildWords, r => r.Id));
        var offered = await setup.Client.GetPageAsync(setup.Url("gezinsweergave"));
        Assert.NotNull(offered.QuerySelector($"input[name=childVoice][value='{records["Ik droom van een hond bij mama"]}']"));
        Assert.Null(offered.QuerySelector($"input[name=childVoice][value='{records["Geheim-van-Lotte"]}']"));

        // Posting the unshared record's id anyway releases nothing of it.
        var link = await MakeLinkAsync(setup, [ids["We zijn bang dat Lotte gekwetst wordt"]], [], records.Values);
        var page = await (await app.NewClient().GetAsync(link)).TextAsync();
        Assert.Contains("Ik droom van een hond bij mama", page);
        Assert.DoesNotContain("Geheim-van-Lotte", page);

        // The child changes their mind: the released words disappear at once.
        await app.Data.WithDbAsync(async db =>
        {
            (await db.Set<ChildVoiceRecord>().IgnoreQueryFilters().SingleAsync(r => r.Id == records["Ik droom van een hond bij mama"])).SharedWithParents = false;
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("Ik droom van een hond bij mama", await (await app.NewClient().GetAsync(link)).TextAsync());
    }

    [Fact]
    public async Task Another_familys_code_shows_only_that_familys_items()
    {
        var (ours, ourIds) = await CaseWithStatementsAsync();
        var (theirs, theirIds) = await CaseWithStatementsAsync();
        await app.Data.WithDbAsync(async db =>
        {
            (await db.Set<MappingStatement>().IgnoreQueryFilters().SingleAsync(s => s.Id == theirIds["We zijn bang dat Lotte gekwetst wordt"])).Text = "Alleen-voor-het-andere-gezin";
            await db.SaveChangesAsync();
        });
        var ourLink = await MakeLinkAsync(ours, [ourIds["We zijn bang dat Lotte gekwetst wordt"]], []);
        var theirLink = await MakeLinkAsync(theirs, [theirIds["We zijn bang dat Lotte gekwetst wordt"]], []);

        Assert.DoesNotContain("Alleen-voor-het-andere-gezin", await (await app.NewClient().GetAsync(ourLink)).TextAsync());
        var other = await (await app.NewClient().GetAsync(theirLink)).TextAsync();
        Assert.Contains("Alleen-voor-het-andere-gezin", other);
        Assert.DoesNotContain("We zijn bang dat Lotte gekwetst wordt", other);
    }

    [Fact]
    public async Task In_english_the_family_page_speaks_plain_english_with_no_untranslated_keys()
    {
        var (setup, ids) = await CaseWithStatementsAsync();
        await ChildVoiceTests.RecordAsync(setup, "Ik wil een hond", shared: true);
        var record = await app.Data.WithDbAsync(db => db.Set<ChildVoiceRecord>().IgnoreQueryFilters().Where(r => r.CaseId == setup.Case.Id).Select(r => r.Id).SingleAsync());
        var link = await MakeLinkAsync(setup, [ids["We zijn bang dat Lotte gekwetst wordt"]], [], [record]);

        var page = await (await app.NewClient().GetAsync(link + "?culture=en-GB&ui-culture=en-GB")).TextAsync();

        Assert.Contains("What we are worried about", page);
        Assert.Contains("In your child&#x27;s own words", page);
        Assert.Contains("House of worries", page);
        Assert.Contains("Your caseworker", page);
        Assert.DoesNotContain("FamilyView.", page);
        Assert.DoesNotContain("ChildVoicePart.", page);
        Assert.DoesNotContain("Wie je kan bellen", page);
    }
}
