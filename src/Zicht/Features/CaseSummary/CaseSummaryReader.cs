using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyPlans;
using Zicht.Features.SafetyScales;
using Zicht.Kernel;

namespace Zicht.Features.CaseSummary;

/// <summary>
/// The case summary card (wish 12): what a colleague covering for the worker needs first. Read by the
/// case page after the case was opened through CaseAccess (and so audited); it reads nothing else.
/// </summary>
public sealed class CaseSummaryReader(ZichtDb db, TimeProvider clock)
{
    public sealed record Score(string Who, ScorerRole Role, int Value, DateOnly On);
    public sealed record Member(Guid Id, string Name, string? Relationship, string? Phone, DateOnly? InformedOn, bool Chairs, bool Crisis);
    public sealed record Plan(int Number, PlanStage Stage, PlanAudience Audience, DateOnly AgreedOn, int Rules);
    public sealed record Incident(DateOnly On, string What);

    public sealed record Summary(string? DangerStatement, string? SafetyGoal, List<Score> Scores, Plan? PlanInForce, List<Member> Network,
        DateOnly? NextMeeting, DateOnly? LastMeeting, string? LastAgreements, List<Incident> Incidents, string? LastHarm);

    public async Task<Summary> ReadAsync(Guid caseId, CancellationToken ct = default)
    {
        var statements = await db.Set<MappingStatement>().AsNoTracking()
            .Where(s => s.CaseId == caseId && (s.Section == MappingSection.DangerStatement || s.Section == MappingSection.SafetyGoal))
            .OrderByDescending(s => s.AddedAt).Select(s => new { s.Section, s.Text }).ToListAsync(ct);
        var scores = (await db.Set<SafetyScore>().AsNoTracking().Where(s => s.CaseId == caseId)
                .Select(s => new Score(s.ScorerName, s.ScorerRole, s.Score, s.ScoredOn)).ToListAsync(ct))
            .GroupBy(s => (s.Role, s.Who)).Select(g => g.OrderByDescending(s => s.On).First())
            .OrderBy(s => s.Role).ThenBy(s => s.Who).ToList();
        var plan = await db.Set<SafetyPlanVersion>().AsNoTracking().Where(v => v.CaseId == caseId)
            .OrderByDescending(v => v.AgreedOn).ThenByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Stage, v.Audience, v.AgreedOn, v.RulesJson }).FirstOrDefaultAsync(ct);
        var network = await db.CasePeople.AsNoTracking().Where(p => p.CaseId == caseId && p.Role == PersonRole.NetworkMember)
            .OrderByDescending(p => p.IsCrisisContact).ThenByDescending(p => p.ChairsNetwork).ThenBy(p => p.FullName)
            .Select(p => new Member(p.Id, p.FullName, p.Relationship, p.Phone, p.InformedOn, p.ChairsNetwork, p.IsCrisisContact)).ToListAsync(ct);
        var meetings = await db.Set<NetworkMeeting>().AsNoTracking().Where(m => m.CaseId == caseId)
            .OrderByDescending(m => m.HeldOn).Select(m => new { m.HeldOn, m.Agreements, m.NextMeetingOn }).Take(5).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var breaches = await db.Set<MonitoringEntry>().AsNoTracking().Where(e => e.CaseId == caseId && !e.Kept)
            .Join(db.Set<SafetyPlanRule>(), e => e.RuleId, r => r.Id, (e, r) => new { e.On, r.Who, r.What, e.Note })
            .OrderByDescending(e => e.On).Take(3)
            .ToListAsync(ct);
        var lastHarm = await db.Set<HarmMatrixEntry>().AsNoTracking().Where(h => h.CaseId == caseId && h.LastIncident != null)
            .Select(h => h.LastIncident).FirstOrDefaultAsync(ct);
        return new Summary(
            statements.FirstOrDefault(s => s.Section == MappingSection.DangerStatement)?.Text,
            statements.FirstOrDefault(s => s.Section == MappingSection.SafetyGoal)?.Text,
            scores,
            plan is null ? null : new Plan(plan.Number, plan.Stage, plan.Audience, plan.AgreedOn, System.Text.Json.JsonDocument.Parse(plan.RulesJson).RootElement.GetArrayLength()),
            network,
            meetings.Select(m => m.NextMeetingOn).Where(d => d >= today).Min(),
            meetings.FirstOrDefault()?.HeldOn,
            meetings.FirstOrDefault(m => !string.IsNullOrWhiteSpace(m.Agreements))?.Agreements,
            breaches.OrderByDescending(b => b.On).Select(b => new Incident(b.On, $"{b.Who}: {b.What}{(b.Note is null ? "" : " – " + b.Note)}")).ToList(),
            lastHarm);
    }
}
