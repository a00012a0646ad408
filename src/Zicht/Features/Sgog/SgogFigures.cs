using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Disclosure;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>
/// The register's figures for one group of incidents (a provider's year): how many, and how many were reported,
/// evaluated and have the child's view recorded. Counted from facts that survive erasure, so erasing personal
/// content never changes a figure. <see cref="Hidden"/>: suppressed for a viewer who may not open the incidents.
/// </summary>
public sealed record SgogFigure(int Year, Guid? ProviderId, string Provider, int Incidents, int Reportable, int Reported, int Evaluated, int ChildView, bool Hidden = false)
{
    public static double? Share(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);
}

/// <summary>Figures without people (decision 043): per provider and year for its officers, across providers for the administration.</summary>
public static class SgogFigures
{
    private sealed record Fact(Guid ProviderId, int Year, bool Reportable, bool Reported, bool Evaluated, bool ChildView);

    /// <summary>
    /// One provider, every year it registered something, unsuppressed: its officers may open every incident behind
    /// a figure. Also what the quality report's key figures can read.
    /// </summary>
    public static async Task<List<SgogFigure>> ForProviderAsync(ZichtDb db, Guid provider, CancellationToken ct) =>
        (await FactsAsync(db, provider, ct)).GroupBy(f => f.Year).OrderByDescending(g => g.Key)
            .Select(g => Figure(g.Key, provider, "", g)).ToList();

    /// <summary>
    /// Every provider, per year, with the total. A provider's year with fewer than the minimum group size of
    /// incidents (but more than none) is hidden, and complementary suppression hides more until no hidden figure
    /// is the total minus the shown ones (<see cref="CellSuppression"/>). One pattern per year covers all four
    /// figures, which are counts over the same incidents.
    /// </summary>
    public static async Task<List<SgogFigure>> AcrossProvidersAsync(ZichtDb db, int minimumGroupSize, CancellationToken ct)
    {
        var providers = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Provider)
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var facts = await FactsAsync(db, null, ct);
        var rows = new List<SgogFigure>();
        foreach (var year in facts.Select(f => f.Year).Distinct().OrderByDescending(y => y))
        {
            var ofYear = facts.Where(f => f.Year == year).ToList();
            var cells = providers.Select(p => Figure(year, p.Id, p.Name, ofYear.Where(f => f.ProviderId == p.Id))).ToList();
            cells.Add(Figure(year, null, "", ofYear));
            var shape = cells.Select((c, i) => new Cell(c.ProviderId is null ? [.. Enumerable.Range(0, providers.Count)] : [i], c.Incidents)).ToList();
            var hidden = CellSuppression.Protect(providers.Count, shape, [.. cells.Select(c => c.Incidents > 0 && c.Incidents < minimumGroupSize)]);
            rows.AddRange(cells.Select((c, i) => hidden[i] ? c with { Incidents = 0, Reportable = 0, Reported = 0, Evaluated = 0, ChildView = 0, Hidden = true } : c));
        }
        return rows;
    }

    /// <summary>Semicolon CSV (Belgian Excel), formula-looking names escaped; suppressed figures are empty.</summary>
    public static byte[] Csv(IEnumerable<SgogFigure> figures, string totalLabel)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var header in new[] { "year", "provider", "incidents", "reported_pct", "evaluated_pct", "child_view_pct" })
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var f in figures)
            {
                csv.WriteField(f.Year);
                csv.WriteField(f.ProviderId is null && f.Provider.Length == 0 ? totalLabel : f.Provider);
                csv.WriteField(f.Hidden ? null : f.Incidents.ToString(CultureInfo.InvariantCulture));
                foreach (var part in new[] { f.Reported, f.Evaluated, f.ChildView })
                {
                    csv.WriteField(f.Hidden ? null : SgogFigure.Share(part, f.Incidents)?.ToString("0.0", CultureInfo.InvariantCulture));
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    private static SgogFigure Figure(int year, Guid? provider, string name, IEnumerable<Fact> facts)
    {
        var list = facts.ToList();
        return new(year, provider, name, list.Count, list.Count(f => f.Reportable), list.Count(f => f.Reported), list.Count(f => f.Evaluated), list.Count(f => f.ChildView));
    }

    private static async Task<List<Fact>> FactsAsync(ZichtDb db, Guid? provider, CancellationToken ct) =>
        (await db.Set<SgogIncident>().AsNoTracking().Where(i => provider == null || i.OrganisationId == provider)
            .Select(IncidentRules.Facts).ToListAsync(ct))
        .Select(i => new Fact(i.OrganisationId, i.RecordedOn.Year, i.Decision == ReportableDecision.Reportable, i.Report is not null, i.EvaluatedOn is not null, i.ChildViewRecorded))
        .ToList();
}
