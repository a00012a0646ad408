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
/// Answer-level export of a wave for SPSS or R (one row per response, one column per item, values as
/// numbers). Refused below the minimum group size; a background value (role, service, region) shared by
/// fewer than the minimum is blanked, since together they could single someone out.
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

    public static List<Dictionary<string, object?>>? Rows(StaffResults.WaveData data, int minimum)
    {
        if (!SmallGroups.IsShown(data.Responses.Count, minimum))
        {
            return null;
        }
        var items = data.Instrument.AllItems.ToList();
        var parsed = data.Responses.OrderBy(r => r.Id).Select(r => Answers.Parse(r.Answers)).ToList();
        var background = new[] { "bg_role", "bg_service", "bg_region" };
        var rare = background.ToDictionary(k => k, k => parsed.GroupBy(a => a.GetValueOrDefault(k))
            .Where(g => g.Key is not null && !SmallGroups.IsShown(g.Count(), minimum)).Select(g => g.Key!).ToHashSet());
        return parsed.Select(a =>
        {
            var row = new Dictionary<string, object?>();
            foreach (var item in items)
            {
                var value = a.GetValueOrDefault(item.Key);
                var hidden = value is not null && rare.TryGetValue(item.Key, out var r) && r.Contains(value);
                row[item.Key] = hidden ? null : item.Kind == ItemKind.Choice ? Answers.Value(a, item.Key) : value;
            }
            return row;
        }).ToList();
    }

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
