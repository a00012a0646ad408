using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Feedback;
using Zicht.Features.StaffSurvey;

namespace Zicht.Features.Outcomes;

/// <summary>Everything a learning report shows, already suppressed for its reader.</summary>
public sealed record LearningReportData(string Scope, Guid GroupId, string GroupName, HalfYear Half, bool Suppressed,
    List<BreadthRow> Trend, List<BreadthRow> Shares, List<SurvivalRow> SafetyPlanCohorts, List<SurvivalRow> ClosureCohorts,
    FeedbackReport? Parents, List<WaveBarometer> Barometer, List<(OrganisationObjective Objective, ObjectiveReview? Latest)> Objectives, LearningNote? Note)
{
    public bool MayWriteNote { get; init; }
}

/// <summary>Builds a learning report from the figures the other pages compute (nothing is computed twice differently).</summary>
public sealed class LearningReportBuilder(ZichtDb db, DashboardData dashboard, SurvivalQueries survival,
    FeedbackReports feedback, StaffResults staff, int minimum)
{
    public async Task<LearningReportData?> BuildAsync(string scope, Guid groupId, HalfYear half, DashboardViewer viewer, CancellationToken ct)
    {
        var name = scope switch
        {
            "team" => await db.Teams.Where(t => t.Id == groupId).Select(t => t.Name).FirstOrDefaultAsync(ct),
            "region" => await db.Regions.Where(r => r.Id == groupId).Select(r => r.Name).FirstOrDefaultAsync(ct),
            _ => await db.Organisations.Where(o => o.Id == groupId).Select(o => o.Name).FirstOrDefaultAsync(ct),
        };
        if (name is null)
        {
            return null;
        }
        var k = viewer.MinimumGroupSize;
        var asOf = half.End;
        var until = new FigureFilter { To = half.End };
        var own = scope switch
        {
            "team" => until with { TeamIds = [groupId] },
            "region" => until with { RegionIds = [groupId] },
            _ => until,
        };
        List<BreadthRow> trend = [], shares = [];
        if (k is null || scope == "organisation")
        {
            // The reader may open these cases, or it is the organisation's trend the dashboards show too.
            var level = scope == "organisation" ? FigureLevel.Organisation : FigureLevel.Team;
            trend = (await dashboard.BreadthAsync(level, k is null ? own : until, false, k, ct)).Trend;
        }
        else
        {
            // An aggregate-only reader gets the group's row of the dashboard (no per-year cells the dashboards never show).
            var level = scope == "team" ? FigureLevel.Team : FigureLevel.Region;
            var label = (await GroupLabels.LoadAsync(db, level, until, ct)).Of(groupId);
            shares = [.. (await dashboard.BreadthAsync(level, until, false, k, ct)).Breadth.Where(r => r.Group == label)];
        }
        // Opening-year cohorts: for aggregate-only readers only estimates, never counts (decision 050).
        var plans = SurvivalDisclosure.Apply(await survival.RowsAsync(SurvivalQueries.OpeningYear, "adult_safety_plan", own, asOf, ct), k, null, own);
        var closures = SurvivalDisclosure.Apply(await survival.RowsAsync(SurvivalQueries.OpeningYear, SurvivalDefinition.Trajectory, own, asOf, ct), k, null, own);
        var reportLevel = scope switch { "team" => ReportLevel.Team, "region" => ReportLevel.Region, _ => ReportLevel.Organisation };
        // A team's feedback is for the team itself (and its lead); others read regions and the organisation.
        var parents = k is not null && scope == "team" ? null
            : await feedback.BuildAsync("parent", reportLevel, scope == "organisation" ? null : groupId, minimum, ct);
        var barometer = await staff.BarometerTrendAsync(minimum, ct);
        var objectives = await db.Set<OrganisationObjective>().AsNoTracking().Include(o => o.Reviews).OrderBy(o => o.TargetDate).ToListAsync(ct);
        var note = await db.Set<LearningNote>().AsNoTracking().FirstOrDefaultAsync(n => n.Scope == scope && n.GroupId == groupId && n.HalfYear == half.Label, ct);
        return new(scope, groupId, name, half, k is not null, trend, shares, plans, closures, parents, barometer,
            [.. objectives.Select(o => (o, o.Reviews.OrderByDescending(r => r.ReviewedOn).FirstOrDefault()))], note);
    }
}
