using System.CommandLine;
using Zicht.Infrastructure;

namespace Zicht.Features.StaffSurvey;

/// <summary>Past staff-survey waves from a survey tool's export (kept apart from the live survey's files).</summary>
internal sealed class BaselineFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<BaselineImport>();

    public void AddCommands(RootCommand root) => BaselineCommand.AddTo(root);
}
