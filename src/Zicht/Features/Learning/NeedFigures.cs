using Zicht.Infrastructure.Disclosure;

namespace Zicht.Features.Learning;

/// <summary>How many colleagues share one learning need; <see cref="Hidden"/> when the group is too small to show.</summary>
public sealed record NeedFigure(NeedTool? Tool, int People, bool Hidden, IReadOnlyList<string> Texts);

/// <summary>
/// Learning needs summed for the training planner (docs/privacy.md): per tool the number of colleagues who asked
/// for it, and the total. A tool with fewer colleagues than the minimum group size (but more than none) is hidden,
/// and complementary suppression hides more until no hidden count is the total minus the shown ones. The words
/// people wrote are shown, without names, only under a tool that is shown.
/// </summary>
public static class NeedFigures
{
    public sealed record Need(Guid StaffId, NeedTool Tool, string? Text);

    public static List<NeedFigure> Sum(IReadOnlyCollection<Need> needs, int minimumGroupSize)
    {
        var tools = Enum.GetValues<NeedTool>();
        var perTool = tools.Select(t => needs.Where(n => n.Tool == t).ToList()).ToList();
        var counts = perTool.Select(g => g.Select(n => n.StaffId).Distinct().Count()).ToList();
        var cells = tools.Select((_, i) => new Cell([i], counts[i] + 1)).ToList();
        // The total costs least to hide: the planner plans per need, and the total is only their sum.
        cells.Add(new Cell([.. Enumerable.Range(0, tools.Length)], 0));
        var primary = counts.Select(n => n > 0 && n < minimumGroupSize).Append(counts.Sum() is > 0 and var s && s < minimumGroupSize).ToList();
        var hidden = CellSuppression.Protect(tools.Length, cells, primary);
        var rows = tools.Select((t, i) => hidden[i]
            ? new NeedFigure(t, 0, true, [])
            : new NeedFigure(t, counts[i], false, [.. perTool[i].Select(n => n.Text).OfType<string>().Order(StringComparer.CurrentCulture)]))
            .ToList();
        // A reader knows a hidden count is at least 1; with the total shown, several hidden counts could be pinned down
        // by bounds (three hidden, total minus shown 3: each is 1). So the total goes whenever anything is hidden.
        var totalHidden = hidden.Any(h => h);
        rows.Add(new NeedFigure(null, totalHidden ? 0 : counts.Sum(), totalHidden, []));
        return rows;
    }
}
