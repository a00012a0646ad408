using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.Feedback;
using Zicht.Features.Mapping;
using Zicht.Features.SafetyPlans;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.FamilyView;

/// <summary>What a family view shows: released statements per heading, the plan's rules, and who to call.</summary>
public sealed record FamilyContent(
    IReadOnlyList<(MappingSection Section, IReadOnlyList<string> Texts)> Sections,
    IReadOnlyList<(ChildVoicePart Part, string Words)> ChildWords,
    IReadOnlyList<RuleSnapshot> PlanRules, string WorkerName, string? WorkerPhone, string? WorkerEmail, DateTime ExpiresAt);

/// <summary>
/// Making, finding and revoking family-view links, and what a link may show. Parents have no account: the
/// lookup bypasses the case filter, only by the hash of the code in the link, and only while it works.
/// </summary>
public sealed class FamilyViews(ZichtDb db, TimeProvider clock)
{
    /// <summary>The headings a family sees (spec: danger statement, safety goals, bottom lines, next steps), in this order.</summary>
    public static readonly MappingSection[] Shown = [MappingSection.DangerStatement, MappingSection.SafetyGoal, MappingSection.BottomLine, MappingSection.NextStep];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// A new link with the items the worker released, frozen as they read now. A child's statement without the
    /// child's consent, and a child-voice record not marked shared, are left out whatever was ticked.
    /// The caller has checked CaseOperation.Record and saves nothing else.
    /// </summary>
    public async Task<(FamilyViewLink Link, string Token)> CreateAsync(Guid caseId, string forWhom, int days, IReadOnlyCollection<Guid> released,
        IReadOnlyCollection<Guid> childConsented, IReadOnlyCollection<Guid> childVoice, bool includesSafetyPlan, string createdBy, CancellationToken ct = default)
    {
        var token = InvitationToken.New();
        var link = new FamilyViewLink
        {
            CaseId = caseId,
            ForWhom = forWhom.Trim(),
            TokenHash = InvitationToken.Hash(token),
            CreatedAt = Now,
            ReleasedAt = Now,
            CreatedByName = createdBy,
            ExpiresAt = Now.AddDays(Math.Clamp(days, 1, 90)),
            IncludesSafetyPlan = includesSafetyPlan,
            SafetyPlanVersionId = includesSafetyPlan ? await FamilyRelease.LatestPlanAsync(db, caseId, ct) : null,
        };
        link.Items.AddRange(await FamilyRelease.ItemsAsync(db, caseId, released, childConsented, childVoice, ct));
        db.Add(link);
        await db.SaveChangesAsync(ct);
        return (link, token);
    }

    /// <summary>The working link behind a code, or null (unknown, expired and revoked look the same).</summary>
    public async Task<FamilyViewLink?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (!InvitationToken.LooksValid(token))
        {
            return null;
        }
        var hash = InvitationToken.Hash(token!);
        var link = await db.Set<FamilyViewLink>().IgnoreQueryFilters().Include(l => l.Items).FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        return link is not null && link.WorksAt(Now) ? link : null;
    }

    /// <summary>What the link shows: the items as released (never read afresh from the case); the view is audited in the same save.</summary>
    public async Task<FamilyContent> ShowAsync(FamilyViewLink link, CancellationToken ct = default)
    {
        var items = link.Items.OrderBy(i => i.Id).ToList();
        // Second line: a child's words only with the child's consent, and a record the child (or worker) has since unshared never shows.
        var voiceIds = items.Where(i => i.Kind == FamilyItemKind.ChildVoice).Select(i => i.SourceId).ToList();
        var stillShared = await db.Set<ChildVoiceRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.CaseId == link.CaseId && voiceIds.Contains(r.Id) && r.SharedWithParents).Select(r => r.Id).ToListAsync(ct);
        var statements = items.Where(i => i.Kind == FamilyItemKind.Statement).ToList();
        var sections = Shown.Select(section => (section, (IReadOnlyList<string>)statements.Where(i => i.Heading == section.ToString()).Select(i => i.Text).ToList()))
            .Where(x => x.Item2.Count > 0).ToList();
        var childWords = items.Where(i => i.Kind == FamilyItemKind.ChildVoice && i.ChildConsented && stillShared.Contains(i.SourceId) && Enum.TryParse<ChildVoicePart>(i.Heading, out _))
            .Select(i => (Enum.Parse<ChildVoicePart>(i.Heading), i.Text)).ToList();
        IReadOnlyList<RuleSnapshot> rules = [];
        if (link.IncludesSafetyPlan)
        {
            var plans = db.Set<SafetyPlanVersion>().IgnoreQueryFilters().AsNoTracking().Where(v => v.CaseId == link.CaseId && v.Audience == PlanAudience.Adult);
            var plan = link.SafetyPlanVersionId is { } released
                ? await plans.FirstOrDefaultAsync(v => v.Id == released, ct)
                : await plans.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            rules = plan?.Rules() ?? [];
        }
        var worker = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == link.CaseId)
            .Join(db.Users, c => c.ResponsibleWorkerId, u => u.Id, (c, u) => new { u.DisplayName, u.PhoneNumber, u.Email }).FirstAsync(ct);
        db.Context.ActorName = $"gezinsweergave: {link.ForWhom}";
        db.RecordAudit(AuditActions.Read, nameof(FamilyViewLink), link.Id.ToString(), link.CaseId, "family view");
        await db.SaveChangesAsync(ct);
        return new FamilyContent(sections, childWords, rules, worker.DisplayName, worker.PhoneNumber, worker.Email, link.ExpiresAt);
    }
}
