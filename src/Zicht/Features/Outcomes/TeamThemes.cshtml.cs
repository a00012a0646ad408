using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Outcomes;

/// <summary>
/// A team chooses its growth themes for a year and writes dated reflections on them. Only members of
/// the team (its lead included) may; everyone reads them on the plan. Another team's choice is not found.
/// </summary>
[Authorize(Policy = Policies.ImplementationPlan)]
public class TeamThemesModel(ZichtDb db, RequestContext context, TimeProvider clock) : PageModel
{
    public sealed class ChoiceInput
    {
        public Guid TeamId { get; set; }
        public int Year { get; set; }
        public Guid ThemeId { get; set; }
        [StringLength(2000)]
        public string? IntendedActions { get; set; }
    }

    public sealed class ReflectionInput
    {
        public Guid ChoiceId { get; set; }
        [Required(ErrorMessage = "Write the reflection."), StringLength(4000)]
        public string Text { get; set; } = "";
    }

    [BindProperty]
    public ChoiceInput Choice { get; set; } = new();

    [BindProperty]
    public ReflectionInput Reflection { get; set; } = new();

    public List<(Guid Id, string Name)> MyTeams { get; private set; } = [];
    public List<GrowthTheme> Themes { get; private set; } = [];
    public List<TeamThemeChoice> Choices { get; private set; } = [];
    public int ThisYear => clock.GetLocalNow().Year;

    private List<Guid> TeamIds => [.. context.Scope.TeamIds.Union(context.Scope.LeadTeamIds)];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ids = TeamIds;
        MyTeams = [.. (await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            .OrderBy(t => t.Name).Select(t => (t.Id, t.Name))];
        Themes = await db.Set<GrowthTheme>().AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(ct);
        Choices = await db.Set<TeamThemeChoice>().AsNoTracking().Include(c => c.Reflections)
            .Where(c => ids.Contains(c.TeamId)).OrderByDescending(c => c.Year).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostChooseAsync(CancellationToken ct)
    {
        if (!TeamIds.Contains(Choice.TeamId) || !await db.Set<GrowthTheme>().AnyAsync(t => t.Id == Choice.ThemeId, ct)
            || Choice.Year < 2015 || Choice.Year > ThisYear + 1)
        {
            return NotFound();
        }
        if (!await db.Set<TeamThemeChoice>().AnyAsync(c => c.TeamId == Choice.TeamId && c.Year == Choice.Year && c.GrowthThemeId == Choice.ThemeId, ct))
        {
            db.Add(new TeamThemeChoice
            {
                TeamId = Choice.TeamId,
                Year = Choice.Year,
                GrowthThemeId = Choice.ThemeId,
                IntendedActions = string.IsNullOrWhiteSpace(Choice.IntendedActions) ? null : Choice.IntendedActions.Trim(),
            });
            await db.SaveChangesAsync(ct);
        }
        return Redirect("/implementatieplan/team");
    }

    public async Task<IActionResult> OnPostReflectAsync(CancellationToken ct)
    {
        var ids = TeamIds;
        var choice = await db.Set<TeamThemeChoice>().FirstOrDefaultAsync(c => c.Id == Reflection.ChoiceId && ids.Contains(c.TeamId), ct);
        if (choice is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Reflection.Text) || Reflection.Text.Length > 4000)
        {
            await OnGetAsync(ct);
            return Page();
        }
        db.Add(new ThemeReflection
        {
            ChoiceId = choice.Id,
            Text = Reflection.Text.Trim(),
            Author = context.ActorName,
            WrittenOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
        });
        await db.SaveChangesAsync(ct);
        return Redirect("/implementatieplan/team");
    }
}
