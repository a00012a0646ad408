using System.CommandLine;
using System.Globalization;
using Zicht.Data;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Dashboard;

/// <summary>
/// <c>zicht export breadth|durations|counts --by LEVEL …</c> and <c>zicht export research</c>. The command
/// line runs with full rights, so nothing is suppressed: a researcher can reproduce any figure.
/// </summary>
internal static class ExportCommand
{
    public static void AddTo(RootCommand root)
    {
        var export = FeatureCli.Group(root, "export", "Export figures (CSV per ../shared/formats/exports.md and audits.md, or XLSX when --out ends in .xlsx).");
        foreach (var kind in new[] { "breadth", "durations", "counts" })
        {
            export.Subcommands.Add(Figures(kind));
        }
        export.Subcommands.Add(ResearchExportCommand.Build());
    }

    private static Command Figures(string kind)
    {
        var by = new Option<string>("--by") { Description = "organisation, region, team, worker, service or closing_year", Required = true };
        var from = new Option<string?>("--from") { Description = "Trajectories opened or closed on or after this date (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "… and on or before this date." };
        var service = new Option<string?>("--service") { Description = "Only this service (OCJ, SDJ, a module code)." };
        var status = new Option<string>("--status") { Description = "all, open or closed", DefaultValueFactory = _ => "all" };
        var threshold = new Option<double>("--threshold-months") { Description = "Durations: share over this many months.", DefaultValueFactory = _ => 8 };
        var output = new Option<FileInfo?>("--out") { Description = "File to write; standard output when left out." };
        var command = new Command(kind, $"Write {kind}.csv") { by, from, to, service, status, threshold, output };
        command.SetAction((parse, ct) => FeatureCli.RunAsync($"export {kind}", async (sp, token) =>
        {
            if (!FigureLevels.TryParse(parse.GetValue(by), out var level))
            {
                throw new InvalidOperationException($"--by must be one of organisation, region, team, worker, service, closing_year (not '{parse.GetValue(by)}').");
            }
            var filter = new FigureFilter
            {
                From = ParseDate(parse.GetValue(from), "--from"),
                To = ParseDate(parse.GetValue(to), "--to"),
                Service = parse.GetValue(service),
                Status = Enum.TryParse<TrajectoryStatus>(parse.GetValue(status), ignoreCase: true, out var s) ? s
                    : throw new InvalidOperationException("--status must be all, open or closed."),
                ThresholdMonths = parse.GetValue(threshold),
            };
            var queries = sp.GetRequiredService<FigureQueries>();
            var table = kind switch
            {
                "breadth" => FigureTable.Breadth(await queries.BreadthAsync(level, filter, token)),
                "durations" => FigureTable.Durations(await queries.DurationsAsync(level, filter, token)),
                _ => FigureTable.Counts(await queries.CountsAsync(level, filter, token)),
            };
            await WriteAsync(table, parse.GetValue(output));
            var db = sp.GetRequiredService<ZichtDb>();
            db.RecordAudit(AuditActions.Export, kind, null, null, $"by {FigureLevels.Code(level)}; {Describe(filter)}; {table.Rows.Count} rows");
            await db.SaveChangesAsync(token);
            return 0;
        }, ct));
        return command;
    }

    private static async Task WriteAsync(FigureTable table, FileInfo? output)
    {
        if (output is null)
        {
            table.WriteCsv(Console.Out);
            await Console.Out.FlushAsync();
            return;
        }
        if (output.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await using var stream = output.Create();
            table.WriteXlsx(stream);
            return;
        }
        await using var writer = new StreamWriter(output.FullName);
        table.WriteCsv(writer);
    }

    public static string Describe(FigureFilter f) =>
        $"from {f.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}, to {f.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}, "
        + $"service {f.Service ?? "all"}, {f.Status.ToString().ToLowerInvariant()}, threshold {f.ThresholdMonths.ToString(CultureInfo.InvariantCulture)} months";

    private static DateOnly? ParseDate(string? value, string option) =>
        value is null ? null
        : DateOnly.TryParseExact(value, TrajectoryFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InvalidOperationException($"{option} must be a date in the form YYYY-MM-DD.");
}
