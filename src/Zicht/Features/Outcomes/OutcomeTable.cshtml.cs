using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Outcomes;

/// <summary>An indicator with the figure read for it.</summary>
public sealed record OutcomeCell(OutcomeIndicator Indicator, FigureReading Reading);

/// <summary>
/// The outcome table for the viewer's organisation, one of its regions or teams, over a period: every
/// figure as an aggregate-only viewer sees it, whoever looks (one publication for every reader). The
/// period is widened to whole quarters, as the dashboards do for aggregate-only viewers.
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public class OutcomeTableModel(ZichtDb db, RequestContext context, OutcomeFigures figures, IOptions<ZichtOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public List<OutcomeCell> Cells { get; private set; } = [];
    public OutcomeTree Tree { get; private set; } = null!;
    public OutcomeQuery Query { get; private set; } = null!;
    public string Organisation => Tree.Organisation.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await OutcomeTable.EnsureAsync(db, ct);
        Tree = await OutcomeTree.LoadAsync(db, await OrganisationOfAsync(db, context, ct), ct);
        var period = new FigureFilter { From = Quarters.Start(Date(From)), To = Quarters.End(Date(To)) };
        Query = new OutcomeQuery(Tree, Tree.Find(Scope), period, options.Value.MinimumGroupSize, figures.Today());
        var indicators = await db.Set<OutcomeIndicator>().AsNoTracking().OrderBy(i => i.Position).ToListAsync(ct);
        foreach (var indicator in indicators)
        {
            Cells.Add(new(indicator, await figures.ReadAsync(indicator.FigureCode, Query, ct)));
        }
        return Page();
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, Trajectories.TrajectoryFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The signed-in person's organisation; the division for someone without one.</summary>
    public static async Task<Guid> OrganisationOfAsync(ZichtDb db, RequestContext context, CancellationToken ct) =>
        await db.Users.Where(u => u.Id == context.StaffId).Select(u => (Guid?)u.OrganisationId).FirstOrDefaultAsync(ct)
        ?? await db.Organisations.Where(o => o.Kind == Kernel.OrganisationKind.Division).Select(o => o.Id).FirstAsync(ct);

    /// <summary>The period as read: "whole period", or its first and last day (after widening to quarters).</summary>
    public static string PeriodText(IStringLocalizer t, FigureFilter period) => (period.From, period.To) switch
    {
        (null, null) => t["every period"],
        ({ } from, null) => t["from {0}", from.ToString("d", CultureInfo.CurrentCulture)],
        (null, { } to) => t["up to {0}", to.ToString("d", CultureInfo.CurrentCulture)],
        ({ } from, { } to) => t["{0} to {1}", from.ToString("d", CultureInfo.CurrentCulture), to.ToString("d", CultureInfo.CurrentCulture)],
    };

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
