using Zicht.Infrastructure;

namespace Zicht.Features.CaseReports;

/// <summary>The PDF printer of the progress report and the family plan.</summary>
internal sealed class CaseReportsFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.Configure<PdfOptions>(builder.Configuration.GetSection("Zicht:Pdf"));
        builder.Services.AddSingleton<ChromiumRunner>();
        builder.Services.AddScoped<PdfPrinter>();
    }
}
