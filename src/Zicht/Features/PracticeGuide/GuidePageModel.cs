using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.PracticeGuide;

/// <summary>What the guide's pages need, injected as one.</summary>
public sealed record GuideServices(ZichtDb Db, RequestContext Context, IStringLocalizer<SharedText> T, TimeProvider Clock);

public abstract class GuidePageModel(GuideServices services) : PageModel
{
    protected ZichtDb Db => services.Db;
    protected IStringLocalizer<SharedText> T => services.T;
    protected RequestContext Context => services.Context;
    public DateOnly Today => DateOnly.FromDateTime(services.Clock.GetLocalNow().DateTime);
}

internal sealed class PracticeGuideFeature : Zicht.Infrastructure.IFeature
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<GuideServices>();
}
