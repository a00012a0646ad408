using System.CommandLine;
using Zicht.Infrastructure;

namespace Zicht.Features.CaseAudits;

/// <summary>Plugs the case audit into the app (services) and the command line (exports).</summary>
internal sealed class CaseAuditsFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditTemplateStore>();
        builder.Services.AddScoped<AuditFigures>();
        builder.Services.AddScoped<AuditServices>();
    }

    public void AddCommands(RootCommand root) => AuditExportCommands.AddTo(root);
}
