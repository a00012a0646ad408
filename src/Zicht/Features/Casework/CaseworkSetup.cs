using Zicht.Features.CaseReports;
using Zicht.Features.ChildVoice;
using Zicht.Features.PracticeSteps;

namespace Zicht.Features.Casework;

/// <summary>Services of the casework features (registered by FeatureRegistry in one line).</summary>
public static class CaseworkSetup
{
    public static void AddCasework(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CaseTrajectorySync>();
        builder.Services.AddScoped<CaseworkServices>();
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection("Zicht:Uploads"));
        builder.Services.AddSingleton<UploadStore>();
        builder.Services.Configure<PdfOptions>(builder.Configuration.GetSection("Zicht:Pdf"));
        builder.Services.AddSingleton<PdfPrinter>();
    }
}
