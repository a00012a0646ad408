using System.CommandLine;

namespace Zicht.Features.CaseAudits;

/// <summary>Plugs the case audit into the app (services) and the command line (exports).</summary>
internal static class CaseAuditsSetup
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditTemplateStore>();
        builder.Services.AddScoped<AuditFigures>();
        builder.Services.AddScoped<AuditServices>();
    }

    public static void AddCommands(RootCommand root) => AuditExportCommands.AddTo(root);
}
