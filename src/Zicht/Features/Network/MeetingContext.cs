using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Features.SafetyPlans;
using Zicht.Kernel;

namespace Zicht.Features.Network;

/// <summary>
/// What the case already records, shown beside the meeting template so nothing is typed twice: the people to tick as
/// present, the mapping's worries and strengths, the plan in force, the child's voice, the previous meeting. The template is
/// worked through with the family and network, so what the child said in the mapping is left out, as in every output they read.
/// <paramref name="MappingNumber"/> / <paramref name="PlanNumber"/> say which versions; a stored meeting shows the ones
/// it referred to.
/// </summary>
public sealed record MeetingContext(
    List<MeetingContext.Person> People,
    int? MappingNumber,
    DateOnly? MappingHeldOn,
    List<StatementSnapshot> Statements,
    int? PlanNumber,
    DateOnly? PlanAgreedOn,
    List<RuleSnapshot> Rules,
    DateOnly? ChildVoiceLastOn,
    int ChildVoiceCount,
    NetworkMeeting? Previous,
    string? Chair)
{
    public sealed record Person(string Name, PersonRole Role, string? Relationship, DateOnly? InformedOn);

    public IEnumerable<StatementSnapshot> In(params MappingSection[] sections) => Statements.Where(s => sections.Contains(s.Section));

    /// <summary>
    /// Loads the context for a meeting of case <paramref name="caseId"/>; <paramref name="meeting"/> is the stored meeting
    /// being corrected (its versions), or null for a new one (the latest versions). Reads under the case filter only.
    /// </summary>
    public static async Task<MeetingContext> LoadAsync(ZichtDb db, Guid caseId, NetworkMeeting? meeting, CancellationToken ct = default)
    {
        var people = await db.CasePeople.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.Role).ThenBy(p => p.FullName)
            .Select(p => new Person(p.FullName, p.Role, p.Relationship, p.InformedOn)).ToListAsync(ct);
        var mappings = db.Set<MappingVersion>().AsNoTracking().Where(v => v.CaseId == caseId);
        var mapping = meeting is null
            ? await mappings.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct)
            : meeting.MappingVersionNumber is { } m ? await mappings.FirstOrDefaultAsync(v => v.Number == m, ct) : null;
        var plans = db.Set<SafetyPlanVersion>().AsNoTracking().Where(v => v.CaseId == caseId && v.Audience == PlanAudience.Adult);
        var plan = meeting is null
            ? await plans.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct)
            : meeting.PlanVersionNumber is { } n ? await plans.FirstOrDefaultAsync(v => v.Number == n, ct) : null;
        var voices = await db.Set<ChildVoiceRecord>().AsNoTracking().Where(r => r.CaseId == caseId).Select(r => r.RecordedOn).ToListAsync(ct);
        var before = meeting?.HeldOn ?? DateOnly.MaxValue;
        var previous = await db.Set<NetworkMeeting>().AsNoTracking()
            .Where(x => x.CaseId == caseId && x.HeldOn < before && (meeting == null || x.Id != meeting.Id))
            .OrderByDescending(x => x.HeldOn).FirstOrDefaultAsync(ct);
        var chair = await db.CasePeople.AsNoTracking().Where(p => p.CaseId == caseId && p.ChairsNetwork).Select(p => p.FullName).FirstOrDefaultAsync(ct);
        return new MeetingContext(people, mapping?.Number, mapping?.HeldOn, mapping?.Statements().Where(s => s.SaidBy != Speaker.Child).ToList() ?? [],
            plan?.Number, plan?.AgreedOn, plan?.Rules().ToList() ?? [],
            voices.Count == 0 ? null : voices.Max(), voices.Count, previous, chair);
    }
}
