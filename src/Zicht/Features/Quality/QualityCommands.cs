using System.CommandLine;
using System.Text;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Quality;

/// <summary>
/// <c>zicht import quality FILE [--create-missing]</c>, <c>zicht import inspections FILE</c>,
/// <c>zicht export quality --year Y --by organisation|work_form|sector</c> and
/// <c>zicht export inspections --year Y --domain D</c> (formats/quality.md). Full rights, like every command; audited.
/// </summary>
internal static class QualityCommands
{
    public static void AddTo(RootCommand root)
    {
        var import = FeatureCli.Group(root, "import", "Import data from other systems.");
        import.Subcommands.Add(Import("quality", "Import self-evaluations (all or nothing; importing the same file again changes nothing).", withCreate: true));
        import.Subcommands.Add(Import("inspections", "Import inspection findings (all or nothing; importing the same file again changes nothing).", withCreate: false));
        var export = FeatureCli.Group(root, "export", "Export figures (CSV per ../shared/formats/exports.md and audits.md, or XLSX when --out ends in .xlsx).");
        export.Subcommands.Add(ExportQuality());
        export.Subcommands.Add(ExportInspections());
    }

    private static Command Import(string kind, string description, bool withCreate)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A CSV file in the format of formats/quality.md." };
        var createMissing = new Option<bool>("--create-missing") { Description = "Create unknown provider organisations instead of reporting them." };
        var command = new Command(kind, description) { file };
        if (withCreate)
        {
            command.Options.Add(createMissing);
        }
        command.SetAction((parse, ct) => FeatureCli.RunAsync($"import {kind}", async (sp, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: {path.FullName} does not exist.");
                return 2;
            }
            using var reader = new StreamReader(path.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var import = sp.GetRequiredService<QualityImport>();
            var outcome = withCreate ? await import.ImportSelfEvaluationsAsync(reader, parse.GetValue(createMissing), null, token) : await import.ImportInspectionsAsync(reader, token);
            return await ReportAsync(outcome);
        }, ct));
        return command;
    }

    public static async Task<int> ReportAsync(QualityImportOutcome outcome)
    {
        if (!outcome.Accepted)
        {
            foreach (var problem in outcome.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString());
            }
            await Console.Error.WriteLineAsync($"error: import rejected, nothing was imported ({outcome.Problems.Count} problems in {outcome.Rows} rows).");
            return 1;
        }
        Console.WriteLine($"Imported {outcome.Rows} rows: {outcome.Inserted} new, {outcome.Updated} updated, {outcome.Unchanged} unchanged.");
        return 0;
    }

    private static Command ExportQuality()
    {
        var year = new Option<int>("--year") { Description = "The self-evaluation year.", Required = true };
        var by = new Option<string>("--by") { Description = "organisation, work_form or sector.", Required = true };
        by.AcceptOnlyFromAmong("organisation", "work_form", "sector");
        var output = new Option<FileInfo?>("--out") { Description = "File to write; standard output when left out." };
        var command = new Command("quality", "Write organisation levels per organisation, per work form, or the sector distribution.") { year, by, output };
        command.SetAction((parse, ct) => FeatureCli.RunAsync("export quality", async (sp, token) =>
        {
            var (y, b) = (parse.GetValue(year), parse.GetValue(by)!);
            var data = await SectorData.LoadAsync(sp.GetRequiredService<ZichtDb>(), y, token);
            var (header, rows) = b switch
            {
                "organisation" => (QualityExport.ByOrganisationHeader, QualityExport.ByOrganisation(data, y)),
                "work_form" => (QualityExport.ByWorkFormHeader, QualityExport.ByWorkForm(data, y)),
                _ => (QualityExport.SectorHeader, QualityExport.Sector(data, y)),
            };
            return await WriteAsync(sp, parse.GetValue(output), header, rows, $"quality-{b}", $"year {y}", token);
        }, ct));
        return command;
    }

    private static Command ExportInspections()
    {
        var year = new Option<int>("--year") { Description = "The self-evaluation year that was inspected.", Required = true };
        var domain = new Option<string>("--domain") { Description = "One of the 16 domain codes.", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "File to write; standard output when left out." };
        var command = new Command("inspections", "Write self-evaluated level against inspection conclusion for one domain.") { year, domain, output };
        command.SetAction((parse, ct) => FeatureCli.RunAsync("export inspections", async (sp, token) =>
        {
            var d = QualityDomainCatalog.Find(parse.GetValue(domain))
                ?? throw new InvalidOperationException("--domain must be one of: " + string.Join(", ", QualityDomainCatalog.Domains.Select(x => x.Code)));
            var y = parse.GetValue(year);
            var data = await SectorData.LoadAsync(sp.GetRequiredService<ZichtDb>(), y, token);
            return await WriteAsync(sp, parse.GetValue(output), QualityExport.InspectionsHeader, QualityExport.Inspections(data, y, d.Code), "inspections", $"year {y}, domain {d.Code}", token);
        }, ct));
        return command;
    }

    private static async Task<int> WriteAsync(IServiceProvider sp, FileInfo? file, string[] header, List<string[]> rows, string what, string details, CancellationToken ct)
    {
        if (file is not null && !file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("quality exports are CSV: give --out a .csv file.");
        }
        if (file is not null)
        {
            await using var writer = new StreamWriter(file.FullName);
            QualityCsv.Write(writer, header, rows);
        }
        else
        {
            QualityCsv.Write(Console.Out, header, rows);
            await Console.Out.FlushAsync(ct);
        }
        var db = sp.GetRequiredService<ZichtDb>();
        db.RecordAudit(AuditActions.Export, what, null, null, details);
        await db.SaveChangesAsync(ct);
        return 0;
    }
}
