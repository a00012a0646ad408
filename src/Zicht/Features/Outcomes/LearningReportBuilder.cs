using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.CaseAudits;
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

    /// <summary>Learning points agreed in closed case-audit conversations, per half-year and principle (code, title).</summary>
    public AuditThemes AuditThemes { get; init; } = new([], []);
}

/// <summary>The case-audit themes of a learning report: suppressed the way the audit overview suppresses them.</summary>
public sealed record AuditThemes(IReadOnlyList<(string Code, string Title)> Principles, IReadOnlyList<ThemeRow> Rows);

/// <summary>Builds a learning report from the figures the other pages compute (nothing is computed twice differently).</summary>
public sealed class LearningReportBuilder(ZichtDb db, DashboardData dashboard, SurvivalQueries survival,
    FeedbackReports feedback, StaffResults staff, AuditFigures audits, AuditTemplateStore templates, int minimum)
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
            [.. objectives.Select(o => (o, o.Reviews.OrderByDescending(r => r.ReviewedOn).FirstOrDefault()))], note)
        { AuditThemes = await ThemesAsync(scope, groupId, half, ct) };
    }

    /// <summary>
    /// The audit overview's themes for the group up to the end of the half-year. Always suppressed with the
    /// audits' own rule (every team ≥ minimum conversations by ≥ 2 workers), also for the team itself, as on
    /// the audit overview: a theme row must never describe one worker's audit.
    /// </summary>
    private async Task<AuditThemes> ThemesAsync(string scope, Guid groupId, HalfYear half, CancellationToken ct)
    {
        List<Guid>? teamIds = scope switch
        {
            "team" => [groupId],
            "region" => await db.Teams.Where(t => t.RegionId == groupId).Select(t => t.Id).ToListAsync(ct),
            _ => await db.Teams.Where(t => t.Service!.OrganisationId == groupId).Select(t => t.Id).ToListAsync(ct),
        };
        var conversations = (await audits.ClosedConversationsAsync(teamIds, ct)).Where(c => c.ClosedOn <= half.End).ToList();
        var (_, template) = await templates.CurrentAsync(ct);
        var principles = template.Principles.Select(p => (p.Code, p.Title.Current)).ToList();
        var figures = AuditAggregates.Build("", [], conversations, [.. principles.Select(p => p.Code)], template.ScaleMin, template.ScaleMax, minimum);
        return new AuditThemes(principles, figures.Themes);
    }
}
