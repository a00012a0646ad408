using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.PracticeSteps;
using Zicht.Features.SafetyPlans;
using Zicht.Features.SafetyScales;
using Zicht.Kernel;

namespace Zicht.Features.CaseReports;

/// <summary>Who will read the output: the audience decides what the child's consent hides.</summary>
public enum ReportAudience { Court, Family }

/// <summary>
/// Everything a printed output shows, gathered once. For any audience the parents may read (the family
/// plan, and the progress report, which parents can read in the court file) the child's words are
/// included only with the child's consent (words, drawings, scale scores), and mapping statements the child made are left out.
/// </summary>
public sealed record CaseReport(
    Case Case,
    List<CasePerson> Minors,
    List<StatementSnapshot> Statements,
    int? MappingVersion,
    DateOnly? MappingHeldOn,
    ScaleTrend Scales,
    List<SafetyScore> Scores,
    SafetyPlan? Plan,
    SafetyPlanVersion? AdultPlan,
    SafetyPlanVersion? ChildPlan,
    List<CasePerson> Network,
    List<NetworkMeeting> Meetings,
    List<ChildVoiceRecord> ChildWords,
    List<CaseUpload> Drawings,
    IReadOnlyDictionary<PracticeStep, StepDate> Steps)
{
    public static async Task<CaseReport> BuildAsync(ZichtDb db, Case c, CancellationToken ct = default)
    {
        var id = c.Id;
        var people = await db.CasePeople.AsNoTracking().Where(p => p.CaseId == id).ToListAsync(ct);
        // The report follows the last saved (agreed) mapping version, not the working draft.
        var version = await db.Set<MappingVersion>().AsNoTracking().Where(v => v.CaseId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var scores = await db.Set<SafetyScore>().AsNoTracking().Where(s => s.CaseId == id).ToListAsync(ct);
        var versions = db.Set<SafetyPlanVersion>().AsNoTracking().Where(v => v.CaseId == id).OrderByDescending(v => v.Number);
        var childVoice = await db.Set<ChildVoiceRecord>().AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.RecordedOn).ToListAsync(ct);
        return new CaseReport(
            c,
            people.Where(p => p.Role == PersonRole.Minor).OrderBy(p => p.BirthDate).ToList(),
            version?.Statements().ToList() ?? [],
            version?.Number,
            version?.HeldOn,
            new ScaleTrend(scores),
            scores,
            await db.Set<SafetyPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == id, ct),
            await versions.FirstOrDefaultAsync(v => v.Audience == PlanAudience.Adult, ct),
            await versions.FirstOrDefaultAsync(v => v.Audience == PlanAudience.Child, ct),
            people.Where(p => p.Role == PersonRole.NetworkMember).OrderBy(p => p.FullName).ToList(),
            await db.Set<NetworkMeeting>().AsNoTracking().Where(m => m.CaseId == id).OrderBy(m => m.HeldOn).ToListAsync(ct),
            childVoice,
            await db.Set<CaseUpload>().AsNoTracking().Where(u => u.CaseId == id && u.ChildVoiceRecordId != null).ToListAsync(ct),
            StepDerivation.Derive(await CaseRecordsLoader.LoadAsync(db, id, ct)))
        { ChildVoiceRecorded = childVoice.Count };
    }

    /// <summary>
    /// How often the child's voice was recorded at all, shared or not: a report must not make "not recorded"
    /// look like "the child refused" (issue 10). A count only; what the child did not share stays out.
    /// </summary>
    public int ChildVoiceRecorded { get; init; }

    /// <summary>The same report with everything the child did not agree to share removed.</summary>
    public CaseReport ForParents() => this with
    {
        ChildWords = ChildWords.Where(w => w.SharedWithParents).ToList(),
        Drawings = Drawings.Where(d => d.SharedWithParents).ToList(),
        Statements = Statements.Where(s => s.SaidBy != Speaker.Child).ToList(),
        Scores = Scores.Where(s => s.ParentsMaySee).ToList(),
        Scales = new ScaleTrend(Scores.Where(s => s.ParentsMaySee)),
    };

    public IEnumerable<StatementSnapshot> In(MappingSection section) => Statements.Where(s => s.Section == section);
}
