using System.Reflection;
using System.Text.Json;

namespace Zicht.Features.Surveys;

/// <summary>
/// Reads and checks instruments written as JSON: the shipped defaults (embedded in the assembly) and
/// versions an administrator adds. A malformed instrument is refused with the reason, never half-loaded.
/// </summary>
public static class InstrumentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>The keys of the instruments Zicht ships.</summary>
    public static readonly string[] DefaultKeys = ["parent", "child", "network", "staff", "followup"];

    public static Instrument Parse(string json)
    {
        var instrument = JsonSerializer.Deserialize<Instrument>(json, Options)
            ?? throw new InvalidOperationException("The instrument is empty.");
        var problems = Validate(instrument);
        return problems.Count == 0 ? instrument
            : throw new InvalidOperationException($"Instrument '{instrument.Key}' is not valid: {string.Join("; ", problems)}");
    }

    public static string Write(Instrument instrument) => JsonSerializer.Serialize(instrument, Options);

    public static List<string> Validate(Instrument instrument)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(instrument.Key) || instrument.Version < 1)
        {
            problems.Add("key and a version ≥ 1 are required");
        }
        var scaleKeys = instrument.Scales.Select(s => s.Key).ToList();
        if (scaleKeys.Count != scaleKeys.Distinct().Count())
        {
            problems.Add("scale keys repeat");
        }
        foreach (var scale in instrument.Scales)
        {
            if (scale.Points.Count < 2 || scale.Points.Select(p => p.Value).Distinct().Count() != scale.Points.Count)
            {
                problems.Add($"scale {scale.Key} needs at least two distinct points");
            }
            if (scale.Points.Any(p => p.Collapsed is { } c && (scale.CollapsedLabels is null || c < 1 || c > scale.CollapsedLabels.Count)))
            {
                problems.Add($"scale {scale.Key} collapses to a group without a label");
            }
        }
        var itemKeys = instrument.AllItems.Select(i => i.Key).ToList();
        foreach (var repeated in itemKeys.GroupBy(k => k).Where(g => g.Count() > 1))
        {
            problems.Add($"item key {repeated.Key} repeats");
        }
        foreach (var item in instrument.AllItems.Where(i => i.Kind == ItemKind.Choice && !scaleKeys.Contains(i.Scale ?? "")))
        {
            problems.Add($"item {item.Key} has no known scale");
        }
        if (instrument.RoleItem is { } roleItem && instrument.FindItem(roleItem) is not { Kind: ItemKind.Choice })
        {
            problems.Add($"role item {roleItem} is not a choice item");
        }
        return problems;
    }

    /// <summary>The shipped version of a default instrument, from the embedded JSON.</summary>
    public static string LoadDefault(string key)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"Zicht.Surveys.{key}.json")
            ?? throw new InvalidOperationException($"No shipped instrument '{key}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<Instrument> Defaults() => DefaultKeys.Select(k => Parse(LoadDefault(k))).ToList();
}
