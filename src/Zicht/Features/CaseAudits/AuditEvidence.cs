using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.PracticeSteps;
using Zicht.Features.SafetyPlans;
using Zicht.Features.WordsAndPictures;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.CaseAudits;

/// <summary>A record of the case that can be linked to a score; <see cref="Key"/> is its form value.</summary>
public sealed record EvidenceItem(EvidenceSource Source, Guid Id, DateOnly? On, string Detail)
{
    public string Key => $"{Source}:{Id}";
    public string Label => On is { } d ? $"{Detail} ({d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : Detail;
}

/// <summary>What the records of a case already show: the derived step dates and the linkable records ("record once").</summary>
public sealed record CaseEvidence(IReadOnlyDictionary<PracticeStep, StepDate> Steps, IReadOnlyList<EvidenceItem> Items)
{
    public IEnumerable<EvidenceItem> For(AuditPrinciple p) => Items.Where(i => p.EvidenceSources.Contains(i.Source));

    public IEnumerable<(PracticeStep Step, StepDate? Date)> StepsFor(AuditPrinciple p) =>
        p.Steps.Select(n => (PracticeStep)n).Select(s => (s, Steps.TryGetValue(s, out var d) ? d : null));

    public EvidenceItem? Find(AuditPrinciple p, string key) => For(p).FirstOrDefault(i => i.Key == key);

    /// <summary>Reads the case's records; called only after CaseAccess allowed the reader to see the case.</summary>
    public static async Task<CaseEvidence> LoadAsync(ZichtDb db, IStringLocalizer<SharedText> t, Guid caseId, CancellationToken ct = default)
    {
        var steps = StepDerivation.Derive(await CaseRecordsLoader.LoadAsync(db, caseId, ct));
        var items = new List<EvidenceItem>();
        var mappings = await db.Set<MappingVersion>().AsNoTracking().Where(v => v.CaseId == caseId).OrderBy(v => v.Number)
            .Select(v => new { v.Id, v.HeldOn, v.Number, v.Occasion }).ToListAsync(ct);
        items.AddRange(mappings.Select(v => new EvidenceItem(EvidenceSource.MappingVersion, v.Id, v.HeldOn, $"v{v.Number} · {t[$"MappingOccasion.{v.Occasion}"]}")));
        var plans = await db.Set<SafetyPlanVersion>().AsNoTracking().Where(v => v.CaseId == caseId).OrderBy(v => v.Number)
            .Select(v => new { v.Id, v.AgreedOn, v.Number, v.Stage, v.Audience }).ToListAsync(ct);
        items.AddRange(plans.Select(v => new EvidenceItem(EvidenceSource.SafetyPlanVersion, v.Id, v.AgreedOn,
            $"v{v.Number} · {t[$"PlanStage.{v.Stage}"]} · {t[$"PlanAudience.{v.Audience}"]}")));
        var voices = await db.Set<ChildVoiceRecord>().AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.RecordedOn)
            .Select(r => new { r.Id, r.RecordedOn, r.Tool, r.Part }).ToListAsync(ct);
        items.AddRange(voices.Select(r => new EvidenceItem(EvidenceSource.ChildVoiceRecord, r.Id, r.RecordedOn,
            $"{t[$"ChildVoiceTool.{r.Tool}"]} · {t[$"ChildVoicePart.{r.Part}"]}")));
        items.AddRange(await db.Set<WordsAndPicturesDocument>().AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.MadeOn)
            .Select(d => new EvidenceItem(EvidenceSource.WordsAndPictures, d.Id, d.MadeOn, d.Title)).ToListAsync(ct));
        items.AddRange(await db.CasePeople.AsNoTracking().Where(p => p.CaseId == caseId && p.Role == PersonRole.NetworkMember).OrderBy(p => p.FullName)
            .Select(p => new EvidenceItem(EvidenceSource.NetworkMember, p.Id, p.InformedOn, p.FullName)).ToListAsync(ct));
        var meetings = await db.Set<NetworkMeeting>().AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.HeldOn)
            .Select(m => new { m.Id, m.HeldOn, m.Attendees }).ToListAsync(ct);
        items.AddRange(meetings.Select(m => new EvidenceItem(EvidenceSource.NetworkMeeting, m.Id, m.HeldOn, m.Attendees.Length > 60 ? string.Concat(m.Attendees.AsSpan(0, 60), "…") : m.Attendees)));
        return new CaseEvidence(steps, items);
    }
}
