using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseReports;
using Zicht.Features.Casework;
using Zicht.Features.Mapping;
using Zicht.Features.ProcessTeams;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.PracticeGuide;

/// <summary>
/// The six-monthly evaluation report (OCJ, seed 001:6552–6557; practice-system.md §3.13 wish 9): the guiding questions
/// answered from the records (the three columns, the scales, "why are we involved and is it still needed?" with its
/// MaNo focus) and the guide's minimal expectations, the unmet ones first. Generated, never typed twice; on screen
/// and as PDF. Case access and audit as for the other case reports; what the child did not agree to share is left out.
/// </summary>
[PrintableAsPdf]
[Authorize(Policy = Policies.CaseWork)]
public class EvaluationModel(CaseworkServices services) : CaseworkPageModel(services)
{
    public CaseReport Report { get; private set; } = null!;
    public DateOnly From { get; private set; }
    public List<ExpectationCheck> Checks { get; private set; } = [];
    public int? GuideVersion { get; private set; }
    public List<DateOnly> ProcessTeams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, bool pdfFile = false, CancellationToken ct = default)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "EvaluationReport"))
        {
            return NotFound();
        }
        Report = (await CaseReport.BuildAsync(Db, Case, ct)).ForParents();
        From = PeriodStart(Case.ReferralDate, Today);
        var guide = await GuideData.CurrentAsync(Db, ct);
        if (guide is not null && (await GuideData.FactsAsync(Db, [id], asAggregate: false, ct)).TryGetValue(id, out var facts))
        {
            GuideVersion = guide.Number;
            Checks = [.. GuideRules.Checklist(guide, facts).OrderByDescending(c => c.Unmet)];
        }
        ProcessTeams = await Db.Set<ProcessTeamMeeting>().AsNoTracking().Where(m => m.CaseId == id && m.HeldOn >= From).OrderBy(m => m.HeldOn).Select(m => m.HeldOn).ToListAsync(ct);
        Db.RecordAudit(AuditActions.Export, "EvaluationReport", id.ToString(), id);
        await Db.SaveChangesAsync(ct);
        if (pdfFile)
        {
            PrintableAsPdfAttribute.Request(HttpContext, $"evaluatieverslag-{Case.Reference}.pdf");
        }
        return Page();
    }

    /// <summary>The start of the current six-month period, counted in whole half-years from the referral.</summary>
    public static DateOnly PeriodStart(DateOnly referral, DateOnly today)
    {
        var start = referral;
        while (start.AddMonths(6) <= today)
        {
            start = start.AddMonths(6);
        }
        return start;
    }

    public IEnumerable<StatementSnapshot> Column(int column) => Report.Statements.Where(s => MappingStatement.Column(s.Section) == column);
}
