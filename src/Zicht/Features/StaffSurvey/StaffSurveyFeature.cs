using Zicht.Infrastructure;

namespace Zicht.Features.StaffSurvey;

/// <summary>The anonymous staff survey: waves, ballot box, results and export.</summary>
internal sealed class StaffSurveyFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StaffBallotBox>();
        builder.Services.AddScoped<StaffResults>();
        builder.Services.AddScoped<StaffWaves>();
        builder.Services.AddScoped<StaffDrafts>();
    }

    public void Use(WebApplication app) => StaffExport.Map(app);
}
