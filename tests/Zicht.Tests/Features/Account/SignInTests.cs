using System.Net;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Account;

public class SignInTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_wrong_password_says_so_without_telling_whether_the_user_exists()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = app.NewClient();

        var wrong = await client.SubmitAsync("/aanmelden", new Dictionary<string, string> { ["Input.UserName"] = worker.UserName!, ["Input.Password"] = "Verkeerd-123456" });
        var unknown = await client.SubmitAsync("/aanmelden", new Dictionary<string, string> { ["Input.UserName"] = "bestaat-niet", ["Input.Password"] = "Verkeerd-123456" });

        Assert.Contains("Gebruikersnaam of wachtwoord is niet juist, of het account is 15 minuten geblokkeerd", await wrong.TextAsync());
        Assert.Contains("Gebruikersnaam of wachtwoord is niet juist, of het account is 15 minuten geblokkeerd", await unknown.TextAsync());
    }

    [Fact]
    public async Task Ten_failed_attempts_lock_the_account_even_for_the_right_password()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = app.NewClient();
        for (var i = 0; i < 10; i++)
        {
            await client.SubmitAsync("/aanmelden", new Dictionary<string, string> { ["Input.UserName"] = worker.UserName!, ["Input.Password"] = "Verkeerd-123456" });
        }

        var right = await client.SubmitAsync("/aanmelden", new Dictionary<string, string> { ["Input.UserName"] = worker.UserName!, ["Input.Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("15 minuten geblokkeerd", await right.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dossiers")).StatusCode);
    }

    [Fact]
    public async Task The_language_switch_shows_the_app_in_English_and_back()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(worker.UserName!);

        await client.SubmitAsync("/dossiers", new Dictionary<string, string> { ["culture"] = "en-GB" }, "form.lang-switch");
        var english = await (await client.GetAsync("/dossiers")).TextAsync();
        await client.SubmitAsync("/dossiers", new Dictionary<string, string> { ["culture"] = "nl-BE" }, "form.lang-switch");
        var dutch = await (await client.GetAsync("/dossiers")).TextAsync();

        Assert.Contains("Register a case", english);
        Assert.Contains("Dossier registreren", dutch);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(worker.UserName!);

        await client.SubmitAsync("/dossiers", new Dictionary<string, string>(), "form[action='/afmelden']");

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dossiers")).StatusCode);
    }
}
