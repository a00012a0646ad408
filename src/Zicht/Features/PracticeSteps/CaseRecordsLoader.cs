using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyPlans;
using Zicht.Features.WordsAndPictures;
using Zicht.Kernel;

namespace Zicht.Features.PracticeSteps;

/// <summary>Reads the dates and kinds step derivation needs, one small projection per record kind.</summary>
public static class CaseRecordsLoader
{
    // Called after access was checked; the filters are bypassed so the derived row never depends on
    // who happened to trigger the recalculation.
    public static async Task<CaseRecords> LoadAsync(ZichtDb db, Guid caseId, CancellationToken ct = default)
    {
        var mapping = await db.Set<MappingVersion>().IgnoreQueryFilters().Where(v => v.CaseId == caseId)
            .Select(v => new MappingVersionFacts(v.HeldOn, v.WithFamilyOrNetwork, v.HasDangerStatement, v.HasSafetyGoal, v.HasStrength, v.HasExistingSafety))
            .ToListAsync(ct);
        var informed = await db.Set<CasePerson>().IgnoreQueryFilters()
            .Where(p => p.CaseId == caseId && p.Role == PersonRole.NetworkMember && p.InformedOn != null)
            .Select(p => p.InformedOn!.Value).ToListAsync(ct);
        var voice = await db.Set<ChildVoiceRecord>().IgnoreQueryFilters().Where(r => r.CaseId == caseId)
            .Select(r => r.RecordedOn).ToListAsync(ct);
        var stories = await db.Set<WordsAndPicturesDocument>().IgnoreQueryFilters()
            .Where(d => d.CaseId == caseId && d.Kind != DocumentKind.Timeline)
            .Select(d => d.MadeOn).ToListAsync(ct);
        var plans = await db.Set<SafetyPlanVersion>().IgnoreQueryFilters().Where(v => v.CaseId == caseId)
            .Select(v => new SafetyPlanVersionFacts(v.AgreedOn, v.Stage == PlanStage.Final)).ToListAsync(ct);
        var monitoring = await db.Set<MonitoringEntry>().IgnoreQueryFilters().Where(m => m.CaseId == caseId)
            .Select(m => m.On).ToListAsync(ct);
        var meetings = await db.Set<NetworkMeeting>().IgnoreQueryFilters().Where(m => m.CaseId == caseId)
            .Select(m => m.HeldOn).ToListAsync(ct);
        var recorded = await db.Set<WorkerRecordedStep>().IgnoreQueryFilters().Where(s => s.CaseId == caseId)
            .ToDictionaryAsync(s => s.Step, s => s.On, ct);
        return new CaseRecords
        {
            MappingVersions = mapping,
            NetworkMembersInformedOn = informed,
            ChildVoiceRecordedOn = voice,
            WordsAndPicturesSharedOn = stories,
            SafetyPlanVersions = plans,
            MonitoringEntriesOn = monitoring,
            NetworkMeetingsOn = meetings,
            RecordedByWorker = recorded,
        };
    }
}
