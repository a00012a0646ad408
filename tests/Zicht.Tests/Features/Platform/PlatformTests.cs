using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Tests.Features.Platform;

public partial class PlatformTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public void Both_migration_sets_match_the_model()
    {
        var sqlite = new SqliteZichtDb(new DbContextOptionsBuilder<SqliteZichtDb>().UseSqlite("Data Source=:memory:").Options, RequestContext.System("test"));
        var postgres = new PostgresZichtDb(new DbContextOptionsBuilder<PostgresZichtDb>().UseNpgsql("Host=localhost").Options, RequestContext.System("test"));

        Assert.False(sqlite.Database.HasPendingModelChanges(), "SQLite migrations are behind the model: run scripts/add-migration.sh");
        Assert.False(postgres.Database.HasPendingModelChanges(), "PostgreSQL migrations are behind the model: run scripts/add-migration.sh");
    }

    [Fact]
    public void Every_text_in_the_code_has_a_Dutch_translation()
    {
        var dutch = JsonStringLocalizerFactory.Load("nl");
        var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Zicht"));
        var missing = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("Migrations", StringComparison.Ordinal))
            .SelectMany(f => TextKeys().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(key => !dutch.ContainsKey(key))
            .Distinct().ToList();

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"(?:\b[Tt]\[""|ErrorMessage = ""|Display\(Name = ""|Localised\.Result\(validationContext, "")((?:[^""\\]|\\.)+)""")]
    private static partial Regex TextKeys();

    [Fact]
    public async Task A_signed_in_user_moves_between_two_app_instances_sharing_one_database()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await using var second = new ZichtApp { SharedDatabase = app.Database };
        await second.InitializeAsync();
        // One browser (one cookie jar), two instances behind a load balancer.
        var browser = new CookieContainer();
        var onFirst = app.CreateDefaultClient(new CookieContainerHandler(browser));
        var onSecond = second.CreateDefaultClient(new CookieContainerHandler(browser));

        await onFirst.SignInAsync(worker.UserName!);
        var response = await onSecond.GetAsync($"/dossiers/{c.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(c.Reference, await response.TextAsync());
    }

    [Fact]
    public async Task Live_and_ready_health_endpoints_answer()
    {
        Assert.Equal("Healthy", await (await app.NewClient().GetAsync("/health/live")).TextAsync());
        Assert.Equal("Healthy", await (await app.NewClient().GetAsync("/health/ready")).TextAsync());
    }

    [Fact]
    public async Task Health_endpoint_reports_the_database()
    {
        var response = await app.NewClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.TextAsync());
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_are_not_cached()
    {
        var response = await app.NewClient().GetAsync("/aanmelden");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Seed_demo_in_local_mode_builds_the_demo_organisation_with_progress()
    {
        await using var local = new ZichtApp();
        await local.InitializeAsync();

        var result = await Audit.ZichtCommand.RunAsync(local, ["seed-demo", "--cases", "12"],
            ("ASPNETCORE_ENVIRONMENT", "Local"), ("Zicht__DemoMode", "true"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Demo cases: 12/12", result.Error);
        Assert.Equal(12, await local.Data.WithDbAsync(db => db.Cases.CountAsync()));
        // Each demo case has its trajectory row, and the provider history of seed 000 is there for the dashboards.
        Assert.Equal(12, await local.Data.WithDbAsync(db => db.Set<Zicht.Features.Trajectories.Trajectory>().CountAsync(t => t.CaseId != null)));
        Assert.Equal(370, await local.Data.WithDbAsync(db => db.Set<Zicht.Features.Trajectories.Trajectory>().CountAsync(t => t.CaseId == null)));
        Assert.True(await local.Data.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "contextbegeleider@demo")));
    }

    [Fact]
    public async Task Demo_data_is_refused_outside_local_mode()
    {
        var result = await Audit.ZichtCommand.RunAsync(app, "seed-demo", "--cases", "3");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("only created in local mode", result.Error);
        Assert.False(await app.Data.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Code == "OSD")));
    }
}
