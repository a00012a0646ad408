using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Account;

/// <summary>An attacker at the sign-in page: learns nothing from words or time, cannot lock a colleague out from one address.</summary>
public class SignInProtectionTests(SignInProtectionTests.GuardedApp app) : IClassFixture<SignInProtectionTests.GuardedApp>
{
    public sealed class GuardedApp : ZichtApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Zicht:SignIn:FailuresPerAddress"] = "4",
            ["Zicht:SignIn:RefusalMilliseconds"] = "300",
            ["Zicht:StaffRequestsPerMinute"] = "5",
        };
    }

    private HttpClient From(string address)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Add(TestConnectionAddress.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> TryAsync(HttpClient client, string name, string password) =>
        client.SubmitAsync("/aanmelden", new Dictionary<string, string> { ["Input.UserName"] = name, ["Input.Password"] = password });

    [Fact]
    public async Task Unknown_and_known_names_get_the_same_words_and_take_at_least_the_same_time()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);

        var clock = Stopwatch.StartNew();
        var known = await (await TryAsync(From("192.0.2.10"), worker.UserName!, "Verkeerd-123456")).TextAsync();
        var knownTime = clock.ElapsedMilliseconds;
        clock.Restart();
        var unknown = await (await TryAsync(From("192.0.2.11"), "Geheim-Wachtwoord-99", "Verkeerd-123456")).TextAsync();
        var unknownTime = clock.ElapsedMilliseconds;

        const string words = "Gebruikersnaam of wachtwoord is niet juist, of het account is 15 minuten geblokkeerd na te veel pogingen.";
        Assert.Contains(words, known);
        Assert.Contains(words, unknown);
        Assert.InRange(knownTime, 300, 5_000);
        Assert.InRange(unknownTime, 300, 5_000);
        var lines = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.Action == AuditActions.SignInFailed).ToListAsync());
        Assert.Contains(lines, l => l.EntityId == worker.Id.ToString() && l.Reason == "wrong password; from 192.0.2.10");
        var probe = Assert.Single(lines, l => l.Reason!.EndsWith("from 192.0.2.11", StringComparison.Ordinal));
        Assert.StartsWith("unknown name Ge… (20 characters, #", probe.Reason);
        Assert.DoesNotContain("Geheim-Wachtwoord", probe.Reason); // a password typed as a name never reaches the trail
    }

    [Fact]
    public async Task One_address_cannot_lock_out_a_colleague_and_other_addresses_still_sign_in()
    {
        var world = await app.Data.WorldAsync();
        var colleague = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var attacker = From("203.0.113.66");
        for (var i = 0; i < 4; i++)
        {
            await TryAsync(attacker, colleague.UserName!, "Verkeerd-123456");
        }

        var throttled = await (await TryAsync(attacker, colleague.UserName!, TestData.Password)).TextAsync();
        var colleagueAtWork = From("192.0.2.20");
        var signedIn = await TryAsync(colleagueAtWork, colleague.UserName!, TestData.Password);

        Assert.Contains("Te veel mislukte aanmeldingen vanaf dit adres", throttled);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleagueAtWork.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_forwarded_address_is_believed_only_from_a_trusted_proxy()
    {
        var direct = From("198.51.100.7");
        direct.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.200");
        var proxied = From("127.0.0.1");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.201");

        await TryAsync(direct, "niemand", "Verkeerd-123456");
        await TryAsync(proxied, "niemand", "Verkeerd-123456");

        var reasons = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.Action == AuditActions.SignInFailed).Select(a => a.Reason!).ToListAsync());
        Assert.Contains(reasons, r => r.EndsWith("from 198.51.100.7", StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.EndsWith("from 203.0.113.200", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.EndsWith("from 203.0.113.201", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_pages_are_limited_per_person_not_per_address()
    {
        var world = await app.Data.WorldAsync();
        var busy = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var neighbour = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var first = await app.SignedInAsync(busy.UserName!);
        var second = await app.SignedInAsync(neighbour.UserName!);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await first.GetAsync("/dossiers")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/dossiers")).StatusCode);
    }
}
