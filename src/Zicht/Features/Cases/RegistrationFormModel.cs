using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>Shared by the pages that edit a case's registration: the form input and team choices.</summary>
public abstract class RegistrationFormModel(ZichtDb db, RequestContext context) : PageModel
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public List<SelectListItem> TeamChoices { get; private set; } = [];

    protected ZichtDb Db => db;
    protected RequestContext Actor => context;

    /// <summary>A case can be filed only under a team the actor belongs to (or the case's current team).</summary>
    protected async Task LoadTeamChoicesAsync(Guid? currentTeam)
    {
        var allowed = context.Scope.TeamIds.Append(currentTeam ?? Guid.Empty).ToList();
        TeamChoices = await db.Teams.AsNoTracking().Where(t => allowed.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name + " (" + t.Service!.Code + ")", t.Id.ToString())).ToListAsync();
    }

    protected async Task<Guid?> ServiceOfAllowedTeamAsync(Guid teamId, Guid? currentTeam)
    {
        if (!context.Scope.TeamIds.Contains(teamId) && teamId != currentTeam)
        {
            return null;
        }
        return await db.Teams.Where(t => t.Id == teamId).Select(t => (Guid?)t.ServiceId).FirstOrDefaultAsync();
    }

    /// <summary>Taken by another case, or by an imported historical trajectory of the organisation.</summary>
    protected async Task<bool> ReferenceTakenAsync(Guid organisationId, string reference, Guid? except)
    {
        var trimmed = reference.Trim();
        return await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.OrganisationId == organisationId && c.Reference == trimmed && c.Id != except)
            || await db.Set<Trajectory>().AnyAsync(t => t.OrganisationId == organisationId && t.CaseRef == trimmed && (except == null || t.CaseId != except));
    }

}
