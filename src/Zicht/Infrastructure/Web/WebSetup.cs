using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Infrastructure.Web;

/// <summary>Builds the web app: services, middleware and endpoints. Features register themselves here.</summary>
public static class WebSetup
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        AddServices(builder);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    /// <summary>Services shared by the web app and the command line.</summary>
    public static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddZichtDatabase();
        services.Configure<ZichtOptions>(builder.Configuration.GetSection("Zicht"));
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<Audit.AnchorEveryInterval>();
        services.AddHostedService<Audit.SealEveryInterval>();
        services.AddZichtIdentity(builder.Configuration);
        // Keys in the database: every app instance behind the load balancer reads the same key ring,
        // so a cookie issued by one instance is valid on the other.
        var keyRing = services.AddDataProtection().SetApplicationName("Zicht").PersistKeysToDbContext<ZichtDb>();
        // At rest, the keys are encrypted with a certificate when one is configured (see docs/operations.md).
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            keyRing.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate, builder.Configuration["DataProtection:CertificatePassword"]));
        }
        services.AddZichtLocalisation();
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AllowAnonymousToFolder("/Feedback/Public");
            o.Conventions.AllowAnonymousToPage("/Shared/Error");
            o.Conventions.ConfigureFilter(new NoHandlerIsNotFound());
            o.Conventions.ConfigureFilter(new PendingReadsAreWritten());
        }).AddZichtViewLocalisation();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "zicht.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure whenever served over HTTPS
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddHttpContextAccessor();
        services.AddScoped<CaseAccess>();
        // /health/live: the process answers. /health/ready (and /health): the database answers and has no pending migrations.
        services.AddHealthChecks().AddDbContextCheck<ZichtDb>("database", tags: ["ready"])
            .AddCheck<PendingMigrationsCheck>("migrations", tags: ["ready"]);
        RateLimits.Add(builder);
        Telemetry.Add(builder);
        FeatureRegistry.AddFeatureServices(builder);
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/fout");
        app.UseStatusCodePagesWithReExecute("/fout", "?code={0}");
        app.Use(SecurityHeaders.Add);
        app.UseHsts(); // only on HTTPS requests, never for localhost
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        FeatureRegistry.UseFeatures(app);
        app.MapRazorPages();
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapLanguageSwitch();
    }

    /// <summary>Migrates the database, then lets each feature do its start-up work (the demo seeds an empty local database).</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Scope = CaseScope.Everything;
        scope.ServiceProvider.GetRequiredService<RequestContext>().ActorName = "system:startup";
        var db = scope.ServiceProvider.GetRequiredService<ZichtDb>();
        var options = app.Configuration.GetSection("Zicht").Get<ZichtOptions>() ?? new ZichtOptions();
        if (options.MigrateOnStart)
        {
            await DatabaseSetup.MigrateAsync(db);
        }
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        await IdentitySetup.EnsureRolesAsync(roles);
        await FeatureRegistry.PrepareAsync(app, scope.ServiceProvider, CancellationToken.None);
    }
}

/// <summary>Settings under "Zicht" in appsettings / environment (Zicht__MinimumGroupSize …).</summary>
public sealed class ZichtOptions
{
    /// <summary>Only in this mode (ASPNETCORE_ENVIRONMENT=Local) may demo data be created.</summary>
    public bool DemoMode { get; set; }
    public int DemoCases { get; set; } = 40;
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Aggregates over fewer cases or responses than this are suppressed for aggregate-only users.</summary>
    public int MinimumGroupSize { get; set; } = 5;
}
