using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.CoreData;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyPlans;
using Zicht.Features.Trajectories;
using Zicht.Features.WordsAndPictures;
using Zicht.Kernel;

namespace Zicht.Features.PracticeSteps;

/// <summary>
/// Everything one case's records say that the steps and the trajectory row need, read in ONE query:
/// a UNION ALL of one small projection per record kind (kind, two dates, five flags, a number).
/// </summary>
public static class CaseRecordsLoader
{
    private enum Kind { Mapping = 1, Person, Voice, Story, PlanVersion, Monitoring, Meeting, Recorded, Plan, Placement, Crisis }

    /// <summary>What the trajectory row needs besides the step dates.</summary>
    public sealed record RowFacts(DateOnly? ChildBirthDate, int NetworkMembers, int NetworkMeetings, DateOnly? AdultSafetyPlanOn,
        DateOnly? ChildSafetyPlanOn, bool StartedInPlanB, PlanB PlanB, Placement Placement, IReadOnlyList<DateOnly> Crises);

    public static async Task<CaseRecords> LoadAsync(ZichtDb db, Guid caseId, CancellationToken ct = default) =>
        (await LoadWithRowFactsAsync(db, caseId, ct)).Records;

    // Called after access was checked; the filters are bypassed so the derived row never depends on
    // who happened to trigger the recalculation.
    public static async Task<(CaseRecords Records, RowFacts Row)> LoadWithRowFactsAsync(ZichtDb db, Guid caseId, CancellationToken ct = default)
    {
        IQueryable<T> Of<T>() where T : class, Infrastructure.ICaseOwned => db.Set<T>().IgnoreQueryFilters().Where(r => r.CaseId == caseId);
        var facts = Of<MappingVersion>().Select(v => new { K = (int)Kind.Mapping, On = (DateOnly?)v.HeldOn, Other = (DateOnly?)null, A = v.WithFamilyOrNetwork, B = v.HasDangerStatement, C = v.HasSafetyGoal, D = v.HasStrength, E = v.HasExistingSafety, N = 0 })
            .Concat(Of<CasePerson>().Select(p => new { K = (int)Kind.Person, On = p.InformedOn, Other = p.BirthDate, A = p.Role == PersonRole.Minor, B = p.Role == PersonRole.NetworkMember, C = false, D = false, E = false, N = 0 }))
            .Concat(Of<ChildVoiceRecord>().Select(r => new { K = (int)Kind.Voice, On = (DateOnly?)r.RecordedOn, Other = (DateOnly?)null, A = false, B = false, C = false, D = false, E = false, N = 0 }))
            .Concat(Of<WordsAndPicturesDocument>().Where(d => d.Kind != DocumentKind.Timeline).Select(d => new { K = (int)Kind.Story, On = (DateOnly?)d.MadeOn, Other = (DateOnly?)null, A = false, B = false, C = false, D = false, E = false, N = 0 }))
            .Concat(Of<SafetyPlanVersion>().Select(v => new { K = (int)Kind.PlanVersion, On = (DateOnly?)v.AgreedOn, Other = (DateOnly?)null, A = v.Stage == PlanStage.Final, B = v.Audience == PlanAudience.Adult, C = v.Audience == PlanAudience.Child, D = false, E = false, N = 0 }))
            .Concat(Of<MonitoringEntry>().Select(m => new { K = (int)Kind.Monitoring, On = (DateOnly?)m.On, Other = (DateOnly?)null, A = false, B = false, C = false, D = false, E = false, N = 0 }))
            .Concat(Of<NetworkMeeting>().Select(m => new { K = (int)Kind.Meeting, On = (DateOnly?)m.HeldOn, Other = (DateOnly?)null, A = false, B = false, C = false, D = false, E = false, N = 0 }))
            .Concat(Of<WorkerRecordedStep>().Select(s => new { K = (int)Kind.Recorded, On = (DateOnly?)s.On, Other = (DateOnly?)null, A = false, B = false, C = false, D = false, E = false, N = (int)s.Step }))
            .Concat(Of<SafetyPlan>().Select(p => new { K = (int)Kind.Plan, On = (DateOnly?)null, Other = (DateOnly?)null, A = p.StartedInPlanB, B = p.PlanB == PlanB.Network, C = p.PlanB == PlanB.Residential, D = false, E = false, N = 0 }))
            .Concat(Of<OutOfHomePlacement>().Select(p => new { K = (int)Kind.Placement, On = (DateOnly?)p.StartOn, Other = (DateOnly?)null, A = p.Type == Placement.FamilyNetwork, B = p.Type == Placement.SocialNetwork, C = p.Type == Placement.Foster, D = p.Type == Placement.Residential, E = false, N = 0 }))
            .Concat(Of<CrisisIntervention>().Select(x => new { K = (int)Kind.Crisis, On = (DateOnly?)x.On, Other = (DateOnly?)null, A = false, B = false, C = false, D = false, E = false, N = 0 }));
        var rows = await facts.AsNoTracking().ToListAsync(ct);
        List<DateOnly> Dates(Kind k, Func<bool, bool, bool, bool>? where = null) =>
            [.. rows.Where(r => r.K == (int)k && r.On is not null && (where is null || where(r.A, r.B, r.C))).Select(r => r.On!.Value)];

        var records = new CaseRecords
        {
            MappingVersions = [.. rows.Where(r => r.K == (int)Kind.Mapping).Select(r => new MappingVersionFacts(r.On!.Value, r.A, r.B, r.C, r.D, r.E))],
            NetworkMembersInformedOn = Dates(Kind.Person, (_, member, _) => member),
            ChildVoiceRecordedOn = Dates(Kind.Voice),
            WordsAndPicturesSharedOn = Dates(Kind.Story),
            SafetyPlanVersions = [.. rows.Where(r => r.K == (int)Kind.PlanVersion).Select(r => new SafetyPlanVersionFacts(r.On!.Value, r.A))],
            MonitoringEntriesOn = Dates(Kind.Monitoring),
            NetworkMeetingsOn = Dates(Kind.Meeting),
            RecordedByWorker = rows.Where(r => r.K == (int)Kind.Recorded).ToDictionary(r => (PracticeStep)r.N, r => r.On!.Value),
        };
        var plan = rows.FirstOrDefault(r => r.K == (int)Kind.Plan);
        // The format has one placement column: the most recent placement's type stands for the trajectory.
        var placement = rows.Where(r => r.K == (int)Kind.Placement).OrderByDescending(r => r.On).FirstOrDefault();
        var row = new RowFacts(
            rows.Where(r => r.K == (int)Kind.Person && r.A && r.Other is not null).Min(r => r.Other),
            rows.Count(r => r.K == (int)Kind.Person && r.B),
            rows.Count(r => r.K == (int)Kind.Meeting),
            Dates(Kind.PlanVersion, (_, adult, _) => adult).Select(d => (DateOnly?)d).Min(),
            Dates(Kind.PlanVersion, (_, _, child) => child).Select(d => (DateOnly?)d).Min(),
            plan?.A ?? false,
            plan is null ? PlanB.None : plan.B ? PlanB.Network : plan.C ? PlanB.Residential : PlanB.None,
            placement is null ? Placement.None
                : placement.A ? Placement.FamilyNetwork : placement.B ? Placement.SocialNetwork : placement.C ? Placement.Foster
                : placement.D ? Placement.Residential : Placement.None,
            Dates(Kind.Crisis));
        return (records, row);
    }
}
