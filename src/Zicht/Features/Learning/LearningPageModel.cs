using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Learning;

/// <summary>What every learning page needs, injected as one.</summary>
public sealed record LearningServices(ZichtDb Db, RequestContext Context, CaseAccess Access, IStringLocalizer<SharedText> T, TimeProvider Clock);

public abstract class LearningPageModel(LearningServices services) : PageModel
{
    protected ZichtDb Db => services.Db;
    protected CaseAccess Access => services.Access;
    protected IStringLocalizer<SharedText> T => services.T;
    private LearningViewer? _viewer;
    public LearningViewer Viewer => _viewer ??= LearningViewer.Of(services.Context);
    public DateOnly Today => DateOnly.FromDateTime(services.Clock.GetLocalNow().DateTime);
}

internal sealed class LearningFeature : Zicht.Infrastructure.IFeature
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<LearningServices>();
}
