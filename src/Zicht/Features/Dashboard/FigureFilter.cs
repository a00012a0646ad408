namespace Zicht.Features.Dashboard;

/// <summary>The grouping levels of ../shared/formats/exports.md.</summary>
public enum FigureLevel { Organisation, Region, Team, Worker, Service, ClosingYear }

public enum TrajectoryStatus { All, Open, Closed }

/// <summary>
/// Which trajectories a figure covers. The period keeps trajectories opened or closed between
/// <see cref="From"/> and <see cref="To"/> (exports.md: "opened and/or closed between two dates").
/// Team, region and worker limits narrow a dashboard to what its viewer may see.
/// </summary>
public sealed record FigureFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Service { get; init; }
    public TrajectoryStatus Status { get; init; }
    public double ThresholdMonths { get; init; } = 8;
    public IReadOnlyCollection<Guid>? TeamIds { get; init; }
    public IReadOnlyCollection<Guid>? RegionIds { get; init; }
    public string? Worker { get; init; }
}

public static class FigureLevels
{
    public static string Code(FigureLevel level) => level switch
    {
        FigureLevel.ClosingYear => "closing_year",
        _ => level.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? code, out FigureLevel level)
    {
        foreach (var candidate in Enum.GetValues<FigureLevel>())
        {
            if (string.Equals(Code(candidate), code, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = default;
        return false;
    }
}

/// <summary>months after start = days / 30.4375 (trajectories.md, "Definitions used by every report").</summary>
public static class Months
{
    public const double DaysPerMonth = 30.4375;

    public static double Between(DateOnly start, DateOnly date) => (date.DayNumber - start.DayNumber) / DaysPerMonth;
}

/// <summary>Whole calendar quarters: the coarse periods of aggregate-only viewers.</summary>
public static class Quarters
{
    public static DateOnly? Start(DateOnly? date) => date is { } d ? new DateOnly(d.Year, ((d.Month - 1) / 3 * 3) + 1, 1) : null;

    public static DateOnly? End(DateOnly? date) => date is { } d ? Start(d)!.Value.AddMonths(3).AddDays(-1) : null;
}
