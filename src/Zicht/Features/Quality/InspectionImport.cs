using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

public sealed partial class QualityImport
{
    private sealed record FindingRow(Guid OrganisationId, int Year, string Domain, DateOnly InspectedOn, bool Confirmed, bool Higher, string? Remarks);

    /// <summary>Inspection findings (formats/quality.md): the organisation must exist; key (organisation, year, domain).</summary>
    public async Task<QualityImportOutcome> ImportInspectionsAsync(TextReader text, CancellationToken ct)
    {
        var problems = new List<QualityProblem>();
        var rows = QualityCsv.Read(text, QualityCsv.InspectionColumns, QualityCsv.InspectionRequired, problems);
        var organisations = await db.Organisations.Where(o => o.Kind == OrganisationKind.Provider).ToListAsync(ct);
        var read = new List<FindingRow>();
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var before = problems.Count;
            var organisation = organisations.FirstOrDefault(o => Same(o.Name, row["organisation"]));
            if (organisation is null)
            {
                problems.Add(new QualityProblem(row.Line, "organisation", row["organisation"], row["organisation"].Length == 0 ? "required, but empty" : "unknown provider organisation"));
            }
            var year = Year(row, problems);
            var domain = Domain(row, problems);
            if (!DateOnly.TryParseExact(row["inspected_on"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on))
            {
                problems.Add(new QualityProblem(row.Line, "inspected_on", row["inspected_on"], "a date in the form YYYY-MM-DD"));
            }
            var confirmed = QualityCsv.Flag(row["confirmed"]);
            var higher = QualityCsv.Flag(row["higher_level_indicators"]);
            foreach (var (column, flag) in new[] { ("confirmed", confirmed), ("higher_level_indicators", higher) }.Where(x => x.Item2 is null))
            {
                problems.Add(new QualityProblem(row.Line, column, row[column], "must be true or false"));
            }
            var key = string.Join('\u001f', row["organisation"].Trim(), row["year"], row["domain"].Trim());
            if (!keys.TryAdd(key, row.Line))
            {
                problems.Add(new QualityProblem(row.Line, "(row)", "", $"duplicate key (organisation, year, domain): also on line {keys[key]}"));
            }
            if (problems.Count == before)
            {
                read.Add(new FindingRow(organisation!.Id, year!.Value, domain!.Code, on, confirmed!.Value, higher!.Value, Trim(row["remarks"])));
            }
        }
        if (problems.Count > 0)
        {
            return new QualityImportOutcome(false, problems, rows.Count, 0, 0, 0);
        }
        var (inserted, updated, unchanged) = (0, 0, 0);
        var ids = read.Select(r => r.OrganisationId).Distinct().ToList();
        var existing = await db.Set<InspectionFinding>().Where(f => ids.Contains(f.OrganisationId)).ToListAsync(ct);
        foreach (var r in read)
        {
            var finding = existing.FirstOrDefault(f => f.OrganisationId == r.OrganisationId && f.Year == r.Year && f.Domain == r.Domain);
            if (finding is null)
            {
                db.Add(new InspectionFinding { OrganisationId = r.OrganisationId, Year = r.Year, Domain = r.Domain, InspectedOn = r.InspectedOn, Confirmed = r.Confirmed, HigherLevelIndicators = r.Higher, Remarks = r.Remarks });
                inserted++;
            }
            else if (finding.InspectedOn == r.InspectedOn && finding.Confirmed == r.Confirmed && finding.HigherLevelIndicators == r.Higher && finding.Remarks == r.Remarks)
            {
                unchanged++;
            }
            else
            {
                (finding.InspectedOn, finding.Confirmed, finding.HigherLevelIndicators, finding.Remarks) = (r.InspectedOn, r.Confirmed, r.Higher, r.Remarks);
                updated++;
            }
        }
        await db.SaveChangesAsync(ct);
        return new QualityImportOutcome(true, [], rows.Count, inserted, updated, unchanged);
    }
}
