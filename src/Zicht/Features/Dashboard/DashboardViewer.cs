using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Dashboard;

/// <summary>
/// What one viewer may see on the dashboards. Learning, not control: worker-level figures only for
/// the worker (their own) and their team lead (the team's workers), and never ranked. Team members
/// see their teams unsuppressed (they may open those cases); everyone else sees aggregates of the
/// whole organisation with small groups suppressed.
/// </summary>
public sealed record DashboardViewer(
    bool SeesAggregatesOnly, IReadOnlyList<FigureLevel> Levels, IReadOnlyCollection<Guid>? TeamIds, string? OwnWorkerCode,
    bool IsTeamLead, int? MinimumGroupSize)
{
    public bool SeesMatrix => !SeesAggregatesOnly;

    public static bool MayView(ClaimsPrincipal user) => user.Allows(Policies.Dashboards);

    /// <summary>The pure rule (unit-tested); <see cref="LoadAsync"/> feeds it the signed-in user.</summary>
    public static DashboardViewer For(ClaimsPrincipal user, CaseScope scope, string? staffCode, int minimumGroupSize)
    {
        if (scope.Unrestricted)
        {
            return new(false, Enum.GetValues<FigureLevel>(), null, null, false, null);
        }
        if (scope.SeesTeamCases && scope.TeamIds.Count > 0)
        {
            var lead = scope.LeadTeamIds.Count > 0;
            // A team lead sees the team's workers; a caseworker only their own figures at worker level.
            return new(false, [FigureLevel.Team, FigureLevel.Worker, FigureLevel.Service, FigureLevel.ClosingYear],
                lead ? scope.LeadTeamIds.Union(scope.TeamIds).ToList() : scope.TeamIds, lead ? null : staffCode ?? "", lead, null);
        }
        return new(true, [FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team, FigureLevel.Service, FigureLevel.ClosingYear],
            null, null, false, minimumGroupSize);
    }

    public static async Task<DashboardViewer> LoadAsync(ClaimsPrincipal user, RequestContext context, ZichtDb db, int minimumGroupSize, CancellationToken ct)
    {
        var code = context.StaffId is { } id ? await db.Users.Where(u => u.Id == id).Select(u => u.StaffCode).FirstOrDefaultAsync(ct) : null;
        return For(user, context.Scope, code, minimumGroupSize);
    }

    /// <summary>
    /// The viewer's limits laid over what they asked for. An aggregate-only viewer's period is widened
    /// to whole calendar quarters: two periods a day apart would otherwise differ by one trajectory and
    /// give away its whole profile (docs/privacy.md).
    /// </summary>
    public FigureFilter Restrict(FigureFilter asked, FigureLevel level) => asked with
    {
        From = SeesAggregatesOnly ? Quarters.Start(asked.From) : asked.From,
        To = SeesAggregatesOnly ? Quarters.End(asked.To) : asked.To,
        TeamIds = TeamIds ?? asked.TeamIds,
        // Worker level for a caseworker means their own figures only; other levels cover their teams.
        Worker = level == FigureLevel.Worker && OwnWorkerCode is not null ? OwnWorkerCode : asked.Worker,
    };
}
