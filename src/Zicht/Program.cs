using Zicht.Infrastructure.Cli;
using Zicht.Infrastructure.Web;

// One executable: `serve` (the default) runs the web app; other verbs are admin commands
// sharing the same configuration and services. See `zicht --help`.
if (ZichtCli.IsServe(args))
{
    var app = WebSetup.Build(args);
    await WebSetup.PrepareAsync(app);
    await app.RunAsync();
    return 0;
}
return await ZichtCli.RunAsync(args);

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
