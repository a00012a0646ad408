using Microsoft.Extensions.Localization;
using Zicht.Kernel;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Text keys built from codes (indicator, level, status). They are checked against the Dutch texts by
/// DashboardTextTests, since the general text test only sees literal keys.
/// </summary>
public static class TextKeys
{
    public static string Indicator(string code) => "Indicator." + code;
    public static string Level(string code) => "Level." + code;
    public static string Status(string code) => "Status." + code;

    /// <summary>An indicator's label: a step's short name from the catalogue, any other indicator from the texts.</summary>
    public static string IndicatorLabel(this IStringLocalizer t, string code) =>
        StepCatalog.Steps.FirstOrDefault(s => s.Code == code) is { } step ? step.ShortName : t[Indicator(code)];
}
