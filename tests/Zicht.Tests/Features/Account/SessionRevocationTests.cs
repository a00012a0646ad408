using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Account;

/// <summary>
/// Sessions end with their rights, at the next request: a copied cookie after sign-out, a deactivated
/// account and a removed role. The cookies are handled by hand here, as an attacker holding a copy would.
/// </summary>
public partial class SessionRevocationTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_copied_cookie_stops_working_when_its_owner_signs_out()
    {
        var (worker, _) = await WorkerAsync();
        var cookies = await SignInAsync(worker.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(cookies, "/dossiers")).StatusCode);

        var signOut = await PostFormAsync(cookies, "/", "/afmelden");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replayed = await GetAsync(cookies, "/dossiers");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/aanmelden", replayed.Headers.Location!.ToString().Replace("http://localhost", ""));
    }

    [Fact]
    public async Task A_deactivated_caseworker_is_signed_out_at_the_next_request()
    {
        var (worker, caseId) = await WorkerAsync();
        var cookies = await SignInAsync(worker.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(cookies, $"/dossiers/{caseId}")).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            // What the administration page does: no new stamp is needed, an inactive account fails the check.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByIdAsync(worker.Id.ToString());
            user!.IsActive = false;
            await users.UpdateAsync(user);
        }

        var after = await GetAsync(cookies, $"/dossiers/{caseId}");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.DoesNotContain("dossier", await after.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_removed_caseworker_role_applies_at_the_next_request()
    {
        var (worker, caseId) = await WorkerAsync();
        var cookies = await SignInAsync(worker.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(cookies, $"/dossiers/{caseId}")).StatusCode);

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByIdAsync(worker.Id.ToString());
            await users.RemoveFromRoleAsync(user!, Roles.Caseworker);
            await SessionValidator.EndSessionsAsync(users, user!); // what the administration page does
        }

        Assert.NotEqual(HttpStatusCode.OK, (await GetAsync(cookies, $"/dossiers/{caseId}")).StatusCode);
    }

    private async Task<(StaffUser Worker, Guid CaseId)> WorkerAsync()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        return (worker, c.Id);
    }

    private HttpClient Bare() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<HttpResponseMessage> GetAsync(Dictionary<string, string> cookies, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        Send(request, cookies);
        var response = await Bare().SendAsync(request);
        Keep(cookies, response);
        return response;
    }

    private static void Send(HttpRequestMessage request, Dictionary<string, string> cookies)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }
    }

    /// <summary>Posts the first form on <paramref name="page"/> that goes to <paramref name="action"/>, with its antiforgery token.</summary>
    private async Task<HttpResponseMessage> PostFormAsync(Dictionary<string, string> cookies, string page, string action, Dictionary<string, string>? fields = null)
    {
        var html = await (await GetAsync(cookies, page)).Content.ReadAsStringAsync();
        // The sign-in form posts to its own page (no action attribute); others name their action.
        var opening = page == action ? "<form method=\"post\" novalidate>" : $"<form method=\"post\" action=\"{action}\"";
        var form = Regex.Match(html, Regex.Escape(opening) + "[\\s\\S]*?</form>").Value;
        var token = Token().Match(form).Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }),
        };
        Send(request, cookies);
        var response = await Bare().SendAsync(request);
        Keep(cookies, response);
        return response;
    }

    private async Task<Dictionary<string, string>> SignInAsync(string userName)
    {
        var cookies = new Dictionary<string, string>();
        var response = await PostFormAsync(cookies, "/aanmelden", "/aanmelden",
            new() { ["Input.UserName"] = userName, ["Input.Password"] = TestData.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("zicht.auth", cookies.Keys);
        return cookies;
    }

    private static void Keep(Dictionary<string, string> cookies, HttpResponseMessage response)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0)
            {
                cookies.Remove(pair[0]);
            }
            else
            {
                cookies[pair[0]] = pair[1];
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
