using System.Globalization;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>The dashboard filters as they arrive in the query string (all pages and downloads share them).</summary>
public sealed class FilterInput
{
    public string? Level { get; set; }
    public string? Service { get; set; }
    public string? Status { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public double? Threshold { get; set; }

    public FigureLevel LevelOr(DashboardViewer viewer) =>
        FigureLevels.TryParse(Level, out var level) && viewer.Levels.Contains(level) ? level : viewer.Levels[0];

    public FigureFilter ToFilter() => new()
    {
        Service = string.IsNullOrWhiteSpace(Service) ? null : Service.Trim(),
        Status = Enum.TryParse<TrajectoryStatus>(Status, true, out var s) ? s : TrajectoryStatus.All,
        From = Date(From),
        To = Date(To),
        ThresholdMonths = Threshold is > 0 and < 120 ? Threshold.Value : 8,
    };

    /// <summary>The same filters as a query string, for download links and drill-downs.</summary>
    public string Query(FigureLevel level) =>
        $"level={FigureLevels.Code(level)}&service={Uri.EscapeDataString(Service ?? "")}&status={Uri.EscapeDataString(Status ?? "")}"
        + $"&from={Uri.EscapeDataString(From ?? "")}&to={Uri.EscapeDataString(To ?? "")}&threshold={ToFilter().ThresholdMonths.ToString(CultureInfo.InvariantCulture)}";

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, TrajectoryFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
