using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.CaseAudits;
using Zicht.Features.Evaluations;
using Zicht.Features.Feedback;
using Zicht.Features.ProcessTeams;
using Zicht.Features.SafetyPlans;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Home;

/// <summary>One line on "Mijn werk": a case, what is due there, and the exact page to do it on.</summary>
public sealed record WorkItem(Guid CaseId, string Reference, string Worker, DateOnly? DueOn, string What, string Href, int Count = 1);

/// <summary>What "Mijn werk" shows: the worker's own cases, or for a team lead the teams they lead.</summary>
public sealed class WorkList
{
    /// <summary>How far ahead "due" looks: what falls due in the next two weeks is on the list already.</summary>
    public const int HorizonDays = 14;

    public bool ForTeam { get; init; }
    public DateOnly Today { get; init; }
    public List<WorkItem> ProcessTeams { get; init; } = [];
    public List<WorkItem> Reviews { get; init; } = [];
    public List<WorkItem> Evaluations { get; init; } = [];
    public List<WorkItem> OpenInvitations { get; init; } = [];
    public List<WorkItem> AuditsToScore { get; init; } = [];
    public List<WorkItem> FollowUps { get; init; } = [];
    public List<WorkItem> Recent { get; init; } = [];
    public List<WorkItem> Unassigned { get; init; } = [];

    /// <summary>
    /// Builds the list for <paramref name="context"/>. Every query runs under the global case filter, so
    /// nothing from a case the user may not open can appear. Team leads see their led teams' cases; audits
    /// stay personal (only audits one takes part in), as everywhere else.
    /// </summary>
    public static async Task<WorkList> ForAsync(ZichtDb db, RequestContext context, DateOnly today, DateTime now, CancellationToken ct = default)
    {
        var me = context.StaffId ?? Guid.Empty;
        var scope = context.Scope;
        var forTeam = scope.LeadTeamIds.Count > 0;
        var leadTeams = scope.LeadTeamIds;
        var partneredOnly = scope.SeesPartneredCases && !scope.SeesTeamCases;
        var cases = db.Cases.AsNoTracking().Where(c => partneredOnly
            || (forTeam ? leadTeams.Contains(c.TeamId) : c.ResponsibleWorkerId == me || c.Assignments.Any(a => a.StaffId == me)));
        var open = await cases.Where(c => c.ClosedOn == null)
            .Select(c => new { c.Id, c.Reference, c.ReferralDate, c.TeamId, c.ResponsibleWorkerId, Worker = c.ResponsibleWorker!.DisplayName, Active = c.ResponsibleWorker.IsActive })
            .ToListAsync(ct);
        var ids = open.Select(c => c.Id).ToList();
        var byId = open.ToDictionary(c => c.Id);
        var horizon = today.AddDays(HorizonDays);

        var held = (await db.Set<ProcessTeamMeeting>().AsNoTracking().Where(m => ids.Contains(m.CaseId))
            .Select(m => new { m.CaseId, m.HeldOn }).ToListAsync(ct)).ToLookup(m => m.CaseId, m => m.HeldOn);
        var processTeams = open
            .Select(c => (c, due: ProcessTeamCadence.NextDue(c.ReferralDate, held[c.Id].ToList()), count: held[c.Id].Count()))
            .Where(x => x.due <= horizon)
            .OrderBy(x => x.due)
            .Select(x => new WorkItem(x.c.Id, x.c.Reference, x.c.Worker, x.due, ProcessTeamCadence.DueLabel(x.count), $"/dossiers/{x.c.Id}/procesteams"))
            .ToList();

        var reviews = (await db.Set<SafetyPlanReview>().AsNoTracking()
                .Where(r => ids.Contains(r.CaseId) && r.HeldOn == null && r.PlannedOn <= horizon)
                .OrderBy(r => r.PlannedOn).Select(r => new { r.CaseId, r.PlannedOn }).ToListAsync(ct))
            .Select(r => Item(byId[r.CaseId].Id, byId[r.CaseId].Reference, byId[r.CaseId].Worker, r.PlannedOn, "Safety-plan review", "veiligheidsplan#reviews"))
            .ToList();

        // Six-monthly evaluations: six months after the start, then after the last finalised report's period.
        var lastFinal = (await db.Set<EvaluationReport>().AsNoTracking().Where(r => ids.Contains(r.CaseId) && r.FinalisedOn != null)
            .GroupBy(r => r.CaseId).Select(g => new { CaseId = g.Key, To = g.Max(r => r.PeriodTo) }).ToListAsync(ct)).ToDictionary(r => r.CaseId, r => r.To);
        var evaluations = open
            .Select(c => (c, due: EvaluationCadence.NextDue(c.ReferralDate, lastFinal.TryGetValue(c.Id, out var to) ? to : null)))
            .Where(x => x.due <= horizon).OrderBy(x => x.due)
            .Select(x => Item(x.c.Id, x.c.Reference, x.c.Worker, x.due, "Six-monthly evaluation", "verslagen/halfjaarlijks"))
            .ToList();

        var invitations = (await db.Set<FeedbackInvitation>().AsNoTracking()
                .Where(i => ids.Contains(i.CaseId) && i.UsedAt == null && i.TokenHash != null && i.ExpiresAt > now)
                .GroupBy(i => i.CaseId).Select(g => new { CaseId = g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(g => Item(g.CaseId, byId[g.CaseId].Reference, byId[g.CaseId].Worker, null, "Feedback invitations not yet used", "feedback#sent") with { Count = g.Count })
            .OrderBy(i => i.Reference).ToList();

        // Follow-ups come after closure: closed cases count here too.
        var followUps = (await db.Set<FeedbackInvitation>().AsNoTracking()
                .Where(i => cases.Any(c => c.Id == i.CaseId) && i.Respondent == Audience.FollowUp && i.TokenHash == null && i.DueOn <= today)
                .OrderBy(i => i.DueOn).Select(i => new { i.CaseId, i.Case!.Reference, Worker = i.Case.ResponsibleWorker!.DisplayName, i.DueOn }).ToListAsync(ct))
            .Select(f => Item(f.CaseId, f.Reference, f.Worker, f.DueOn, "Follow-up to hand over", "feedback#sent"))
            .ToList();

        var audits = me == Guid.Empty ? [] : (await AuditList.ForAsync(db, me, null, ct))
            .Where(a => a.Status == AuditStatus.Scoring && !a.MineSubmitted)
            .Select(a => new WorkItem(a.CaseId, a.CaseReference, a.Other, null, a.Kind == AuditKind.CaseAudit ? "Case audit" : "Appreciative interview",
                $"/dossiers/{a.CaseId}/casusaudits/{a.Id}/scoren"))
            .ToList();

        return new WorkList
        {
            ForTeam = forTeam,
            Today = today,
            ProcessTeams = processTeams,
            Reviews = reviews,
            Evaluations = evaluations,
            OpenInvitations = invitations,
            FollowUps = followUps,
            AuditsToScore = audits,
            Recent = await RecentAsync(db, me, ct),
            Unassigned = forTeam ? await UnassignedAsync(db, open.Select(c => (c.Id, c.Reference, c.TeamId, c.ResponsibleWorkerId, c.Active)).ToList(), ct) : [],
        };
    }

    /// <summary>The blocks in the order a worker reads them; the team's blocks name the worker of each case.</summary>
    public IEnumerable<WorkSection> Sections()
    {
        yield return new("process-teams", "Process teams due", "No process team due.", ProcessTeams, ForTeam, Today);
        yield return new("reviews", "Safety-plan reviews due", "No review due.", Reviews, ForTeam, Today);
        yield return new("evaluations", "Six-monthly evaluations due", "No evaluation report due.", Evaluations, ForTeam, Today);
        yield return new("invitations", "Feedback invitations not yet used", "No open invitations.", OpenInvitations, ForTeam, Today);
        yield return new("audits", "Audits waiting for your scoring", "No audit waiting for you.", AuditsToScore, false, Today);
        yield return new("follow-ups", "Follow-ups to hand over", "No follow-up due.", FollowUps, ForTeam, Today);
        if (ForTeam)
        {
            yield return new("unassigned", "Cases without a worker in the team", "Every open case has a worker.", Unassigned, false, Today);
        }
        yield return new("recent", "Recently opened cases", "You have not opened a case yet.", Recent, false, Today);
    }

    private static WorkItem Item(Guid caseId, string reference, string worker, DateOnly? due, string what, string section) =>
        new(caseId, reference, worker, due, what, $"/dossiers/{caseId}/{section}");

    /// <summary>The cases this user opened last, newest first, from their own reads in the audit trail.</summary>
    private static async Task<List<WorkItem>> RecentAsync(ZichtDb db, Guid me, CancellationToken ct)
    {
        var read = await db.AuditTrail.AsNoTracking()
            .Where(a => a.ActorId == me && a.Action == AuditActions.Read && a.CaseId != null && a.EntityType != Cases.IndexModel.ListView)
            .OrderByDescending(a => a.Sequence).Take(300).Select(a => a.CaseId!.Value).ToListAsync(ct);
        var latest = read.Distinct().Take(6).ToList();
        var found = (await db.Cases.AsNoTracking().Where(c => latest.Contains(c.Id))
            .Select(c => new WorkItem(c.Id, c.Reference, c.ResponsibleWorker!.DisplayName, null, "", "")).ToListAsync(ct))
            .ToDictionary(c => c.CaseId);
        return latest.Where(found.ContainsKey).Select(id => found[id] with { Href = $"/dossiers/{id}" }).ToList();
    }

    /// <summary>Open cases whose responsible worker has left the team or was deactivated: nobody is carrying them.</summary>
    private static async Task<List<WorkItem>> UnassignedAsync(ZichtDb db, List<(Guid Id, string Reference, Guid TeamId, Guid WorkerId, bool Active)> open, CancellationToken ct)
    {
        var teams = open.Select(c => c.TeamId).Distinct().ToList();
        var members = (await db.TeamMemberships.AsNoTracking().Where(m => teams.Contains(m.TeamId))
            .Select(m => new { m.TeamId, m.StaffId }).ToListAsync(ct)).Select(m => (m.TeamId, m.StaffId)).ToHashSet();
        return open.Where(c => !c.Active || !members.Contains((c.TeamId, c.WorkerId)))
            .OrderBy(c => c.Reference)
            .Select(c => new WorkItem(c.Id, c.Reference, "", null, "", $"/dossiers/{c.Id}/toewijzen")).ToList();
    }
}
