using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Feedback;
using Zicht.Features.Mapping;
using Zicht.Features.SafetyPlans;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.FamilyView;

/// <summary>What a family view shows: released statements per heading, the plan's rules, and who to call.</summary>
public sealed record FamilyContent(
    IReadOnlyList<(MappingSection Section, IReadOnlyList<string> Texts)> Sections,
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
    /// A new link with the statements the worker released. A child's statement without the child's consent
    /// is left out, whatever was ticked. The caller has checked CaseOperation.Record and saves nothing else.
    /// </summary>
    public async Task<(FamilyViewLink Link, string Token)> CreateAsync(Guid caseId, string forWhom, int days, IReadOnlyCollection<Guid> released,
        IReadOnlyCollection<Guid> childConsented, bool includesSafetyPlan, string createdBy, CancellationToken ct = default)
    {
        var statements = await db.Set<MappingStatement>().AsNoTracking()
            .Where(s => s.CaseId == caseId && released.Contains(s.Id) && Shown.Contains(s.Section))
            .Select(s => new { s.Id, s.SaidBy }).ToListAsync(ct);
        var token = InvitationToken.New();
        var link = new FamilyViewLink
        {
            CaseId = caseId,
            ForWhom = forWhom.Trim(),
            TokenHash = InvitationToken.Hash(token),
            CreatedAt = Now,
            CreatedByName = createdBy,
            ExpiresAt = Now.AddDays(Math.Clamp(days, 1, 90)),
            IncludesSafetyPlan = includesSafetyPlan,
        };
        foreach (var s in statements.Where(s => s.SaidBy != Speaker.Child || childConsented.Contains(s.Id)))
        {
            link.Items.Add(new FamilyViewItem { CaseId = caseId, StatementId = s.Id, ChildConsented = s.SaidBy == Speaker.Child });
        }
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

    /// <summary>What the link shows, read now (a later rewording shows); the view is audited in the same save.</summary>
    public async Task<FamilyContent> ShowAsync(FamilyViewLink link, CancellationToken ct = default)
    {
        var ids = link.Items.Select(i => i.StatementId).ToList();
        var consented = link.Items.Where(i => i.ChildConsented).Select(i => i.StatementId).ToHashSet();
        var statements = await db.Set<MappingStatement>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.CaseId == link.CaseId && ids.Contains(s.Id)).OrderBy(s => s.AddedAt).ToListAsync(ct);
        // Second line: a child's words only with the child's consent recorded on the link.
        statements = statements.Where(s => s.SaidBy != Speaker.Child || consented.Contains(s.Id)).ToList();
        var sections = Shown.Select(section => (section, (IReadOnlyList<string>)statements.Where(s => s.Section == section).Select(s => s.Text).ToList()))
            .Where(x => x.Item2.Count > 0).ToList();
        IReadOnlyList<RuleSnapshot> rules = [];
        if (link.IncludesSafetyPlan)
        {
            var plan = await db.Set<SafetyPlanVersion>().IgnoreQueryFilters().AsNoTracking()
                .Where(v => v.CaseId == link.CaseId && v.Audience == PlanAudience.Adult).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
            rules = plan?.Rules() ?? [];
        }
        var worker = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == link.CaseId)
            .Join(db.Users, c => c.ResponsibleWorkerId, u => u.Id, (c, u) => new { u.DisplayName, u.PhoneNumber, u.Email }).FirstAsync(ct);
        db.Context.ActorName = $"gezinsweergave: {link.ForWhom}";
        db.RecordAudit(AuditActions.Read, nameof(FamilyViewLink), link.Id.ToString(), link.CaseId, "family view");
        await db.SaveChangesAsync(ct);
        return new FamilyContent(sections, rules, worker.DisplayName, worker.PhoneNumber, worker.Email, link.ExpiresAt);
    }
}
