using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Learning;

/// <summary>
/// Who is looking at learning data. A partner (a provider's staff) sees only the sessions they attended; division
/// staff see the sessions of the structures they belong to or facilitate, and a team lead those of their team's
/// structures. Nobody sees a ranking; per-person participation only for oneself and a team lead's own team.
/// </summary>
public sealed record LearningViewer(Guid StaffId, bool IsPartner, IReadOnlyCollection<Guid> TeamIds, IReadOnlyCollection<Guid> LeadTeamIds)
{
    public static LearningViewer Of(RequestContext context) => new(
        context.StaffId ?? Guid.Empty,
        context.Scope.SeesPartneredCases && !context.Scope.SeesTeamCases,
        context.Scope.TeamIds, context.Scope.LeadTeamIds);

    public bool LeadsATeam => LeadTeamIds.Count > 0;
}

/// <summary>The visibility rules as query filters, so a list can never hold what its reader may not see.</summary>
public static class LearningVisibility
{
    public static IQueryable<LearningSession> VisibleTo(this IQueryable<LearningSession> sessions, LearningViewer v)
    {
        var me = v.StaffId;
        var lead = v.LeadTeamIds.ToList();
        return v.IsPartner
            ? sessions.Where(s => s.Attendees.Any(a => a.StaffId == me))
            : sessions.Where(s => s.Attendees.Any(a => a.StaffId == me) || s.FacilitatorId == me
                || s.Structure!.FacilitatorId == me || s.Structure.Members.Any(m => m.StaffId == me)
                || (s.Structure.TeamId != null && lead.Contains(s.Structure.TeamId.Value)));
    }

    /// <summary>The directory: every structure for division staff; for a partner only those they attended a session of.</summary>
    public static IQueryable<LearningStructure> ListedFor(this IQueryable<LearningStructure> structures, IQueryable<LearningSession> sessions, LearningViewer v)
    {
        var me = v.StaffId;
        return v.IsPartner
            ? structures.Where(s => sessions.Any(x => x.StructureId == s.Id && x.Attendees.Any(a => a.StaffId == me)))
            : structures;
    }

    /// <summary>Who may record a session or change the members: the facilitator, a member, or the lead of its team (never a partner).</summary>
    public static bool MayRecord(LearningStructure s, LearningViewer v) =>
        !v.IsPartner && (s.FacilitatorId == v.StaffId || s.Members.Any(m => m.StaffId == v.StaffId)
            || (s.TeamId is { } team && v.LeadTeamIds.Contains(team)));

    public static bool MayManage(LearningStructure s, LearningViewer v) =>
        !v.IsPartner && (s.FacilitatorId == v.StaffId || (s.TeamId is { } team && v.LeadTeamIds.Contains(team)));
}
