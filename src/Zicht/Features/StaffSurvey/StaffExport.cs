using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Features.Surveys.Statistics;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// Answer-level research export of a wave for SPSS or R (one row per response, one column per choice
/// item, values as numbers). Refused below the minimum group size; no free text; the background values
/// coarsened until every combination holds at least the minimum (docs/privacy.md).
/// </summary>
public static class StaffExport
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/personeelsbevraging/{id:guid}/export.{format:regex(^(csv|xlsx)$)}", async (Guid id, string format,
            StaffResults results, ZichtDb db, IOptions<ZichtOptions> options, CancellationToken ct) =>
        {
            var data = await results.LoadAsync(id, ct);
            if (data is null || data.Wave.ClosedAt is null)
            {
                return Results.NotFound();
            }
            var rows = Rows(data, options.Value.MinimumGroupSize);
            if (rows is null)
            {
                return Results.Problem("Fewer responses than the minimum group size: no export.", statusCode: StatusCodes.Status409Conflict);
            }
            db.RecordAudit(AuditActions.Export, nameof(StaffWave), id.ToString(), null, $"{format}, {rows.Count} rows");
            await db.SaveChangesAsync(ct);
            var stream = new MemoryStream();
            if (format == "csv")
            {
                WriteCsv(stream, rows);
            }
            else
            {
                await stream.SaveAsAsync(rows, cancellationToken: ct);
            }
            stream.Position = 0;
            var type = format == "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return Results.File(stream, type, $"staff-survey-{id:N}.{format}");
        }).RequireAuthorization(Policies.StaffSurveyExport);
    }

    /// <summary>The background questions that, together, could point at one person.</summary>
    public static readonly string[] QuasiIdentifiers = ["bg_role", "bg_service", "bg_region", "bg_years"];

    /// <summary>
    /// One row per response, choice items only: open answers (free text) never leave in a per-person row;
    /// they are read on screen, in batches. The background values are coarsened (<see cref="Coarsen"/>)
    /// until every combination of them is shared by at least the minimum group size.
    /// </summary>
    public static List<Dictionary<string, object?>>? Rows(StaffResults.WaveData data, int minimum)
    {
        if (!SmallGroups.IsShown(data.Responses.Count, minimum))
        {
            return null;
        }
        var items = data.Instrument.AllItems.Where(i => i.Kind == ItemKind.Choice).ToList();
        var parsed = data.Responses.OrderBy(r => r.Id).Select(r => Answers.Parse(r.Answers)).ToList();
        var background = Coarsen([.. parsed.Select(a => QuasiIdentifiers.Select(k => Answers.Value(a, k)).ToArray())], minimum);
        return parsed.Select((a, row) =>
        {
            var values = new Dictionary<string, object?>();
            foreach (var item in items)
            {
                var q = Array.IndexOf(QuasiIdentifiers, item.Key);
                values[item.Key] = q >= 0 ? background[row][q] : Answers.Value(a, item.Key);
            }
            return values;
        }).ToList();
    }

    /// <summary>
    /// k-anonymity over the background values, k = the minimum group size. First local suppression: the
    /// rows in a combination shared by fewer than k lose their most specific value (service, then years,
    /// then region, then role), one more per round. If blank rows are then still fewer than k together, a
    /// whole column is dropped (in the same order) and the rounds start again. Dropping every column
    /// always ends it, since the export needs k responses at least.
    /// </summary>
    public static int?[][] Coarsen(IReadOnlyList<int?[]> rows, int minimum)
    {
        int[] order = [1, 3, 2, 0]; // service, years, region, role: the most specific goes first
        for (var dropped = 0; dropped <= order.Length; dropped++)
        {
            var result = rows.Select(r => (int?[])r.Clone()).ToArray();
            foreach (var column in order.Take(dropped))
            {
                foreach (var r in result)
                {
                    r[column] = null;
                }
            }
            var remaining = order.Skip(dropped).ToArray();
            for (var level = 1; level <= remaining.Length && !IsAnonymous(result, minimum); level++)
            {
                var small = SmallCombinations(result, minimum);
                foreach (var r in result.Where(r => small.Contains(Key(r))))
                {
                    foreach (var column in remaining.Take(level))
                    {
                        r[column] = null;
                    }
                }
            }
            if (IsAnonymous(result, minimum))
            {
                return result;
            }
        }
        throw new InvalidOperationException("Unreachable: with every column dropped all rows share one combination.");
    }

    private static string Key(int?[] row) => string.Join('|', row.Select(v => v?.ToString() ?? "-"));

    private static HashSet<string> SmallCombinations(int?[][] rows, int minimum) =>
        rows.GroupBy(Key).Where(g => g.Count() < minimum).Select(g => g.Key).ToHashSet();

    private static bool IsAnonymous(int?[][] rows, int minimum) => SmallCombinations(rows, minimum).Count == 0;

    private static void WriteCsv(Stream stream, List<Dictionary<string, object?>> rows)
    {
        // Semicolon is what Excel expects in Belgian locales; Escape neutralises =, +, -, @ at the start of
        // free text so a spreadsheet never runs an answer as a formula.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape };
        using var writer = new StreamWriter(stream, leaveOpen: true);
        using var csv = new CsvWriter(writer, config);
        foreach (var key in rows[0].Keys)
        {
            csv.WriteField(key);
        }
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var value in row.Values)
            {
                csv.WriteField(value);
            }
            csv.NextRecord();
        }
    }
}
