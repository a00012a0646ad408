using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Feedback;

/// <summary>
/// Feedback reports: a worker's own results, a team lead's team, region and organisation comparisons for
/// managers, policy and research. Who may see which level is decided here; the numbers in FeedbackReports.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.FeedbackReports)]
public class ReportModel(ZichtDb db, FeedbackReports reports, FeedbackTexts texts, RequestContext context, IOptions<ZichtOptions> options) : PageModel
{
    public static readonly string[] Instruments = ["parent", "child", "network", "followup"];

    public FeedbackReport Report { get; private set; } = null!;
    public List<(Guid Id, string Name)> Teams { get; private set; } = [];
    public List<(Guid Id, string Name)> Regions { get; private set; } = [];
    public string Instrument { get; private set; } = "parent";
    public ReportLevel Level { get; private set; }
    public Guid? Group { get; private set; }
    public bool SeesWide => User.Allows(Policies.FeedbackAcrossTeams);

    /// <summary>Open answers of the team the user leads that wait to be read and released.</summary>
    public int PendingTexts { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? instrument, ReportLevel? level, Guid? group, CancellationToken ct)
    {
        Instrument = Instruments.Contains(instrument) ? instrument! : "parent";
        Level = level ?? ReportLevel.Worker;
        var leads = context.Scope.LeadTeamIds;
        Teams = await Kernel.TeamLabels.OrderedAsync(db, db.Teams.Where(t => SeesWide || leads.Contains(t.Id)), ct);
        Regions = SeesWide ? await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new ValueTuple<Guid, string>(r.Id, r.Name)).ToListAsync(ct) : [];
        Group = Level switch
        {
            ReportLevel.Worker => context.StaffId,
            ReportLevel.Team => group ?? Teams.Select(t => (Guid?)t.Id).FirstOrDefault(),
            ReportLevel.Region => group ?? Regions.Select(r => (Guid?)r.Id).FirstOrDefault(),
            _ => null,
        };
        var allowed = Level switch
        {
            ReportLevel.Worker => context.StaffId is not null,
            ReportLevel.Team => Group is { } t && Teams.Any(x => x.Id == t),
            ReportLevel.Region => SeesWide && Group is { } r && Regions.Any(x => x.Id == r),
            _ => SeesWide,
        };
        if (!allowed)
        {
            // Another team's feedback does not exist for this user.
            return NotFound();
        }
        Report = await reports.BuildAsync(Instrument, Level, Group, options.Value.MinimumGroupSize, ct);
        if (Level == ReportLevel.Team && Group is { } team && context.Scope.LeadTeamIds.Contains(team))
        {
            PendingTexts = (await texts.PendingAsync(team, options.Value.MinimumGroupSize, ct)).Count;
        }
        db.RecordAudit(AuditActions.Read, "FeedbackReport", $"{Instrument}/{Level}/{Group}", null);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
