using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Tests.Features.Account;

/// <summary>Bad tokens and crafted return addresses get a clear answer, never a 500; HTTPS gets HSTS and Secure cookies.</summary>
public class EdgeTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task The_language_switch_without_a_token_is_a_400_with_the_security_headers()
    {
        var response = await app.NewClient().PostAsync("/taal", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en-GB" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Headers.Contains("X-Content-Type-Options"));
        Assert.True(response.Headers.Contains("Content-Security-Policy") || response.Content.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/%0d%0aSet-Cookie:x=y")]
    public async Task A_crafted_return_address_goes_to_the_start_page(string returnUrl)
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(worker.UserName!);

        var response = await client.SubmitAsync("/dossiers", new Dictionary<string, string> { ["culture"] = "en-GB", ["returnUrl"] = returnUrl }, "form.lang-switch");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.True(location is "/" || location.StartsWith("/%", StringComparison.Ordinal), location);
    }

    [Theory]
    [InlineData("/dossiers?x=1", true)]
    [InlineData("/", true)]
    [InlineData("//evil", false)]
    [InlineData("/\\evil", false)]
    [InlineData("http://evil", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_plain_local_paths_count_as_local(string? url, bool local) => Assert.Equal(local, LocalisationSetup.IsPlainLocal(url));

    [Fact]
    public async Task Over_https_the_answer_carries_hsts_and_every_cookie_is_secure()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://zicht.example"), AllowAutoRedirect = false });

        var page = await client.GetAsync("/aanmelden");

        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
