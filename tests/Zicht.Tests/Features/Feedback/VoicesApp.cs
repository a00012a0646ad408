using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Feedback;

/// <summary>
/// Zicht over HTTP on its own migrated database (SQLite, or PostgreSQL with ZICHT_TEST_DB=postgres), with a header-based test sign-in (X-Test-Staff,
/// X-Test-Roles) so tests can act as any role without the login form. A stand-in until the shared
/// fixture lands on main; the crash switch lets a test kill a submission mid-transaction.
/// </summary>
public sealed partial class VoicesApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase _database = null!;
    public CrashSwitch Crash { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Scope = CaseScope.Everything;
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(SuiteLog.AddTo);
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:Zicht", _database.ConnectionString);
        builder.UseSetting("Zicht:PseudonymKey", "test-pseudonym-key");
        builder.UseSetting("Zicht:Feedback:PublicRequestsPerMinute", "100000");
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderAuth>(HeaderAuth.Name, _ => { });
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = HeaderAuth.Name;
                o.DefaultAuthenticateScheme = HeaderAuth.Name;
                o.DefaultChallengeScheme = HeaderAuth.Name;
                o.DefaultForbidScheme = HeaderAuth.Name;
            });
            services.ConfigureDbContext<SqliteZichtDb>(o => o.AddInterceptors(Crash));
            services.ConfigureDbContext<PostgresZichtDb>(o => o.AddInterceptors(Crash));
        });
    }

    public HttpClient As(Guid? staffId, params string[] roles)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (staffId is not null)
        {
            client.DefaultRequestHeaders.Add("X-Test-Staff", staffId.ToString());
            client.DefaultRequestHeaders.Add("X-Test-Roles", string.Join(",", roles));
        }
        return client;
    }

    /// <summary>Runs work on the database with full scope, as the CLI would.</summary>
    public async Task<T> DbAsync<T>(Func<ZichtDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.Scope = CaseScope.Everything;
        context.ActorName = "test";
        return await work(scope.ServiceProvider.GetRequiredService<ZichtDb>(), scope.ServiceProvider);
    }

    /// <summary>GETs a page and posts its form with the antiforgery token, plus the given fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenField().Match(html).Groups[1].Value;
        var cookie = page.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]).ToList() : [];
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))),
        };
        if (cookie.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookie));
        }
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class HeaderAuth(IOptionsMonitor<AuthenticationSchemeOptions> o, ILoggerFactory l, UrlEncoder e)
        : AuthenticationHandler<AuthenticationSchemeOptions>(o, l, e)
    {
        public const string Name = "TestHeader";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue("X-Test-Staff", out var staff))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }
            var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, staff!), new(ClaimTypes.Name, "test-" + staff) };
            claims.AddRange(Request.Headers["X-Test-Roles"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Name)), Name)));
        }
    }
}
