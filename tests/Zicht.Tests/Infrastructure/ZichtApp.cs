using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Infrastructure;

/// <summary>
/// Zicht over HTTP on a real, migrated database of its own. One per test class (IClassFixture);
/// tests make their own data through <see cref="TestData"/>. With <see cref="UseRealServer"/> it
/// listens on a free port so a browser can reach it.
/// </summary>
public class ZichtApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public TestData Data { get; private set; } = null!;
    protected virtual bool UseRealServer => false;
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>Set to share another app's database (two instances behind one load balancer).</summary>
    public TestDatabase? SharedDatabase { get; init; }

    public virtual async ValueTask InitializeAsync()
    {
        Database = SharedDatabase ?? await TestDatabase.CreateAsync();
        if (UseRealServer)
        {
            UseKestrel(0);
            StartServer();
        }
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Scope = CaseScope.Everything;
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>());
        await IdentitySetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        Data = new TestData(Services);
    }

    public const string TestAuditKey = "test-audit-key-kept-outside-the-database";

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Zicht", Database.ConnectionString);
        builder.UseSetting("Zicht:PseudonymKey", "test-pseudonym-key");
        builder.UseSetting("Zicht:AuditKey", TestAuditKey);
        // Tests seal unsealed reads themselves (AuditSeal), so line numbers do not change under them.
        builder.UseSetting("Zicht:AuditSealSeconds", "0");
        // Tests copy into the figure mirror when they read (the warm-up would race their own writes for nothing).
        builder.UseSetting("Figures:MirrorWarmUp", "false");
        // Tests sign in hundreds of times; production keeps Identity's default work factor.
        builder.ConfigureLogging(SuiteLog.AddTo);
        builder.ConfigureServices(services =>
        {
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
            services.AddTransient<IStartupFilter, TestConnectionAddress>();
        });
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests check them).</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = NewClient();
        await client.SignInAsync(userName);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (SharedDatabase is null && Database is not null)
        {
            await Database.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same app, listening on a real port for Playwright.</summary>
public sealed class ZichtServer : ZichtApp
{
    protected override bool UseRealServer => true;
}

/// <summary>
/// The in-memory test server has no TCP peer; a test says which address the connection comes from with the
/// X-Test-Connection header (set before anything else runs, as Kestrel would set the peer address).
/// </summary>
internal sealed class TestConnectionAddress : IStartupFilter
{
    public const string Header = "X-Test-Connection";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, then) =>
        {
            http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(http.Request.Headers[Header].FirstOrDefault() ?? "127.0.0.1");
            return then(http);
        });
        next(app);
    };
}
