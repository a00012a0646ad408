namespace Zicht.Infrastructure.Web;

/// <summary>
/// The one place where feature folders plug in services and endpoints, so WebSetup stays small.
/// Each feature adds one line to each method.
/// </summary>
internal static class FeatureRegistry
{
    public static void AddFeatureServices(WebApplicationBuilder builder)
    {
        Features.Casework.CaseworkSetup.AddCasework(builder);
        Zicht.Features.Surveys.SurveysSetup.AddServices(builder);
        Features.Dashboard.DashboardSetup.AddServices(builder);
        Features.CaseAudits.CaseAuditsSetup.AddServices(builder);
    }

    public static void UseFeatures(WebApplication app)
    {
        Zicht.Features.Surveys.SurveysSetup.Use(app);
    }
}
