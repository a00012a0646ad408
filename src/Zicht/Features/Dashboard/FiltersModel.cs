namespace Zicht.Features.Dashboard;

/// <summary>What the shared filter form needs: the current values and the levels this viewer may choose.</summary>
public sealed record FiltersModel(FilterInput Input, DashboardViewer Viewer, FigureLevel Level, bool WithThreshold);
