using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Sgog.Register;

/// <summary>The services every register page needs, injected as one.</summary>
public sealed record RegisterServices(ZichtDb Db, SgogAccess Access, RequestContext Context, IStringLocalizer<SharedText> T, TimeProvider Clock);

/// <summary>
/// Base of every page at /sgog and below (a test checks that each one derives from it). The policy admits the
/// role; before any handler runs, <see cref="SgogAccess"/> checks the naming, and anyone not named officer of
/// their provider gets 404, for a GET and a POST alike, exactly like an address that does not exist.
/// </summary>
[Authorize(Policy = Policies.SgogRegister)]
public abstract class RegisterPage(RegisterServices services) : PageModel
{
    protected ZichtDb Db => services.Db;
    protected IStringLocalizer<SharedText> T => services.T;
    protected RegisterServices Services => services;
    protected Guid ProviderId { get; private set; }
    protected Guid StaffId => services.Context.StaffId ?? Guid.Empty;
    public DateOnly Today => DateOnly.FromDateTime(services.Clock.GetLocalNow().DateTime);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await services.Access.ProviderAsync(HttpContext.RequestAborted) is not { } provider)
        {
            context.Result = NotFound();
            return;
        }
        ProviderId = provider;
        await next();
    }

    /// <summary>Records that the actor looked at a part of the register that is not one incident (the list, the figures, the framework).</summary>
    protected void RecordRead(string what) => Db.RecordAudit(AuditActions.Read, what, ProviderId.ToString(), caseId: null);

    /// <summary>
    /// Makes the save check and raise the incident's version even when only its people or escalations change,
    /// so two officers' saves of one incident can never both pass.
    /// </summary>
    protected void Guard(SgogIncident incident, int loadedVersion)
    {
        var version = Db.Entry(incident).Property(i => i.Version);
        version.OriginalValue = loadedVersion;
        version.IsModified = true;
    }

    /// <summary>Saves; on a concurrency conflict nothing is written and false is returned (the caller shows the conflict).</summary>
    protected async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            return false;
        }
    }

    protected void AddProblems(IEnumerable<Problem> problems)
    {
        foreach (var p in problems)
        {
            ModelState.AddModelError(p.Field, T[p.Text, p.Args]);
        }
    }

    protected IActionResult Back(string flash, string url)
    {
        TempData["Flash"] = flash;
        return Redirect(url);
    }
}
