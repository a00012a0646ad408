using Zicht.Infrastructure.Disclosure;

namespace Zicht.Features.Quality;

/// <summary>
/// The minimum group size for the sector's aggregates (decision 045), on the page and in its web
/// downloads alike. The unit is the organisation: a domain's mean and distribution are shown only when
/// at least the minimum number of organisations is behind them; in the cross-table every count of at
/// least one but fewer than the minimum is hidden, and then whatever would give it away by subtraction
/// (<see cref="CellSuppression"/>; atoms are the organisations).
/// </summary>
public static class SectorDisclosure
{
    public static bool DistributionShown(int organisations, int minimum) => organisations >= minimum;

    /// <summary>Hidden flags: per row the four conclusion cells then the row total (5 per row), and last the grand total.</summary>
    public static bool[] ProtectCross(SectorData data, int year, string domain, IReadOnlyList<QualityExport.CrossRow> rows, int minimum)
    {
        var index = rows.SelectMany(r => r.Ids).Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var cells = new List<Cell>();
        foreach (var row in rows)
        {
            foreach (var conclusion in Enum.GetValues<InspectionConclusion>())
            {
                var atoms = row.Ids.Where(id => data.FindingOf(id, year, domain)?.Conclusion == conclusion).Select(id => index[id]).ToList();
                cells.Add(new Cell(atoms, atoms.Count));
            }
            cells.Add(new Cell(row.Ids.Select(id => index[id]).ToList(), row.Ids.Count));
        }
        cells.Add(new Cell(index.Values.ToList(), index.Count));
        return CellSuppression.Protect(index.Count, cells, cells.Select(c => c.Atoms.Count > 0 && c.Atoms.Count < minimum).ToList());
    }

    /// <summary>The sector export with the same cells left empty as the page hides.</summary>
    public static List<string[]> Sector(SectorData data, int year, int minimum) =>
        QualityExport.Sector(data, year).Select(r => DistributionShown(int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), minimum)
            ? r : r.Select((cell, i) => i < 2 ? cell : "").ToArray()).ToList();

    /// <summary>The inspections export with the same cells left empty as the page hides.</summary>
    public static List<string[]> Inspections(SectorData data, int year, string domain, int minimum)
    {
        var rows = QualityExport.CrossTable(data, year, domain);
        var hidden = ProtectCross(data, year, domain, rows, minimum);
        return QualityExport.Inspections(data, year, domain).Select((r, i) =>
            // Export columns: level, organisations (row total, flag 4), then the four conclusions (flags 0–3).
            r.Select((cell, c) => c == 0 ? cell : hidden[(i * 5) + (c == 1 ? 4 : c - 2)] ? "" : cell).ToArray()).ToList();
    }
}
