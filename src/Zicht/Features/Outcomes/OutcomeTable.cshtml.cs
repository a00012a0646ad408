using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Outcomes;

/// <summary>An indicator with the figure read for it.</summary>
public sealed record OutcomeCell(OutcomeIndicator Indicator, FigureReading Reading);

/// <summary>
/// The outcome table for the viewer's organisation: every figure as an aggregate-only viewer sees it,
/// whoever looks (the table is one organisation-wide summary, so it is the same for everyone).
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public class OutcomeTableModel(ZichtDb db, RequestContext context, OutcomeFigures figures, IOptions<ZichtOptions> options) : PageModel
{
    public List<OutcomeCell> Cells { get; private set; } = [];
    public string Organisation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await OutcomeTable.EnsureAsync(db, ct);
        var organisationId = await OrganisationOfAsync(db, context, ct);
        Organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";
        var indicators = await db.Set<OutcomeIndicator>().AsNoTracking().OrderBy(i => i.Position).ToListAsync(ct);
        foreach (var indicator in indicators)
        {
            Cells.Add(new(indicator, await figures.ReadAsync(indicator.FigureCode, organisationId, options.Value.MinimumGroupSize, ct)));
        }
        return Page();
    }

    /// <summary>The signed-in person's organisation; the division for someone without one.</summary>
    public static async Task<Guid> OrganisationOfAsync(ZichtDb db, RequestContext context, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == context.StaffId).Select(u => (Guid?)u.OrganisationId).FirstOrDefaultAsync(ct)
        ?? await db.Organisations.Where(o => o.Kind == Kernel.OrganisationKind.Division).Select(o => o.Id).FirstAsync(ct);

    /// <summary>A figure code in words: its family's text with the item or indicator it reads.</summary>
    public static string Describe(IStringLocalizer t, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return t["No figure bound"];
        }
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        var (family, argument) = colon < 0 ? (code, "") : (code[..colon], code[(colon + 1)..]);
        var what = family is "breadth" or "median_months" or "cif_12m"
            ? (argument == SurvivalDefinition.Trajectory ? t["Closure of the trajectory"].Value : Dashboard.TextKeys.IndicatorLabel(t, argument))
            : argument;
        return t[OutcomeTexts.Figure(family), what];
    }
}
