using Zicht.Features.Surveys.Statistics;

namespace Zicht.Features.Surveys;

/// <summary>One item's distribution, drawn as a stacked bar with the counts in a table beside it.</summary>
public sealed record ChartView(string Title, Distribution Distribution);
