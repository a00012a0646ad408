using System.CommandLine;
using System.Globalization;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Outcomes;

/// <summary>
/// <c>zicht export survival --by LEVEL --indicator IND [--as-of DATE] [--from D] [--to D] [--service S] [--out FILE]</c>
/// (../shared/formats/survival.md). Like the other exports the command line runs with full rights and
/// suppresses nothing, unless <c>--minimum-group-size N</c> asks for the file an aggregate-only viewer
/// would download.
/// </summary>
internal static class SurvivalCommand
{
    public static void AddTo(RootCommand root)
    {
        var export = FeatureCli.Group(root, "export", "Export figures (CSV per ../shared/formats/exports.md and audits.md, or XLSX when --out ends in .xlsx).");
        var by = new Option<string>("--by") { Description = "organisation, region, team, worker, service, closing_year or opening_year", Required = true };
        var indicator = new Option<string>("--indicator") { Description = "a step code, adult_safety_plan, child_safety_plan or trajectory", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Censor open trajectories at this date (YYYY-MM-DD); today when left out." };
        var from = new Option<string?>("--from") { Description = "Trajectories opened or closed on or after this date (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "… and on or before this date." };
        var service = new Option<string?>("--service") { Description = "Only this service (OCJ, SDJ, a module code)." };
        var minimum = new Option<int?>("--minimum-group-size") { Description = "Suppress as for an aggregate-only viewer with this minimum group size." };
        var output = new Option<FileInfo?>("--out") { Description = "File to write; standard output when left out." };
        var command = new Command("survival", "Write survival.csv: Kaplan–Meier quantiles and cumulative incidence (../shared/formats/survival.md)")
            { by, indicator, asOf, from, to, service, minimum, output };
        command.SetAction((parse, ct) => FeatureCli.RunAsync("export survival", async (sp, token) =>
        {
            var level = parse.GetValue(by)?.Trim().ToLowerInvariant();
            if (level is null || !SurvivalQueries.Levels.Contains(level))
            {
                throw new InvalidOperationException($"--by must be one of {string.Join(", ", SurvivalQueries.Levels)} (not '{parse.GetValue(by)}').");
            }
            var code = parse.GetValue(indicator)?.Trim();
            if (!SurvivalDefinition.IsIndicator(code))
            {
                throw new InvalidOperationException($"--indicator must be a step code, adult_safety_plan, child_safety_plan or trajectory (not '{code}').");
            }
            var filter = new FigureFilter
            {
                From = ParseDate(parse.GetValue(from), "--from"),
                To = ParseDate(parse.GetValue(to), "--to"),
                Service = parse.GetValue(service),
            };
            var day = ParseDate(parse.GetValue(asOf), "--as-of") ?? DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            var rows = await sp.GetRequiredService<SurvivalQueries>().RowsAsync(level, code!, filter, day, token);
            if (parse.GetValue(minimum) is { } k)
            {
                var sides = await sp.GetRequiredService<FigureQueries>().SideBySideAsync(filter, k, token);
                rows = SurvivalDisclosure.Apply(rows, k, sides, filter);
            }
            var table = SurvivalRow.Table(rows);
            await WriteAsync(table, parse.GetValue(output));
            var db = sp.GetRequiredService<ZichtDb>();
            db.RecordAudit(AuditActions.Export, "survival", null, null,
                $"by {level}, {code}, as of {day.ToString(TrajectoryFormat.DateFormat, CultureInfo.InvariantCulture)}; {ExportCommand.Describe(filter)}; {table.Rows.Count} rows");
            await db.SaveChangesAsync(token);
            return 0;
        }, ct));
        export.Subcommands.Add(command);
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

    private static DateOnly? ParseDate(string? value, string option) =>
        value is null ? null
        : DateOnly.TryParseExact(value, TrajectoryFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InvalidOperationException($"{option} must be a date in the form YYYY-MM-DD.");
}
