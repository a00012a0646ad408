using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.Demo;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Sgog;

/// <summary>The app in demo mode, so the demo organisation can be seeded in-process.</summary>
public sealed class DemoModeApp : ZichtApp
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Zicht:DemoMode"] = "true" };
}

/// <summary>The demo: Cirkant's named officer sgog@demo with incidents in every state, and the administration administratie@demo.</summary>
public class SgogDemoTests(DemoModeApp app) : IClassFixture<DemoModeApp>
{
    [Fact]
    public async Task The_demo_officer_has_incidents_in_several_states_and_the_administration_has_their_reports()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
            (context.Scope, context.ActorName) = (CaseScope.Everything, "test-demo");
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(12, null, CancellationToken.None);
        }
        var officer = app.NewClient();
        await officer.SignInAsync("sgog@demo", DemoSeeder.Password);
        var administration = app.NewClient();
        await administration.SignInAsync("administratie@demo", DemoSeeder.Password);

        var register = await officer.GetPageAsync("/sgog");
        var states = register.QuerySelectorAll("table.data tbody .tag").Select(t => t.TextContent).ToHashSet();
        Assert.Superset(new HashSet<string> { "Te beslissen", "Niet meldingsplichtig", "Te melden", "Gemeld", "Nota ontvangen", "Gewist" }, states);
        Assert.NotEmpty(register.QuerySelectorAll(".gaps li"));
        Assert.Equal(2, (await administration.GetPageAsync("/administratie/sgog")).QuerySelectorAll("table.data tbody tr").Length);
        var caseworker = app.NewClient();
        await caseworker.SignInAsync("consulent@demo", DemoSeeder.Password);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await caseworker.GetAsync("/sgog")).StatusCode);
    }
}
