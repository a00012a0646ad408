using System.CommandLine;
using Zicht.Infrastructure;

namespace Zicht.Features.ChildVoice;

/// <summary>The upload store for the child's drawings and documents, and moving old files into it.</summary>
internal sealed class ChildVoiceFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection("Zicht:Uploads"));
        builder.Services.AddScoped<UploadStore>();
    }

    public void AddCommands(RootCommand root) => root.Subcommands.Add(MoveUploadsCommand.Create());
}
