using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

/// <summary>The services every quality page needs, injected as one.</summary>
public sealed record QualityServices(ZichtDb Db, RequestContext Context, IStringLocalizer<SharedText> T, TimeProvider Clock);

/// <summary>
/// Base of the quality coordinator's pages. The coordinator works for one provider organisation (their
/// staff record's); every query goes through <see cref="OrganisationId"/>, so another provider's data
/// cannot be reached by changing a URL. Anyone else, or a coordinator not at a provider, gets 404.
/// </summary>
public abstract class QualityPageModel(QualityServices services) : PageModel
{
    protected ZichtDb Db => services.Db;
    protected IStringLocalizer<SharedText> T => services.T;
    protected QualityServices Services => services;
    public Guid OrganisationId { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public int ThisYear => services.Clock.GetLocalNow().Year;
    public DateTime Now => services.Clock.GetUtcNow().UtcDateTime;

    public string? ErrorOf(string key) => ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    /// <summary>The signed-in coordinator's provider; false means answer 404.</summary>
    protected async Task<bool> OpenOwnAsync(CancellationToken ct)
    {
        if (!User.Allows(Policies.QualitySelfEvaluation) || services.Context.StaffId is not { } staffId)
        {
            return false;
        }
        var organisation = await Db.Users.AsNoTracking().Where(u => u.Id == staffId && u.Organisation!.Kind == OrganisationKind.Provider)
            .Select(u => new { u.OrganisationId, u.Organisation!.Name }).FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            return false;
        }
        (OrganisationId, OrganisationName) = (organisation.OrganisationId, organisation.Name);
        return true;
    }

    protected static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Save; on a concurrency conflict, forget the attempt and tell why (the input stays in the form).</summary>
    protected async Task<bool> SaveAsync(string conflictMessage, CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // A version that moved on, or a unique key another window just took: both are "someone was first".
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("", conflictMessage);
            return false;
        }
    }
}
