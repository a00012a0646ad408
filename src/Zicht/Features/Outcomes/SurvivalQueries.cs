using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Survival figures per group, unsuppressed, from the trajectories a dashboard filter covers. The
/// estimators need every time, so the selection's dates are read (one narrow projection) and grouped
/// in memory. The status filter does not apply: the population is every trajectory, open or closed.
/// </summary>
public sealed class SurvivalQueries(ZichtDb db, FigureQueries queries)
{
    /// <summary>The dashboard levels plus <c>opening_year</c>, the cohorts compared side by side.</summary>
    public const string OpeningYear = "opening_year";

    public static IReadOnlyList<string> Levels { get; } = [.. Enum.GetValues<FigureLevel>().Select(FigureLevels.Code), OpeningYear];

    public async Task<List<SurvivalRow>> RowsAsync(string level, string indicator, FigureFilter filter, DateOnly asOf, CancellationToken ct)
    {
        var population = filter with { Status = TrajectoryStatus.All };
        var dates = await LoadAsync(population, indicator, ct);
        var figureLevel = FigureLevels.TryParse(level, out var l) ? l : FigureLevel.Organisation;
        var labels = level == OpeningYear ? null : await GroupLabels.LoadAsync(db, figureLevel, population, ct);
        Func<Dates, string?> groupOf = level switch
        {
            OpeningYear => d => d.OpenedOn.Year.ToString(CultureInfo.InvariantCulture),
            "organisation" => d => labels!.Of(d.OrganisationId),
            "region" => d => labels!.Of(d.RegionId),
            "team" => d => labels!.Of(d.TeamId),
            "service" => d => labels!.Of(d.ServiceId),
            "worker" => d => d.Worker,
            _ => d => d.ClosedOn?.Year.ToString(CultureInfo.InvariantCulture),
        };
        var groups = dates.Select(d => (Group: groupOf(d), Subject: SurvivalDefinition.SubjectOf(new SurvivalDates(d.OpenedOn, d.ClosedOn, d.On), indicator, asOf)))
            .Where(x => x.Group is not null && x.Subject is not null)
            .GroupBy(x => x.Group!, x => x.Subject!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var missing in labels?.AlwaysListed.Where(g => !groups.ContainsKey(g)) ?? [])
        {
            groups[missing] = [];
        }
        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => SurvivalRow.Of(level, g.Key, indicator, g.Value))];
    }

    /// <summary>The row projection; a class with setters so the indicator's column can be bound into the expression.</summary>
    private sealed class Dates
    {
        public Guid OrganisationId { get; set; }
        public Guid RegionId { get; set; }
        public Guid TeamId { get; set; }
        public Guid ServiceId { get; set; }
        public string? Worker { get; set; }
        public DateOnly OpenedOn { get; set; }
        public DateOnly? ClosedOn { get; set; }
        public DateOnly? On { get; set; }
    }

    private async Task<List<Dates>> LoadAsync(FigureFilter filter, string indicator, CancellationToken ct)
    {
        var q = await queries.FilteredAsync(filter, ct);
        return await q.Select(Projection(indicator)).ToListAsync(ct);
    }

    private static Expression<Func<Trajectory, Dates>> Projection(string indicator)
    {
        var date = TrajectorySteps.Dated.FirstOrDefault(d => d.Code == indicator)?.Date;
        var t = date?.Parameters[0] ?? Expression.Parameter(typeof(Trajectory), "t");
        MemberAssignment Bind(string name, Expression value) => Expression.Bind(typeof(Dates).GetProperty(name)!, value);
        MemberAssignment Copy(string name) => Bind(name, Expression.Property(t, name));
        return Expression.Lambda<Func<Trajectory, Dates>>(Expression.MemberInit(Expression.New(typeof(Dates)),
            Copy(nameof(Dates.OrganisationId)), Copy(nameof(Dates.RegionId)), Copy(nameof(Dates.TeamId)), Copy(nameof(Dates.ServiceId)),
            Copy(nameof(Dates.Worker)), Copy(nameof(Dates.OpenedOn)), Copy(nameof(Dates.ClosedOn)),
            Bind(nameof(Dates.On), date?.Body ?? Expression.Constant(null, typeof(DateOnly?)))), t);
    }
}
