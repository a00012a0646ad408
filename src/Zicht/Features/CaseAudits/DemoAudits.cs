using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// Demo audits in team A (local demo mode only, called by the demo seeder): ten with both scorings (closed,
/// in conversation, ready to compare), one half-scored, one not yet scored and one appreciative interview,
/// so every audit page, the team aggregates and the exports show data. Several people score: the team lead,
/// a colleague (peer review) and the newest colleague, who learns by reviewing (the audit as learning).
/// </summary>
internal static class DemoAudits
{
    private static readonly string[] WentWell = ["Het netwerk werd vroeg en breed aangesproken.", "De ouders kwamen zelf met oplossingen.", "Het kind kreeg een stem via de drie huizen.", "Duidelijke, eerlijke taal over de zorgen."];
    private static readonly string[] Better = ["Vaker nagaan hoe het gezin de steun ervaart.", "Het woord- en beeldverhaal eerder maken.", "Het veiligheidsplan samen met het netwerk opvolgen."];

    private static readonly string[] Required = ["consulent@demo", "consulent2@demo", "teamlead@demo"];

    public static async Task SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var names = new[] { "consulent@demo", "consulent2@demo", "teamlead@demo", "nieuw@demo" };
        var staff = await db.Users.Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        if (!Required.All(staff.ContainsKey) || await db.Set<CaseAudit>().IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var (templateId, template) = await new AuditTemplateStore(db).CurrentAsync(ct);
        var workers = new[] { staff["consulent@demo"], staff["consulent2@demo"] };
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => workers.Contains(c.ResponsibleWorkerId)).OrderBy(c => c.Reference)
            .Select(c => new { c.Id, c.ResponsibleWorkerId }).Take(13).ToListAsync(ct);
        var random = new Random(2026);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < 13 && cases.Count > 0; i++)
        {
            // Fewer cases than audits: a case may be looked at twice, as happens.
            var c = cases[i % cases.Count];
            // The team lead reviews half; a colleague (peer review) and the newest colleague the others.
            var reviewer = (i % 4) switch
            {
                3 => workers.First(w => w != c.ResponsibleWorkerId),
                1 when staff.TryGetValue("nieuw@demo", out var newest) => newest,
                _ => staff["teamlead@demo"],
            };
            var kind = i == 12 ? AuditKind.AppreciativeInterview : AuditKind.CaseAudit;
            var audit = new CaseAudit
            {
                CaseId = c.Id,
                TemplateVersionId = templateId,
                Kind = kind,
                WorkerId = c.ResponsibleWorkerId,
                ReviewerId = reviewer,
                StartedById = reviewer,
                Occasion = (AuditOccasion)(i % 3),
                Reason = i % 3 == 0 ? "Het netwerk droeg het veiligheidsplan echt mee." : null,
                StartedOn = today.AddDays(-60 + i),
            };
            if (kind == AuditKind.CaseAudit && i < 11)
            {
                audit.Scorings.Add(Scoring(c.Id, AuditRole.Worker, c.ResponsibleWorkerId, template, random, null));
                if (i < 10)
                {
                    audit.Scorings.Add(Scoring(c.Id, AuditRole.Reviewer, reviewer, template, random, audit.Scorings[0]));
                }
            }
            if (i < 8 || kind == AuditKind.AppreciativeInterview)
            {
                audit.ComparedAt = kind == AuditKind.CaseAudit ? DateTime.UtcNow.AddDays(-20 + i) : null;
                audit.Conversation = Conversation(c.Id, i, template, closed: i < 6 || kind == AuditKind.AppreciativeInterview);
                audit.ClosedOn = i < 6 || kind == AuditKind.AppreciativeInterview ? today.AddDays(-15 + i) : null;
            }
            db.Add(audit);
        }
        await db.SaveChangesAsync(ct);
    }

    private static AuditScoring Scoring(Guid caseId, AuditRole role, Guid scorer, AuditTemplate template, Random random, AuditScoring? worker)
    {
        var scoring = new AuditScoring { CaseId = caseId, Role = role, ScorerId = scorer };
        foreach (var (p, q) in template.ScaleQuestions)
        {
            var own = worker?.Scores.First(s => s.Question == q.Code).Score is { } w
                ? Math.Clamp(w + random.Next(-2, 3), template.ScaleMin, template.ScaleMax)
                : random.Next(4, 9);
            scoring.Scores.Add(new AuditScore { CaseId = caseId, Principle = p.Code, Question = q.Code, Score = own, Note = role == AuditRole.Worker ? "Zie het dossier." : null });
        }
        return scoring;
    }

    private static AuditConversation Conversation(Guid caseId, int i, AuditTemplate template, bool closed)
    {
        var c = new AuditConversation { CaseId = caseId, HeldOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-16 + i), WentWell = WentWell[i % WentWell.Length] };
        if (closed)
        {
            c.CouldBeBetter = Better[i % Better.Length];
            c.WorkerSatisfiedWith = "De samenwerking met de grootouders.";
            var principle = template.Principles[i % template.Principles.Count].Code;
            c.LearningPoints.Add(new AuditLearningPoint { CaseId = caseId, Principle = principle, Text = Better[i % Better.Length] });
        }
        return c;
    }
}
