using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.PracticeGuide;
using Zicht.Features.PracticeSteps;
using Zicht.Features.ProcessTeams;
using Zicht.Features.SafetyPlans;
using Zicht.Features.SafetyScales;
using Zicht.Kernel;

namespace Zicht.Features.Evaluations;

/// <summary>
/// What the case's records show for one evaluation period, read each time the report is shown (never copied into it):
/// the 13 steps with their first dates, the mapping as it stood at the end of the period, the scales, the network,
/// meetings and plan versions, the child's voice, process teams and the practice guide's minimal expectations.
/// Parents may read the report, so what the child did not agree to share is left out (only counted).
/// </summary>
public sealed record EvaluationFacts(
    DateOnly From,
    DateOnly To,
    IReadOnlyDictionary<PracticeStep, DateOnly> Steps,
    int? MappingNumber,
    DateOnly? MappingHeldOn,
    List<StatementSnapshot> Statements,
    ScaleTrend Scales,
    int NetworkMembers,
    int Informed,
    List<DateOnly> Meetings,
    List<SafetyPlanVersion> PlanVersions,
    List<(DateOnly On, ChildVoiceTool Tool, bool Shared)> ChildVoice,
    List<DateOnly> ProcessTeams,
    int? GuideVersion,
    List<ExpectationCheck> Checks)
{
    public bool InPeriod(DateOnly on) => on >= From && on <= To;

    public IEnumerable<StatementSnapshot> Column(int column) => Statements.Where(s => MappingStatement.Column(s.Section) == column);

    public static async Task<EvaluationFacts> LoadAsync(ZichtDb db, Case c, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var id = c.Id;
        var facts = (await GuideData.FactsAsync(db, [id], asAggregate: false, ct)).GetValueOrDefault(id);
        var guide = await GuideData.CurrentAsync(db, ct);
        var checks = guide is null || facts is null ? [] : GuideRules.Checklist(guide, facts).OrderByDescending(x => x.Unmet).ToList();
        var mapping = await db.Set<MappingVersion>().AsNoTracking().Where(v => v.CaseId == id && v.HeldOn <= to)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var scores = await db.Set<SafetyScore>().AsNoTracking().Where(s => s.CaseId == id && s.ScoredOn >= from && s.ScoredOn <= to).ToListAsync(ct);
        var network = await db.CasePeople.AsNoTracking().Where(p => p.CaseId == id && p.Role == PersonRole.NetworkMember).Select(p => p.InformedOn).ToListAsync(ct);
        var meetings = await db.Set<NetworkMeeting>().AsNoTracking().Where(m => m.CaseId == id && m.HeldOn >= from && m.HeldOn <= to)
            .OrderBy(m => m.HeldOn).Select(m => m.HeldOn).ToListAsync(ct);
        var plans = await db.Set<SafetyPlanVersion>().AsNoTracking().Where(v => v.CaseId == id && v.AgreedOn >= from && v.AgreedOn <= to)
            .OrderBy(v => v.Number).ToListAsync(ct);
        var voice = (await db.Set<ChildVoiceRecord>().AsNoTracking().Where(r => r.CaseId == id && r.RecordedOn >= from && r.RecordedOn <= to)
            .OrderBy(r => r.RecordedOn).Select(r => new { r.RecordedOn, r.Tool, r.SharedWithParents }).ToListAsync(ct))
            .Select(r => (r.RecordedOn, r.Tool, r.SharedWithParents)).ToList();
        var teams = await db.Set<ProcessTeamMeeting>().AsNoTracking().Where(m => m.CaseId == id && m.HeldOn >= from && m.HeldOn <= to)
            .OrderBy(m => m.HeldOn).Select(m => m.HeldOn).ToListAsync(ct);
        return new EvaluationFacts(from, to,
            StepDerivation.Derive(await CaseRecordsLoader.LoadAsync(db, id, ct)).Values.Where(s => s.On <= to).ToDictionary(s => s.Step, s => s.On),
            mapping?.Number, mapping?.HeldOn, mapping?.Statements().Where(s => s.SaidBy != Speaker.Child).ToList() ?? [],
            new ScaleTrend(scores.Where(s => s.ParentsMaySee)),
            network.Count, network.Count(d => d is { } on && on <= to), meetings, plans, voice, teams, guide?.Number, checks);
    }
}
